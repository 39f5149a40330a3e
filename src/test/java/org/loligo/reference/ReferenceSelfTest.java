package org.loligo.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Checks the reference itself (not the engine) where it could be wrong: equilibria, the rheobase
 * bisection, its agreement with the saddle-node, and the integrator's convergence. About 10 s.
 */
class ReferenceSelfTest {

	private static final NeuronReference CS = new NeuronReference(new ConnorStevensEquations());
	private static final NeuronReference WB = new NeuronReference(new WangBuzsakiEquations());

	@Test
	void restingPotentialIsAStableRootOfTheSteadyStateCurrent() {
		for (NeuronReference ref : new NeuronReference[] { CS, WB }) {
			double v = ref.restingPotential(0.0);
			assertEquals(0.0, ref.restResidual(0.0, v), 1e-9, ref.model().name());
			assertTrue(ref.maxRealEigenvalue(0.0, ref.restState(0.0)) < -0.01, ref.model().name());
			// integrating confirms it: a 2 mV kick decays back, and the rest state does not drift
			double[] kicked = ref.restState(0.0);
			kicked[0] += 2.0;
			assertEquals(v, ref.integrate(0.0, kicked, 2000.0)[0], 1e-6, ref.model().name());
			assertEquals(v, ref.integrate(0.0, ref.restState(0.0), 1000.0)[0], 1e-9);
		}
	}

	/**
	 * The Connor–Stevens rest state against the "suitable initial conditions" that two independent
	 * ports list (davrot/pytutorial: V -68.0, m 0.010, h 0.966, n 0.156, a 0.540, b 0.289;
	 * celinesoeiro/connor-stevens-model: V -67.976): a transcription slip in any rate function
	 * would move these.
	 */
	@Test
	void connorStevensRestMatchesPublishedInitialConditions() {
		double[] rest = CS.restState(0.0);
		assertEquals(-67.976, rest[0], 0.005);
		assertArrayEquals(new double[] { 0.010, 0.966, 0.156, 0.540, 0.289 },
			java.util.Arrays.copyOfRange(rest, 1, 6), 1e-3);
	}

	/** Wang–Buzsáki's threshold is quoted as I_c ≈ 0.16 µA/cm² (e.g. Börgers 2017). */
	@Test
	void wangBuzsakiFoldIsNearTheQuotedThreshold() {
		assertEquals(0.16, WB.foldCurrent(), 0.001);
		double vFold = WB.foldVoltage();
		// a saddle-node: one eigenvalue of the full system crosses zero there
		assertEquals(0.0, WB.maxRealEigenvalue(WB.foldCurrent(),
			WB.model().steadyState(vFold)), 1e-6);
	}

	/**
	 * WB: bisection to 1e-4 with at least 3 spikes in (500, 10000] ms. The window cannot see rates
	 * below 2–3 spikes per 9.5 s, i.e. (with f ≈ 39 Hz·sqrt(I - I_fold) near the fold) currents
	 * within ~3e-5 of it, so rheobase and fold agree to 1e-4 (half the bracket plus that bias).
	 */
	@Test
	void wangBuzsakiRheobaseBracketsAndMatchesTheFold() {
		double tol = 1e-4;
		double rh = WB.rheobase(0.0, 1.0, tol, 500, 10000, 3);
		assertTrue(WB.firesRepetitively(rh + tol, 500, 10000, 3));
		assertFalse(WB.firesRepetitively(rh - tol, 500, 10000, 3));
		assertEquals(WB.foldCurrent(), rh, 1e-4);
	}

	/**
	 * CS: bisection to 1e-3 with at least 3 spikes in (500, 20000] ms. Near its fold CS fires
	 * slowly (f ≈ 10 Hz·sqrt(I - I_fold)), so the window's blind spot is 1e-4 to 3e-4 above the
	 * fold: the rheobase may exceed the fold by up to 1e-3 and fall below it by at most tol/2.
	 */
	@Test
	void connorStevensRheobaseBracketsAndMatchesTheFold() {
		double tol = 1e-3;
		double rh = CS.rheobase(8.0, 8.5, tol, 500, 20000, 3);
		assertTrue(CS.firesRepetitively(rh + tol, 500, 20000, 3));
		assertFalse(CS.firesRepetitively(rh - tol, 500, 20000, 3));
		double excess = rh - CS.foldCurrent();
		assertTrue(excess > -tol / 2 && excess < 1e-3, "rheobase - fold = " + excess);
	}

	/** Halving the tolerance moves no spike in the first 300 ms by 1e-6 ms or more. */
	@Test
	void spikeTimesConvergeWithTolerance() {
		Object[][] cases = { { new ConnorStevensEquations(), 10.0 },
			{ new WangBuzsakiEquations(), 1.0 } };
		for (Object[] c : cases) {
			NeuronReference.Model m = (NeuronReference.Model) c[0];
			double i = (Double) c[1];
			double tol = NeuronReference.DEFAULT_TOLERANCE;
			double[] coarse = new NeuronReference(m, 0.0, tol, NeuronReference.DEFAULT_MAX_STEP)
				.spikeTimes(i, 300.0);
			double[] fine = new NeuronReference(m, 0.0, tol / 2, NeuronReference.DEFAULT_MAX_STEP)
				.spikeTimes(i, 300.0);
			assertTrue(coarse.length >= 5, m.name());
			assertArrayEquals(coarse, fine, 1e-6, m.name());
		}
	}

	/** The steady rate is a limit-cycle property: the last ISIs agree to 1e-9 relative. */
	@Test
	void steadyRateIsPeriodic() {
		double a = WB.steadyRate(1.0, 500, 1500, 5), b = WB.steadyRate(1.0, 1000, 2500, 10);
		assertEquals(a, b, 1e-9 * a);
		assertEquals(59.701487, a, 1e-5); // the value in README-reference.md
	}
}
