package org.loligo.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.reference.ConnorStevensEquations;
import org.loligo.reference.NeuronReference;
import org.loligo.reference.WangBuzsakiEquations;

/**
 * The two type-I presets, added as data, against independent DormandPrince853 solutions of their
 * published equations ({@link NeuronReference}, written from the sources without the engine's model
 * classes): resting potential, spike times, f–I rates, and the type-I onset (repetitive firing at
 * arbitrarily low rates just above the fold of the steady-state I–V curve, silence just below).
 */
class TypeOneModelsTest {

	private record Case(NeuronModel model, NeuronReference ref, double current, double[] fiCurrents) {}

	private static final List<Case> CASES = List.of(
		new Case(Models.CONNOR_STEVENS, new NeuronReference(new ConnorStevensEquations(0)), 10, new double[] { 8.5,
			10, 20 }),
		new Case(Models.WANG_BUZSAKI, new NeuronReference(new WangBuzsakiEquations(0)), 1, new double[] { 0.5, 1,
			2 }));

	private static SimulationResult run(final NeuronModel m, final double current, final double duration,
		final String scheme, final double dt)
	{
		return Simulation.run(SimulationSpec.builder(m).stimulus(Stimuli.constant(current)).duration(duration).dt(dt)
			.scheme(scheme).record(new RecordSpec(duration, new int[] { 0 }, List.of(TraceVariable.V))).build());
	}

	private static double maxError(final double[] ref, final double[] got) {
		assertEquals(ref.length, got.length, "spike counts " + Arrays.toString(ref) + " vs " + Arrays.toString(got));
		double e = 0;
		for (int k = 0; k < ref.length; k++)
			e = Math.max(e, Math.abs(ref[k] - got[k]));
		return e;
	}

	@Test
	void restingPotentialIsTheReferenceEquilibrium() {
		for (final Case c : CASES) {
			final double[] v = run(c.model, 0, 2000, "exp-euler", 0.01).traces().series(TraceVariable.V, 0);
			// The preset starts at the rest rounded to 0.01 mV; exp-euler's fixed points are the exact ones.
			assertEquals(c.ref.restingPotential(0), v[v.length - 1], 1e-4, c.model.name());
			assertEquals(c.ref.restingPotential(0), c.model.vInit(), 0.005, c.model.name() + " vInit");
		}
	}

	@Test
	void spikeTimesMatchTheReferenceAndExpEulerConvergesAtSecondOrder() {
		for (final Case c : CASES) {
			final double[] ref = c.ref.spikeTimes(c.current, 200);
			assertTrue(ref.length >= 5, c.model.name() + " should fire at " + c.current);
			// rk4 is limited only by the rounded start (vInit) and the linear interpolation of crossings.
			assertTrue(maxError(ref, run(c.model, c.current, 200, "rk4", 0.01).spikeTimes()) < 0.005, c.model.name());
			final double e1 = maxError(ref, run(c.model, c.current, 200, "exp-euler", 0.01).spikeTimes());
			final double e2 = maxError(ref, run(c.model, c.current, 200, "exp-euler", 0.005).spikeTimes());
			final double e4 = maxError(ref, run(c.model, c.current, 200, "exp-euler", 0.0025).spikeTimes());
			assertTrue(e4 < 0.01, c.model.name() + " exp-euler dt 0.0025: " + e4 + " ms");
			// Second order, down to the rk4 floor of about 0.002 ms (the start rounded to 0.01 mV).
			assertTrue(e1 / e2 > 2.5 || e2 < 0.006, c.model.name() + " exp-euler errors " + e1 + ", " + e2);
		}
	}

	@Test
	void fiRatesMatchTheReference() {
		for (final Case c : CASES)
			for (final double i : c.fiCurrents) {
				final double expected = c.ref.steadyRate(i, 500, 2000, 5);
				final double[] t = run(c.model, i, 2000, "exp-euler", 0.01).spikeTimes();
				final double got = 5 * 1000.0 / (t[t.length - 1] - t[t.length - 6]);
				assertEquals(expected, got, 0.005 * expected, c.model.name() + " at " + i + " µA/cm²");
			}
	}

	@Test
	void firingStartsAtArbitrarilyLowRatesAtTheFold() {
		for (final Case c : CASES) {
			final double fold = c.ref.foldCurrent();
			final double[] below = run(c.model, fold - 0.01 * fold, 3000, "exp-euler", 0.01).spikeTimes();
			assertEquals(0, below.length, c.model.name() + " just below the fold");
			final double[] above = run(c.model, fold + 0.01 * fold, 3000, "exp-euler", 0.01).spikeTimes();
			assertTrue(above.length >= 3, c.model.name() + " just above the fold: " + above.length + " spikes");
			final double slow = 1000.0 / (above[above.length - 1] - above[above.length - 2]);
			final double[] twice = run(c.model, 2 * fold, 1000, "exp-euler", 0.01).spikeTimes();
			final double fast = 1000.0 / (twice[twice.length - 1] - twice[twice.length - 2]);
			assertTrue(slow < 0.25 * fast, c.model.name() + ": " + slow + " Hz at 1.01×fold vs " + fast + " Hz at 2×");
			assertEquals(c.ref.steadyRate(fold + 0.01 * fold, 500, 3000, 2), slow, 0.02 * slow, c.model.name());
		}
	}
}
