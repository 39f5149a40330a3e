package org.loligo.analysis.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.Schemes;
import org.loligo.reference.ConnorStevensEquations;
import org.loligo.reference.NeuronReference;
import org.loligo.reference.WangBuzsakiEquations;

/**
 * f–I curves of the type-I presets: firing starts at the fold of the steady-state I–V curve (a saddle-node
 * on the invariant circle) at arbitrarily low rates, without HH's bistable range, and the rates follow an
 * independent DormandPrince853 solution of the published equations ({@link NeuronReference}).
 */
class TypeOneFiTest {

	private static FiResult sweep(final NeuronModel m, final double min, final double max, final double step) {
		return FiCurve.run(new FiSpec(m, Schemes.EXP_EULER, min, max, step, 3000, 0.2, 0.01, Direction.BOTH, 2 * max,
			1, 0, 1, 1, 2));
	}

	private static void check(final NeuronModel m, final NeuronReference ref, final double min, final double max,
		final double step)
	{
		final double fold = ref.foldCurrent();
		final FiResult r = sweep(m, min, max, step);
		// Onset: the first current above the fold fires (one step of the grid above it at most).
		assertTrue(r.onsetCurrentUp() > fold && r.onsetCurrentUp() <= fold + step + 1e-9, m.name() + ": onset " + r
			.onsetCurrentUp() + " vs fold " + fold);
		// No bistability: firing stops on the way down where it started on the way up.
		assertEquals(r.onsetCurrentUp(), r.offsetCurrentDown(), 1e-9, m.name() + " offset");
		final int first = java.util.Arrays.binarySearch(r.currents(), r.onsetCurrentUp());
		// Type I: the first firing current fires slowly (HH's onset jumps to about 50 Hz, Rinzel & Miller 1980).
		final double lowest = r.up()[first];
		assertTrue(lowest > 0 && lowest < 10, m.name() + ": " + lowest + " Hz at onset");
		for (int j = first; j < r.currents().length; j++) {
			final double expected = ref.steadyRate(r.currents()[j], 600, 3000, 2);
			assertEquals(expected, r.up()[j], 0.01 * expected, m.name() + " up at " + r.currents()[j]);
			assertEquals(r.up()[j], r.down()[j], 0.01 * expected, m.name() + " down at " + r.currents()[j]);
		}
	}

	@Test
	void connorStevensFiresFromTheFoldAtLowRates() {
		check(Models.CONNOR_STEVENS, new NeuronReference(new ConnorStevensEquations(0)), 7.6, 10, 0.2);
	}

	@Test
	void wangBuzsakiFiresFromTheFoldAtLowRates() {
		check(Models.WANG_BUZSAKI, new NeuronReference(new WangBuzsakiEquations(0)), 0.1, 0.5, 0.02);
	}
}
