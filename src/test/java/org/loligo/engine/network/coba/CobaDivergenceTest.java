package org.loligo.engine.network.coba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.loligo.engine.sim.DivergenceException;

/**
 * COBA's blocks apply the engine's divergence rule: a neuron whose state leaves its range stops the run
 * with the neuron, time and variable named, through both membrane passes. (Exponential Euler keeps a
 * well-posed COBA state in range, so the bad state is put in by hand.)
 */
class CobaDivergenceTest {

	private static double[][] state(final double v5, final double h5) {
		final double[][] init = new double[6][8];
		java.util.Arrays.fill(init[0], -65);
		for (int i = 0; i < 8; i++) {
			init[1][i] = 0.05;
			init[2][i] = 0.6;
			init[3][i] = 0.3;
		}
		init[0][5] = v5;
		init[2][5] = h5;
		return init;
	}

	@Test
	void aBadStateIsNamedWhateverThePass() {
		final CobaSpec spec = CobaSpec.benchmark().withNeurons(8).withConnectivity(0, 0).withRun(0.1, 1, 1);
		for (final MembranePass pass : new MembranePass[] { MembranePass.SCALAR, MembranePass.best() }) {
			final DivergenceException nan = assertThrows(DivergenceException.class, () -> NetworkFixture.runOn(spec,
				state(Double.NaN, 0.6), pass));
			assertEquals(5, nan.neuron());
			assertEquals("V", nan.variable());
			assertEquals(spec.dt(), nan.time(), 1e-15);
			// h = 1.5 is a convex combination away from [0, 1] after one step: x' = A·x + B > 1 for A > 0.
			final DivergenceException gate = assertThrows(DivergenceException.class, () -> NetworkFixture.runOn(spec,
				state(-65, 1.5), pass));
			assertEquals(5, gate.neuron());
			assertEquals("h", gate.variable());
		}
	}
}
