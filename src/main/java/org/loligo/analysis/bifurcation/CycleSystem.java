package org.loligo.analysis.bifurcation;

/**
 * The multiple-shooting system of a periodic orbit for {@link CycleContinuation}: K points in the state
 * space, the period T and the parameter p, scaled by {@code sigma}; its residual — each segment of T/K
 * ends at the next point, a phase condition against a reference point, an arclength condition against
 * the previous point — and its Jacobian, from each segment's monodromy, ∂x/∂T and ∂x/∂p
 * ({@link Shooting}).
 */
final class CycleSystem {

	private static final int K = CycleContinuation.K;

	private final ModelField base;
	private final SweepParameter param;
	private final double[] sigma;
	private final Shooting shooting;
	private final int n, dim, iT, iP;

	/** Of the last {@link #evaluate}: monodromy matrix and V range (mV) of the whole orbit. */
	double[][] monodromy;
	double vMin, vMax;

	CycleSystem(final ModelField base, final SweepParameter param, final double[] sigma, final Shooting shooting) {
		this.base = base;
		this.param = param;
		this.sigma = sigma;
		this.shooting = shooting;
		n = base.dimension();
		iT = n * K;
		iP = iT + 1;
		dim = iT + 2;
	}

	/**
	 * Residual into g and the scaled Jacobian; leaves the orbit's monodromy matrix (product of the
	 * segments' Φ) and V range in {@link #monodromy}, {@link #vMin}, {@link #vMax}; {@code prevU, prevT} are the previous point and
	 * its unit tangent (the arclength condition).
	 */
	double[][] evaluate(final double[] u, final double[] g, final double[] prevU, final double[] prevT,
		final double ds,
		final double[] xRef, final double[] fRef, final int steps)
	{
		final double period = u[iT] * sigma[iT], p = u[iP] * sigma[iP];
		final ModelField field = base.with(param, p);
		final double[][] jac = new double[dim][dim];
		final double[] xk = new double[n];
		double[][] mono = SmallLinear.identity(n);
		vMin = Double.POSITIVE_INFINITY;
		vMax = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < K; k++) {
			final int row = n * k, next = n * ((k + 1) % K);
			for (int i = 0; i < n; i++)
				xk[i] = u[row + i] * sigma[i];
			shooting.run(field, param, xk, period / K, steps);
			vMin = Math.min(vMin, shooting.vMin);
			vMax = Math.max(vMax, shooting.vMax);
			mono = SmallLinear.multiply(shooting.monodromy, mono);
			for (int i = 0; i < n; i++) {
				g[row + i] = (shooting.x1[i] - u[next + i] * sigma[i]) / sigma[i];
				for (int j = 0; j < n; j++)
					jac[row + i][row + j] += shooting.monodromy[i][j] * sigma[j] / sigma[i];
				jac[row + i][next + i] -= 1;
				// The segment lasts T/K, so ∂x_end/∂T is 1/K of the segment's own derivative.
				jac[row + i][iT] = shooting.dxdT[i] / K * sigma[iT] / sigma[i];
				jac[row + i][iP] = shooting.dxdp[i] * sigma[iP] / sigma[i];
			}
		}
		monodromy = mono;
		double phase = 0, arc = -ds;
		for (int i = 0; i < n; i++) {
			phase += fRef[i] * (u[i] * sigma[i] - xRef[i]);
			jac[iT][i] = fRef[i] * sigma[i];
		}
		for (int i = 0; i < dim; i++) {
			arc += (u[i] - prevU[i]) * prevT[i];
			jac[iP][i] = prevT[i];
		}
		g[iT] = phase;
		g[iP] = arc;
		return jac;
	}
}
