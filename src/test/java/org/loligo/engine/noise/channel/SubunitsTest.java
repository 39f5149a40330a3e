package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.GateKinetics;
import org.loligo.engine.model.Models;

/** The exact per-step channel transition matrices and their table. */
class SubunitsTest {

	static final GateKinetics K = Models.HH1952.hh().kinetics();

	/**
	 * The K-channel matrix from independent subunits equals exp(Q·dt) of the 5-state chain (rates
	 * (4-k)αn up, kβn down), computed here independently by scaling and squaring: the Taylor series of
	 * exp(Q·dt/2^10) to 12 terms, squared 10 times (truncation below 1e-40, rounding about 1e-13).
	 */
	@Test
	void channelMatrixIsTheExponentialOfTheGenerator() {
		final double v = -30, dt = 0.05;
		final double[] c = new double[SubunitTable.SIZE];
		new SubunitTable(K, dt, SubunitTable.SIZE, false).at(v, c, new double[10]);
		final double an = K.alphaN(v), bn = K.betaN(v);
		final double[][] q = new double[5][5];
		final double h = dt / (1 << 10);
		for (int k = 0; k < 5; k++) {
			if (k < 4) {
				q[k][k + 1] = (4 - k) * an * h;
				q[k][k] -= (4 - k) * an * h;
			}
			if (k > 0) {
				q[k][k - 1] = k * bn * h;
				q[k][k] -= k * bn * h;
			}
		}
		double[][] p = new double[5][5], term = new double[5][5];
		for (int k = 0; k < 5; k++)
			p[k][k] = term[k][k] = 1;
		for (int t = 1; t <= 12; t++) {
			term = multiply(term, q);
			for (int i = 0; i < 5; i++)
				for (int j = 0; j < 5; j++) {
					term[i][j] /= t;
					p[i][j] += term[i][j];
				}
		}
		for (int s = 0; s < 10; s++)
			p = multiply(p, p);
		for (int i = 0; i < 5; i++) {
			double rowSum = 0;
			for (int j = 0; j < 5; j++) {
				assertEquals(p[i][j], c[SubunitTable.PN + 5 * i + j], 1e-12, "P(" + i + "→" + j + ")");
				assertTrue(c[SubunitTable.PN + 5 * i + j] >= 0);
				rowSum += c[SubunitTable.PN + 5 * i + j];
			}
			assertEquals(1, rowSum, 1e-14);
		}
	}

	/** Interpolated coefficients within 1e-5·(1 + |value|) of the exact ones across [-100, 60] mV. */
	@Test
	void tableMatchesExactCoefficients() {
		final double dt = 0.01;
		final SubunitTable table = new SubunitTable(K, dt, SubunitTable.SIZE, true);
		final SubunitTable exact = new SubunitTable(K, dt, SubunitTable.SIZE, false);
		final double[] a = new double[SubunitTable.SIZE], b = new double[SubunitTable.SIZE], s = new double[10];
		double worst = 0;
		for (double v = -100; v <= 60; v += 0.0137) {
			table.at(v, a, s);
			exact.at(v, b, s);
			for (int c = 0; c < SubunitTable.SIZE; c++)
				worst = Math.max(worst, Math.abs(a[c] - b[c]) / (1 + Math.abs(b[c])));
		}
		assertTrue(worst < 1e-5, "worst relative error " + worst);
	}

	@Test
	void reflectFoldsOntoTheUnitInterval() {
		assertEquals(0.3, Subunits.reflect(0.3));
		assertEquals(0.2, Subunits.reflect(-0.2), 1e-15);
		assertEquals(0.9, Subunits.reflect(1.1), 1e-15);
		assertEquals(0.5, Subunits.reflect(2.5), 1e-15);
		assertEquals(0.75, Subunits.reflect(-1.25), 1e-15);
	}

	private static double[][] multiply(final double[][] a, final double[][] b) {
		final double[][] c = new double[5][5];
		for (int i = 0; i < 5; i++)
			for (int j = 0; j < 5; j++)
				for (int k = 0; k < 5; k++)
					c[i][j] += a[i][k] * b[k][j];
		return c;
	}
}
