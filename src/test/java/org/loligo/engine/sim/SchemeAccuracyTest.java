package org.loligo.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.record.Traces;

/**
 * Each deterministic scheme against an independent Dormand–Prince 8(5,3) solution on a spiking
 * trajectory (HH1952, I = 10 µA/cm², two spikes in 20 ms), and its order of convergence by halving dt.
 */
class SchemeAccuracyTest {

	static final double CURRENT = 10, T = 20, SAMPLE = 0.2;

	/** V every 0.2 ms of [0, T] from rest at I = 10 µA/cm². */
	static Traces trajectory(final NeuronModel p, final String scheme, final double dt, final boolean tables) {
		final SimulationSpec spec = SimulationSpec.builder(p).stimulus(Stimuli.constant(CURRENT)).duration(T).dt(dt)
			.scheme(scheme).rateTables(tables).record(new RecordSpec(SAMPLE, new int[] { 0 }, List.of(
				TraceVariable.V))).build();
		final Traces tr = Simulation.run(spec).traces();
		assertEquals(Math.round(T / SAMPLE) + 1, tr.samples(), "samples");
		return tr;
	}

	/** Max |V - V_ref| over samples every 0.2 ms of [0, T]. */
	static double maxError(final NeuronModel p, final String scheme, final double dt, final boolean tables) {
		final Traces tr = trajectory(p, scheme, dt, tables);
		return maxDifference(tr.series(TraceVariable.V, 0), ReferenceSolution.voltage(p, CURRENT, tr.time()));
	}

	static double maxDifference(final double[] a, final double[] b) {
		double e = 0;
		for (int k = 0; k < a.length; k++)
			e = Math.max(e, Math.abs(a[k] - b[k]));
		return e;
	}

	static double order(final NeuronModel p, final String scheme, final double dt) {
		final double e1 = maxError(p, scheme, dt, false), e2 = maxError(p, scheme, dt / 2, false), e3 = maxError(p,
			scheme, dt / 4, false);
		final double p1 = Math.log(e1 / e2) / Math.log(2), p2 = Math.log(e2 / e3) / Math.log(2);
		return 0.5 * (p1 + p2);
	}

	@Test
	void rk4IsFourthOrder() {
		assertEquals(4.0, order(Models.HH1952, "rk4", 0.02), 0.3, "observed order of rk4");
		assertEquals(4.0, order(Models.TRAUB_MILES, "rk4", 0.02), 0.3, "observed order of rk4 on Traub-Miles");
	}

	@Test
	void eulerIsFirstOrder() {
		final double p = order(Models.HH1952, "euler", 0.004);
		assertEquals(1.0, p, 0.15, "observed order of euler");
	}

	@Test
	void staggeredExponentialEulerIsSecondOrderFromRest() {
		// Gates at half steps (Hines 1984): second order in V when the gates start consistent with V, as
		// they do in every run (steady state at the initial V).
		final double p = order(Models.HH1952, "exp-euler", 0.02);
		assertEquals(2.0, p, 0.15, "observed order of exp-euler");
		assertEquals(2.0, order(Models.TRAUB_MILES, "exp-euler", 0.02), 0.15, "on Traub-Miles");
	}

	@Test
	void schemesMatchTheReferenceAtSmallSteps() {
		// Max |ΔV| over the trajectory, dominated by the shift of spike times (slope ~100 mV/ms). Measured
		// here: rk4 6.0e-5 mV and exp-euler 0.22 mV at dt = 0.01; euler 0.36 mV at dt = 0.001.
		assertTrue(maxError(Models.HH1952, "rk4", 0.01, false) < 2e-4, "rk4 at dt = 0.01 ms");
		assertTrue(maxError(Models.HH1952, "exp-euler", 0.01, false) < 0.3, "exp-euler at dt = 0.01 ms");
		assertTrue(maxError(Models.HH1952, "euler", 0.001, false) < 0.5, "euler at dt = 0.001 ms");
	}

	@Test
	void rateTablesCostFarLessThanTheSchemeError() {
		for (final String scheme : new String[] { "exp-euler", "euler" })
			for (final double dt : scheme.equals("euler") ? new double[] { 0.005, 0.01 } : new double[] { 0.01, 0.05 }) {
				// The table's effect on the trajectory itself, against the scheme's own error there.
				final double schemeError = maxError(Models.HH1952, scheme, dt, false);
				final double tableEffect = maxDifference(trajectory(Models.HH1952, scheme, dt, true).series(
					TraceVariable.V, 0), trajectory(Models.HH1952, scheme, dt, false).series(TraceVariable.V, 0));
				assertTrue(tableEffect < 0.01 * schemeError, scheme + ", dt=" + dt + ": the table moves V by " +
					tableEffect + " mV, the scheme's error is " + schemeError + " mV");
			}
	}
}
