package org.loligo.analysis.bifurcation;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * Dense linear algebra on the few small matrices of a continuation (n ≤ ~10), over commons-math.
 * Complex vectors are pairs of real arrays (re, im); a complex n × n system is solved as the real
 * 2n × 2n system {@code [[Ar, -Ai], [Ai, Ar]] (xr, xi) = (br, bi)}.
 */
final class SmallLinear {

	private SmallLinear() {}

	/** Eigenvalues of {@code a} as {re[], im[]} (commons-math {@link EigenDecomposition}). */
	static double[][] eigenvalues(final double[][] a) {
		final EigenDecomposition ed = new EigenDecomposition(new Array2DRowRealMatrix(a, true));
		return new double[][] { ed.getRealEigenvalues(), ed.getImagEigenvalues() };
	}

	/** Solves the real system {@code a x = b}; throws if {@code a} is singular. */
	static double[] solve(final double[][] a, final double[] b) {
		return new LUDecomposition(new Array2DRowRealMatrix(a, true)).getSolver().solve(new ArrayRealVector(b,
			false)).toArray();
	}

	/** Solves {@code (ar + i·ai)(x) = br + i·bi}; returns {xr, xi}. */
	static double[][] solveComplex(final double[][] ar, final double[][] ai, final double[] br, final double[] bi) {
		final int n = br.length;
		final double[][] big = new double[2 * n][2 * n];
		final double[] rhs = new double[2 * n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				big[i][j] = ar[i][j];
				big[i][j + n] = -ai[i][j];
				big[i + n][j] = ai[i][j];
				big[i + n][j + n] = ar[i][j];
			}
			rhs[i] = br[i];
			rhs[i + n] = bi[i];
		}
		final double[] x = solve(big, rhs);
		final double[][] out = new double[2][n];
		System.arraycopy(x, 0, out[0], 0, n);
		System.arraycopy(x, n, out[1], 0, n);
		return out;
	}

	/**
	 * A null vector of the singular complex matrix {@code a - iω·I} (or of its transpose with
	 * {@code transpose}), from the bordered system {@code [[M, b], [cᴴ, 0]] (v, s) = (0, 1)}, which is
	 * regular when the null space is one-dimensional and the border vectors are not orthogonal to it.
	 * Fixed, unstructured border vectors make that failure practically impossible.
	 */
	static double[][] nullVector(final double[][] a, final double omega, final boolean transpose) {
		final int n = a.length;
		final double[][] br = new double[n + 1][n + 1], bi = new double[n + 1][n + 1];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++)
				br[i][j] = transpose ? a[j][i] : a[i][j];
			bi[i][i] = transpose ? omega : -omega;
			// Border vectors b = c: an irrational-looking, never-zero pattern.
			br[i][n] = br[n][i] = 1 + 0.37 * i + 0.11 * i * i;
		}
		final double[] rr = new double[n + 1], ri = new double[n + 1];
		rr[n] = 1;
		final double[][] sol = solveComplex(br, bi, rr, ri);
		final double[][] v = new double[2][n];
		System.arraycopy(sol[0], 0, v[0], 0, n);
		System.arraycopy(sol[1], 0, v[1], 0, n);
		return v;
	}

	/** {@code ⟨p, q⟩ = Σ conj(p_i) q_i} as {re, im}. */
	static double[] dot(final double[][] p, final double[][] q) {
		double re = 0, im = 0;
		for (int i = 0; i < p[0].length; i++) {
			re += p[0][i] * q[0][i] + p[1][i] * q[1][i];
			im += p[0][i] * q[1][i] - p[1][i] * q[0][i];
		}
		return new double[] { re, im };
	}

	/** The n × n identity. */
	static double[][] identity(final int n) {
		final double[][] m = new double[n][n];
		for (int i = 0; i < n; i++)
			m[i][i] = 1;
		return m;
	}

	/** The product a·b of square matrices. */
	static double[][] multiply(final double[][] a, final double[][] b) {
		final int n = a.length;
		final double[][] c = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				for (int l = 0; l < n; l++)
					c[i][j] += a[i][l] * b[l][j];
		return c;
	}

	/** -g, as a new array. */
	static double[] negate(final double[] g) {
		final double[] out = new double[g.length];
		for (int i = 0; i < g.length; i++)
			out[i] = -g[i];
		return out;
	}

	/** Scales t to unit Euclidean length, in place. */
	static void normalise(final double[] t) {
		double n = 0;
		for (final double x : t)
			n += x * x;
		n = Math.sqrt(n);
		for (int i = 0; i < t.length; i++)
			t[i] /= n;
	}
}
