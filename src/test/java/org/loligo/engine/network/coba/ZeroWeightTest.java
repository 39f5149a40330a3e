package org.loligo.engine.network.coba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationSpec;

/**
 * With zero weights every neuron is on its own: its V must follow the single-neuron engine's Traub–Miles
 * trajectory from the same state (V = -65 mV, gates at steady state, ge = gi = 0, no input; the cell fires
 * once, near 38 ms). The two schemes differ (the network freezes everything at t, as Brian2 does: first
 * order; the engine staggers the gates: second order), so they agree to O(dt): the test checks the gap in
 * the spike time and in the subthreshold V, and that the spike-time gap halves with dt.
 */
class ZeroWeightTest {

	@Test
	void unconnectedNeuronFollowsTheSingleNeuronEngine() {
		final double[] coarse = gaps(0.02), fine = gaps(0.01);
		// Measured: spike times 0.157 / 0.080 ms apart at dt = 0.02 / 0.01 ms; subthreshold V within 0.0078 /
		// 0.0039 mV.
		assertTrue(fine[0] < 0.12, "spike-time gap at dt = 0.01 ms: " + fine[0] + " ms");
		assertEquals(2.0, coarse[0] / fine[0], 0.3, "first order: halving dt halves the spike-time gap");
		assertTrue(fine[1] < 0.01, "subthreshold gap at dt = 0.01 ms: " + fine[1] + " mV");
		assertEquals(2.0, coarse[1] / fine[1], 0.3, "first order in the subthreshold V too");
	}

	/** {|first spike time difference| (ms), max |ΔV| over the first 30 ms (mV)} at step dt. */
	static double[] gaps(final double dt) {
		final NeuronModel tm = Models.TRAUB_MILES;
		final double duration = 50;
		final CobaSpec spec = new CobaSpec(2, 0.5, 0.5, 0, 0, 0, 5, 10, 0, -80, duration, dt, -20, 3, 1, 1, 1, dt,
			0);
		final double[][] init = new double[6][2];
		for (int i = 0; i < 2; i++) {
			init[0][i] = -65;
			init[1][i] = tm.hh().mInf(-65);
			init[2][i] = tm.hh().hInf(-65);
			init[3][i] = tm.hh().nInf(-65);
		}
		final double[] v = NetworkFixture.run(spec, init).traces()[0];
		final SimulationSpec single = SimulationSpec.builder(tm).neurons(1).stimulus(Stimuli.constant(0)).duration(
			duration).dt(dt).record(new RecordSpec(dt, new int[] { 0 }, List.of(TraceVariable.V))).build();
		final double[] ref = Simulation.run(single).traces().series(TraceVariable.V, 0);
		assertEquals(ref.length, v.length);
		double sub = 0;
		for (int k = 0; k * dt < 30; k++)
			sub = Math.max(sub, Math.abs(v[k] - ref[k]));
		return new double[] { Math.abs(crossing(v, dt) - crossing(ref, dt)), sub };
	}

	/** First upward crossing of -20 mV, interpolated linearly, ms. */
	private static double crossing(final double[] v, final double dt) {
		for (int k = 1; k < v.length; k++)
			if (v[k - 1] < -20 && v[k] >= -20) return (k - 1 + (-20 - v[k - 1]) / (v[k] - v[k - 1])) * dt;
		throw new AssertionError("no spike");
	}
}
