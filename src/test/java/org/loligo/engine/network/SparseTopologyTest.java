package org.loligo.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Topologies built as compressed rows at sizes where an N×N matrix of doubles could not exist (a ring of
 * 10⁶ neurons would need 8 TB, a random network of 2·10⁵ neurons 320 GB), and the laws of the random
 * topology's per-row draws.
 */
class SparseTopologyTest {

	@Test
	void aRingOfAMillionNeuronsHasTwoNeighboursPerRowInAscendingOrder() {
		final int n = 1_000_000;
		final Connectivity ring = Connectivity.ring(n, 0.1);
		assertEquals(2 * n, ring.connections());
		final int[] rs = ring.rowStart(), pre = ring.pre();
		for (int i = 0; i < n; i++) {
			assertEquals(2 * i, rs[i]);
			final int a = Math.floorMod(i - 1, n), b = Math.floorMod(i + 1, n);
			assertEquals(Math.min(a, b), pre[rs[i]], "row " + i);
			assertEquals(Math.max(a, b), pre[rs[i] + 1], "row " + i);
		}
		assertEquals(0.1, ring.weight(0, n - 1));
		assertEquals(0, ring.weight(0, 2));
		assertTrue(ring.isSymmetric());
		assertEquals(0, Connectivity.ring(n, 0).connections(), "zero weights are not stored");
		assertEquals(0, Connectivity.ring(1, 1).connections(), "one neuron: no self-connection");
	}

	@Test
	void allToAllRowsHoldEveryOtherNeuronAscending() {
		final int n = 1500;
		final Connectivity all = Connectivity.allToAll(n, 0.25);
		assertEquals((long) n * (n - 1), all.connections());
		final int[] rs = all.rowStart(), pre = all.pre();
		for (int i = 0; i < n; i += 97)
			for (int q = 0; q < n - 1; q++)
				assertEquals(q < i ? q : q + 1, pre[rs[i] + q], "row " + i);
		assertEquals(0, Connectivity.allToAll(n, 0).connections());
	}

	/**
	 * n = 200,000, p = 5·10⁻⁵: 39,999,800,000 ordered pairs, mean 1,999,990 connections, SD 1,414; in-
	 * and out-degrees Binomial(n-1, p) (mean 10.0, variance 10.0; the variance of a sample variance over
	 * 200,000 rows is about (μ4 - σ⁴)/N = 2σ⁴/N + σ²/N, SD 0.032); half of the connections below the
	 * diagonal. Fixed seed, 5 SD.
	 */
	@Test
	void randomRowsHaveBinomialDegreesWithoutEverVisitingAllPairs() {
		final int n = 200_000;
		final double p = 5e-5, mean = p * (n - 1);
		final Connectivity c = Connectivity.random(n, p, 1, 11, false);
		assertEquals(p * n * (n - 1.0), c.connections(), 5 * 1414);
		final int[] rs = c.rowStart(), pre = c.pre();
		final int[] out = new int[n];
		long below = 0;
		double inSq = 0;
		for (int i = 0; i < n; i++) {
			final int d = rs[i + 1] - rs[i];
			inSq += (d - mean) * (d - mean);
			for (int k = rs[i]; k < rs[i + 1]; k++) {
				assertTrue(pre[k] != i, "no self-connection in row " + i);
				assertTrue(k == rs[i] || pre[k] > pre[k - 1], "ascending in row " + i);
				out[pre[k]]++;
				if (pre[k] < i) below++;
			}
		}
		double outSq = 0;
		for (final int d : out)
			outSq += (d - mean) * (d - mean);
		final double var = mean * (1 - p), sd = Math.sqrt((2 * var * var + var) / n);
		assertEquals(var, inSq / n, 5 * sd, "in-degree variance");
		assertEquals(var, outSq / n, 5 * sd, "out-degree variance");
		assertEquals(c.connections() / 2.0, below, 5 * Math.sqrt(c.connections() / 4.0), "below the diagonal");
	}

	@Test
	void symmetricRandomNetworksAreSymmetricAndDrawEachPairOnce() {
		final int n = 200_000;
		final double p = 5e-5;
		final Connectivity g = Connectivity.random(n, p, 0.3, 11, true);
		assertTrue(g.isSymmetric());
		// n(n-1)/2 unordered pairs, each counted twice: mean 1,999,990, SD 2·sqrt(pairs·p) = 2,000.
		assertEquals(p * n * (n - 1.0), g.connections(), 5 * 2000);
		final int[] rs = g.rowStart(), pre = g.pre();
		for (int i = 0; i < n; i++)
			for (int k = rs[i] + 1; k < rs[i + 1]; k++)
				assertTrue(pre[k] > pre[k - 1] && pre[k] != i, "row " + i + " ascending, no self-connection");
		assertEquals(6, Connectivity.random(3, 1, 1, 5, true).connections(), "p = 1: every pair, both directions");
		assertEquals(6, Connectivity.random(3, 1, 1, 5, false).connections(), "p = 1: every ordered pair");
	}

	@Test
	void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
		final Connectivity a = Connectivity.random(3000, 0.01, 1, 42, false);
		final Connectivity b = Connectivity.random(3000, 0.01, 1, 42, false);
		assertArrayEquals(a.rowStart(), b.rowStart());
		assertArrayEquals(a.pre(), b.pre());
		assertFalse(java.util.Arrays.equals(a.pre(), Connectivity.random(3000, 0.01, 1, 43, false).pre()));
	}

	@Test
	void aTinyProbabilityDrawsNothingAndDoesNotOverflowTheSkip() {
		// ln(1 - p) ≈ -1e-300: every gap is astronomically long; it must end the row, not wrap around.
		assertEquals(0, Connectivity.random(100_000, 1e-300, 1, 3, false).connections());
		assertEquals(0, Connectivity.random(100_000, 1e-300, 1, 3, true).connections());
	}

	@Test
	void theConnectionBoundIsExactForGeneratedTopologiesAndBoundsTheRandomDraw() {
		assertEquals(20 * 19, new TopologyChoice("all-to-all", 1, 0, null).connectionsBound(20, false));
		assertEquals(2 * 20, new TopologyChoice("ring", 1, 0, null).connectionsBound(20, false));
		assertEquals(2, new TopologyChoice("ring", 1, 0, null).connectionsBound(2, false));
		assertEquals(0, new TopologyChoice("ring", 0, 0, null).connectionsBound(20, false));
		final TopologyChoice r = new TopologyChoice("random", 1, 0.01, null);
		for (final boolean sym : new boolean[] { false, true }) {
			final long bound = r.connectionsBound(5000, sym);
			final int drawn = r.build(5000, 9, sym).connections();
			assertTrue(drawn <= bound && bound < drawn * 1.05, drawn + " drawn, bound " + bound);
		}
		final WeightMatrix m = MatrixText.parse("0 1 0\n2 0 3\n0 0 0\n", "matrixFile");
		assertEquals(3, new TopologyChoice("matrix", 1, 0, m).connectionsBound(3, false));
	}
}
