package org.loligo.analysis.bifurcation;

/**
 * One equilibrium of a neuron model at one parameter value, with the spectrum of its Jacobian.
 *
 * @param parameter the swept parameter's value (its own unit, see {@link SweepParameter})
 * @param state     (V in mV, then the state gates in the model's order), gates at x∞(V)
 * @param eigRe     real parts of the n Jacobian eigenvalues, 1/ms
 * @param eigIm     imaginary parts, rad/ms
 */
public record Equilibrium(double parameter, double[] state, double[] eigRe, double[] eigIm) {

	/** The equilibrium of {@code field} at potential {@code v} (mV), with its eigenvalues. */
	static Equilibrium at(final ModelField field, final double parameter, final double v) {
		final int n = field.dimension();
		final double[] x = new double[n];
		field.steadyState(v, x);
		final double[][] j = new double[n][n];
		field.jacobian(x, j);
		final double[][] ev = SmallLinear.eigenvalues(j);
		return new Equilibrium(parameter, x, ev[0], ev[1]);
	}

	/** Membrane potential, mV. */
	public double v() {
		return state[0];
	}

	/** The largest real part of any eigenvalue, 1/ms. */
	public double maxRealEigenvalue() {
		double m = Double.NEGATIVE_INFINITY;
		for (final double r : eigRe)
			m = Math.max(m, r);
		return m;
	}

	/** Linearly stable: every eigenvalue in the open left half-plane. */
	public boolean stable() {
		return maxRealEigenvalue() < 0;
	}

	/** Index of the eigenvalue with Im &gt; 0 whose real part is largest, or -1 if all are real. */
	public int criticalPair() {
		int best = -1;
		for (int i = 0; i < eigRe.length; i++)
			if (eigIm[i] > 0 && (best < 0 || eigRe[i] > eigRe[best])) best = i;
		return best;
	}

	/** Re λ of {@link #criticalPair} (the Hopf test function), NaN when all eigenvalues are real. */
	public double hopfTest() {
		final int i = criticalPair();
		return i < 0 ? Double.NaN : eigRe[i];
	}
}
