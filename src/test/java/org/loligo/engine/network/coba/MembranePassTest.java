package org.loligo.engine.network.coba;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The vector pass 1 against the scalar one, bit for bit, including the lanes that must fall back to it.
 * The test JVM runs with {@code --add-modules jdk.incubator.vector} (pom.xml), as Loligo's launchers do.
 */
class MembranePassTest {

	@Test
	void theTestJvmGetsTheVectorPass() {
		assertEquals(VectorMembrane.class, MembranePass.best().getClass(),
			"why not: " + MembranePass.VectorSupport.reason);
	}

	/**
	 * 403 neurons (not a multiple of any vector width, so the scalar tail runs too), random gates and
	 * conductances, and three neurons that leave the fast path: V above the gate table, V below it, and a
	 * conductance so large that exp's argument leaves (LOW, HIGH). After 300 steps every state array and
	 * every spike must be the same bits with either pass.
	 */
	@Test
	void vectorAndScalarPassesGiveTheSameBits() {
		final CobaSpec spec = CobaSpec.benchmark().withNeurons(403).withConnectivity(0.05, 0).withRun(30, 3, 1);
		final CobaRun scalar = NetworkFixture.runOn(spec, state(403), MembranePass.SCALAR);
		final CobaRun vector = NetworkFixture.runOn(spec, state(403), MembranePass.best());
		final CobaBlock s = scalar.blocks[0], v = vector.blocks[0];
		assertTrue(s.spikes.size() > 100, "an active network: " + s.spikes.size() + " spikes");
		assertEquals(s.spikes.size(), v.spikes.size());
		for (int q = 0; q < s.spikes.size(); q++) {
			assertEquals(s.spikes.neuron(q), v.spikes.neuron(q), "spike " + q);
			assertEquals(s.spikes.step(q), v.spikes.step(q), "spike " + q);
		}
		assertArrayEquals(scalar.v, vector.v, "V");
		assertArrayEquals(scalar.m, vector.m, "m");
		assertArrayEquals(scalar.h, vector.h, "h");
		assertArrayEquals(scalar.n, vector.n, "n");
		assertArrayEquals(scalar.ge, vector.ge, "ge");
		assertArrayEquals(scalar.gi, vector.gi, "gi");
	}

	/** One step from a state with V off the table at both ends: the exact coefficients are used. */
	@Test
	void offTableVoltagesTakeTheExactGateCoefficients() {
		final CobaSpec spec = CobaSpec.benchmark().withNeurons(8).withConnectivity(0, 0).withRun(0.1, 1, 1);
		final double[][] init = new double[6][8];
		java.util.Arrays.fill(init[0], -65);
		init[0][1] = 170; // above V_MAX
		init[0][6] = -175; // below V_MIN
		for (int i = 0; i < 8; i++) {
			init[1][i] = 0.3;
			init[2][i] = 0.4;
			init[3][i] = 0.5;
		}
		for (final MembranePass pass : new MembranePass[] { MembranePass.SCALAR, MembranePass.best() }) {
			final CobaRun r = NetworkFixture.runOn(spec, copy(init), pass);
			for (final int i : new int[] { 1, 6 }) {
				final double[] ab = new double[6];
				org.loligo.engine.sim.RateTable.exact(org.loligo.engine.model.Models.TRAUB_MILES.hh().kinetics(), init[0][i], spec.dt(), ab);
				assertEquals(ab[0] * 0.3 + ab[1], r.m[i], 0, "m of neuron " + i);
				assertEquals(ab[2] * 0.4 + ab[3], r.h[i], 0, "h of neuron " + i);
				assertEquals(ab[4] * 0.5 + ab[5], r.n[i], 0, "n of neuron " + i);
			}
		}
	}

	private static double[][] state(final int size) {
		final UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(11L);
		final double[][] s = new double[6][size];
		for (int i = 0; i < size; i++) {
			s[0][i] = -80 + 40 * rng.nextDouble();
			s[1][i] = rng.nextDouble() * 0.2;
			s[2][i] = 0.3 + 0.6 * rng.nextDouble();
			s[3][i] = 0.2 + 0.5 * rng.nextDouble();
			s[4][i] = CobaNetwork.toPerArea(40 * rng.nextDouble());
			s[5][i] = CobaNetwork.toPerArea(200 * rng.nextDouble());
		}
		s[0][17] = 200; // above the gate table
		s[0][250] = -190; // below it
		s[4][101] = 1e5; // -G·dt/C far below FastExp.LOW: Math.exp for this lane
		return s;
	}

	private static double[][] copy(final double[][] a) {
		final double[][] c = new double[a.length][];
		for (int i = 0; i < a.length; i++)
			c[i] = a[i].clone();
		return c;
	}

}
