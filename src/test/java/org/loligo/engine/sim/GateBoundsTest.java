package org.loligo.engine.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.input.Stimulus;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.record.Traces;

/**
 * Gates stay in [0, 1] by the schemes themselves under extreme stimuli (checked at every step from the
 * recorded traces, independently of the engine's own guard), and a scheme pushed beyond its stability
 * limit stops with a clear divergence error instead of returning garbage.
 */
class GateBoundsTest {

	/** Strong depolarisation, huge brief pulses, a large sine, a step from +50 to -10 µA/cm²: V stays
	 * within about [-110, +60] mV, where the explicit schemes are stable at dt = 0.01 ms. */
	static final List<Stimulus> EXTREME = List.of(Stimuli.constant(200), Stimuli.pulses(1000, 0.2, 5, 12, 30),
		Stimuli.sine(60, 100, 0, 40), Stimuli.step(-60, 10, 20).plus(Stimuli.constant(50)));

	/** Sustained hyperpolarisation to about -200 mV (HH1952): rates of ~7000/ms, stiff for explicit schemes. */
	static final List<Stimulus> HYPERPOLARISING = List.of(Stimuli.constant(-50));

	static void assertGatesInUnitInterval(final NeuronModel p, final String scheme, final double dt) {
		assertGatesInUnitInterval(p, scheme, dt, EXTREME);
	}

	static void assertGatesInUnitInterval(final NeuronModel p, final String scheme, final double dt,
		final List<Stimulus> stimuli)
	{
		final int[] ids = new int[stimuli.size()];
		for (int i = 0; i < ids.length; i++)
			ids[i] = i;
		final SimulationSpec spec = SimulationSpec.builder(p).neurons(stimuli.size()).stimuli(stimuli).duration(40)
			.dt(dt).scheme(scheme).record(new RecordSpec(dt, ids, List.of(TraceVariable.M, TraceVariable.H,
				TraceVariable.N))).build();
		final Traces tr = Simulation.run(spec).traces();
		assertEquals(spec.steps() + 1, tr.samples());
		for (final double[] series : tr.data())
			for (final double x : series)
				assertTrue(x >= 0 && x <= 1, scheme + ", dt=" + dt + ": gate value " + x);
	}

	@ParameterizedTest
	@ValueSource(strings = { "euler", "exp-euler", "rk4" })
	void everySchemeKeepsGatesInsideAtItsUsualStep(final String scheme) {
		// NB: HH1952 only: with the tiny leaks of the gL = 0.03 preset and of Traub-Miles the same currents
		// pull V below -140 mV, where β_m·dt > 1 at dt = 0.01 (see the hyperpolarisation tests below).
		assertGatesInUnitInterval(Models.HH1952, scheme, 0.01);
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.01, 0.05, 0.1, 0.5, 1.0 })
	void exponentialEulerKeepsGatesInsideAtAnyStep(final double dt) {
		assertGatesInUnitInterval(Models.HH1952, "exp-euler", dt);
		assertGatesInUnitInterval(Models.TRAUB_MILES, "exp-euler", dt);
		assertGatesInUnitInterval(Models.HH1952, "exp-euler", dt, HYPERPOLARISING);
	}

	@ParameterizedTest
	@ValueSource(strings = { "euler", "rk4" })
	void explicitSchemesBeyondTheirLimitStopInsteadOfLeavingTheInterval(final String scheme) {
		// At -200 mV, β_m·dt ≈ 70 at dt = 0.01 ms: far beyond forward Euler's and RK4's stability limits.
		// The run must stop with a divergence error, never return gates outside [0, 1].
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).stimuli(HYPERPOLARISING).duration(40)
			.dt(0.01).scheme(scheme).build();
		final DivergenceException e = assertThrows(DivergenceException.class, () -> Simulation.run(spec));
		assertTrue(e.getMessage().contains("method=" + scheme), e.getMessage());
	}

	@Test
	void aModelDrivenFarOutsideItsRangeIsReportedAsSuch() {
		// gL = 0.03 mS/cm² and -50 µA/cm² put V∞ near -1700 mV: exp-euler follows the model there exactly,
		// and the guard stops it at ±1000 mV naming the stimulus as the likely cause.
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952_GL003).stimuli(HYPERPOLARISING).duration(
			200).dt(0.01).scheme("exp-euler").build();
		final DivergenceException e = assertThrows(DivergenceException.class, () -> Simulation.run(spec));
		assertEquals("V", e.variable());
		assertTrue(e.getMessage().contains("stimulus"), e.getMessage());
	}

	@Test
	void forwardEulerAtALargeStepStopsWithAClearError() {
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).stimulus(Stimuli.constant(10)).duration(50)
			.dt(0.5).scheme("euler").build();
		final DivergenceException e = assertThrows(DivergenceException.class, () -> Simulation.run(spec));
		final String msg = e.getMessage();
		for (final String part : new String[] { "neuron 0", "method=euler", "dt=0.5", "smaller dt", "exp-euler" })
			assertTrue(msg.contains(part), "message lacks '" + part + "': " + msg);
		assertEquals(0, e.neuron());
		assertTrue(e.time() > 0 && e.time() <= 50);
	}

	@Test
	void divergenceNamesTheNeuronThatBlewUp() {
		// Neuron 2 of 3 gets a current that blows forward Euler up at dt = 0.1; the others stay quiet.
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).neurons(3).stimuli(List.of(Stimuli.NONE,
			Stimuli.NONE, Stimuli.constant(-400))).duration(20).dt(0.1).scheme("euler").threads(2).build();
		final DivergenceException e = assertThrows(DivergenceException.class, () -> Simulation.run(spec));
		assertEquals(2, e.neuron(), e.getMessage());
	}
}
