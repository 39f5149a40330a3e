package org.loligo.analysis.bifurcation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * l1 against normal forms with known values. For ż = iωz + c|z|²z written in x = Re z, y = Im z and
 * Kuznetsov's normalisation ⟨q,q⟩ = 1, l1 = 2·Re c/ω (x = √2·Re(z_K)); a quadratic coupling to a stable
 * direction w' = -λw + κ(x² + y²), x' = … + xw, y' = … + yw gives the centre manifold w ≈ κr²/λ and so an
 * extra cubic coefficient κ/λ.
 */
class FirstLyapunovTest {

	/** x' = -ωy + s x r² + x w, y' = ωx + s y r² + y w, w' = -λw + κ r², z' = -2z, rotated by an orthogonal R. */
	record NormalForm(double omega, double s, double lambda, double kappa) implements VectorField {

		static final double[][] R = rotation();

		@Override
		public int dimension() {
			return 4;
		}

		@Override
		public void rhs(final double[] xr, final double[] out) {
			// y = Rᵀ x in normal-form coordinates; f = R g(y).
			final double[] y = new double[4], g = new double[4];
			for (int i = 0; i < 4; i++)
				for (int j = 0; j < 4; j++)
					y[i] += R[j][i] * xr[j];
			final double r2 = y[0] * y[0] + y[1] * y[1];
			g[0] = -omega * y[1] + s * y[0] * r2 + y[0] * y[2];
			g[1] = omega * y[0] + s * y[1] * r2 + y[1] * y[2];
			g[2] = -lambda * y[2] + kappa * r2;
			g[3] = -2 * y[3];
			for (int i = 0; i < 4; i++) {
				out[i] = 0;
				for (int j = 0; j < 4; j++)
					out[i] += R[i][j] * g[j];
			}
		}

		@Override
		public void jacobian(final double[] x, final double[][] j) {
			// At the origin only: R · diag-block · Rᵀ.
			final double[][] a = { { 0, -omega, 0, 0 }, { omega, 0, 0, 0 }, { 0, 0, -lambda, 0 }, { 0, 0, 0, -2 } };
			for (int r = 0; r < 4; r++)
				for (int c = 0; c < 4; c++) {
					j[r][c] = 0;
					for (int k = 0; k < 4; k++)
						for (int l = 0; l < 4; l++)
							j[r][c] += R[r][k] * a[k][l] * R[c][l];
				}
		}

		private static double[][] rotation() {
			// Product of two Givens rotations: orthogonal, mixes all coordinates.
			final double a = 0.7, b = 1.1;
			final double[][] g1 = { { Math.cos(a), -Math.sin(a), 0, 0 }, { Math.sin(a), Math.cos(a), 0, 0 }, { 0, 0, 1,
				0 }, { 0, 0, 0, 1 } };
			final double[][] g2 = { { 1, 0, 0, 0 }, { 0, Math.cos(b), 0, -Math.sin(b) }, { 0, 0, 1, 0 }, { 0, Math.sin(
				b), 0, Math.cos(b) } };
			final double[][] g3 = { { Math.cos(b), 0, -Math.sin(b), 0 }, { 0, 1, 0, 0 }, { Math.sin(b), 0, Math.cos(b),
				0 }, { 0, 0, 0, 1 } };
			return mul(mul(g1, g2), g3);
		}

		private static double[][] mul(final double[][] p, final double[][] q) {
			final double[][] c = new double[4][4];
			for (int i = 0; i < 4; i++)
				for (int j = 0; j < 4; j++)
					for (int k = 0; k < 4; k++)
						c[i][j] += p[i][k] * q[k][j];
			return c;
		}
	}

	@Test
	void cubicNormalForm() {
		final double omega = 1.7;
		for (final double s : new double[] { -0.3, 0.45 }) {
			final double l1 = FirstLyapunov.compute(new NormalForm(omega, s, 1, 0), new double[4], omega);
			assertEquals(2 * s / omega, l1, 1e-6, "s = " + s);
		}
	}

	@Test
	void quadraticCouplingThroughTheCentreManifold() {
		final double omega = 0.8, s = -0.1, lambda = 2.5, kappa = 0.9;
		final double l1 = FirstLyapunov.compute(new NormalForm(omega, s, lambda, kappa), new double[4], omega);
		assertEquals(2 * (s + kappa / lambda) / omega, l1, 1e-6);
	}
}
