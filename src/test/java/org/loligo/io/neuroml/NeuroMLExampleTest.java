package org.loligo.io.neuroml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.reference.HHEquations;
import org.loligo.reference.NeuronReference;

/**
 * The NeuroML2 specification's HH example cell and channels (examples/neuroml, written from
 * {@code NML2_SingleCompHHCell.nml} and {@code LEMS_NML2_Ex10_Q10.xml} of the NeuroML2 repository),
 * read by Loligo and simulated, against an independent DormandPrince853 solution of the same equations
 * ({@link HHEquations}): every spike time within 0.02 ms.
 */
class NeuroMLExampleTest {

	static final Path EXAMPLES = Path.of("examples", "neuroml");

	/** Loligo's spike times (rk4, dt = 0.005 ms, threshold 0 mV) under a constant current. */
	static double[] loligo(final NeuronModel m, final double current, final double duration) {
		return Simulation.run(SimulationSpec.builder(m).stimulus(Stimuli.constant(current)).duration(duration).dt(0.005)
			.scheme("rk4").record(new RecordSpec(duration, new int[] { 0 }, List.of(TraceVariable.V))).build())
			.spikeTimesOf(0);
	}

	static void assertSpikesMatch(final double[] ref, final double[] got, final String what) {
		assertTrue(ref.length >= 5, what + ": the reference fires (" + ref.length + " spikes)");
		assertEquals(ref.length, got.length, what + ": spike count");
		for (int k = 0; k < ref.length; k++)
			assertEquals(ref[k], got[k], 0.02, what + ": spike " + k);
	}

	@Test
	void theExampleCellReadsAsItsEquations() {
		final NeuroMLModel r = NeuroMLReader.read(EXAMPLES.resolve("hh_cell.nml"), null);
		final NeuronModel m = r.model();
		assertEquals("hhcell", m.name());
		// a sphere of diameter 17.841242 µm: 1000 µm² (the example's comment)
		assertEquals(1000, r.areaUm2(), 1e-3);
		assertEquals(-20, r.spikeThreshold(), 0);
		assertEquals(1.0, m.cm(), 0);
		assertEquals(-65, m.vInit(), 0);
		assertEquals(0.3, m.channel("passive").gmax(), 1e-15, "3.0 S_per_m2");
		assertEquals(36, m.channel("k").gmax(), 1e-12, "360 S_per_m2");
		assertEquals(120, m.channel("na").gmax(), 0);
		assertEquals(-54.3, m.channel("passive").reversal(), 0);
		assertEquals(null, m.q10(), "no q10Settings: no temperature");
		final HHEquations eq = new HHEquations(0, 1, -54.3);
		for (double v = -100; v <= 50; v += 0.7) {
			final double vv = v;
			assertEquals(eq.alphaM(v), m.channel("na").gates().get(0).alpha(v), 1e-12 * Math.abs(eq.alphaM(v)), "α_m " +
				vv);
			assertEquals(eq.betaN(v), m.channel("k").gates().get(0).beta(v), 1e-12 * eq.betaN(v), "β_n " + vv);
		}
	}

	@Test
	void theExampleCellFiresAsTheReference() {
		final NeuronModel m = NeuroMLReader.read(EXAMPLES.resolve("hh_cell.nml"), null).model();
		// the example's stimulus: 0.08 nA on 1000 µm² = 8 µA/cm²
		final HHEquations eq = new HHEquations(8, 1, -54.3);
		final double[] ref = new NeuronReference(eq).spikeTimes(8, eq.steadyState(-65), 200);
		assertSpikesMatch(ref, loligo(m, 8, 200), "hh_cell.nml");
	}

	@Test
	void theQ10ExampleRunsAtItsNetworkTemperature() {
		final NeuronModel m = NeuroMLReader.read(EXAMPLES.resolve("hh_q10_cell.nml"), null).model();
		assertEquals(16.3, m.temperature(), 0);
		// Q10 = 3 from 6.3 to 16.3 °C: every rate three times faster
		final double phi = Math.pow(3, (16.3 - 6.3) / 10);
		final HHEquations eq = new HHEquations(20, phi, -54.3);
		final double[] ref = new NeuronReference(eq).spikeTimes(20, eq.steadyState(-65), 100);
		assertSpikesMatch(ref, loligo(m, 20, 100), "hh_q10_cell.nml at 16.3 °C");
		// the ComponentType newExpRate became the standard exponential form
		assertEquals(new org.loligo.engine.model.VoltageFunction.ExpRate(0.125, -65, -80), m.channel("k").gates().get(0)
			.second());
	}
}
