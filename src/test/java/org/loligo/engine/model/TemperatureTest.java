package org.loligo.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.reference.HHEquations;
import org.loligo.reference.NeuronReference;

/**
 * Temperature: HH1952 is at 6.3 °C with Q10 = 3 (NEURON's {@code hh}); at its own temperature it is the
 * very same model; 10 °C warmer every rate is 3×; the f–I curve moves as an independent
 * DormandPrince853 reference with every rate tripled says; a model without a Q10 refuses a temperature.
 */
class TemperatureTest {

	@Test
	void atItsOwnTemperatureHH1952IsUnchanged() {
		assertEquals(6.3, Models.HH1952.temperature(), 0);
		assertSame(Models.HH1952, Models.HH1952.atTemperature(6.3));
		assertEquals(6.3, Models.HH1952_GL003.temperature(), 0);
	}

	@Test
	void tenDegreesWarmerEveryRateIsThreeTimes() {
		final NeuronModel warm = Models.HH1952.atTemperature(16.3);
		assertEquals(16.3, warm.temperature(), 0);
		for (int g = 0; g < 3; g++) {
			final Gate cold = Models.HH1952.stateGates().get(g), hot = warm.stateGates().get(g);
			for (double v = -100; v <= 60; v += 0.37) {
				assertEquals(3 * cold.alpha(v), hot.alpha(v), 1e-14 * 3 * cold.alpha(v), cold.name() + " α at " + v);
				assertEquals(3 * cold.beta(v), hot.beta(v), 1e-14 * 3 * cold.beta(v), cold.name() + " β at " + v);
				assertEquals(cold.inf(v), hot.inf(v), 1e-14, cold.name() + " x∞ at " + v);
			}
		}
		// 1.3 °C colder: φ = 3^-0.5
		assertEquals(1 / Math.sqrt(3), Models.HH1952.atTemperature(1.3).stateGates().get(0).phi(), 1e-15);
	}

	@Test
	void aModelWithoutQ10RefusesATemperature() {
		for (final NeuronModel m : List.of(Models.TRAUB_MILES, Models.CONNOR_STEVENS, Models.WANG_BUZSAKI)) {
			final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.atTemperature(20));
			assertTrue(e.getMessage().startsWith("temperature: model " + m.name() + " defines no Q10"), e.getMessage());
		}
	}

	private static double rate(final NeuronModel m, final double current) {
		final double[] t = Simulation.run(SimulationSpec.builder(m).stimulus(Stimuli.constant(current)).duration(300)
			.dt(0.005).scheme("rk4").record(new RecordSpec(300, new int[] { 0 }, List.of(TraceVariable.V))).build())
			.spikeTimesOf(0);
		if (t.length < 5) return 0;
		return 3 * 1000 / (t[t.length - 1] - t[t.length - 4]);
	}

	@Tag("slow")
	@Test
	void theFiCurveMovesAsTheReferenceSays() {
		final NeuronModel warm = Models.HH1952.atTemperature(16.3);
		final double phi = Math.pow(3, (16.3 - 6.3) / 10);
		double shift = 0;
		for (final double i : new double[] { 10, 20, 40 }) {
			final double refCold = new NeuronReference(new HHEquations(i, 1, -54.387)).steadyRate(i, 100, 300, 3);
			final double refWarm = new NeuronReference(new HHEquations(i, phi, -54.387)).steadyRate(i, 100, 300, 3);
			final double cold = rate(Models.HH1952, i), hot = rate(warm, i);
			assertEquals(refCold, cold, 0.005 * refCold, "6.3 °C, I = " + i);
			assertEquals(refWarm, hot, 0.005 * refWarm, "16.3 °C, I = " + i);
			shift = Math.max(shift, hot - cold);
		}
		// warmer rates fire faster: HH's f–I curve rises by tens of Hz at 10 °C more
		assertTrue(shift > 20, "f–I shift " + shift + " Hz");
	}
}
