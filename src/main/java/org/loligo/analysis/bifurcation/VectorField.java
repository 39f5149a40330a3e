package org.loligo.analysis.bifurcation;

/**
 * An autonomous vector field {@code dx/dt = f(x)} on R^n with its Jacobian, the minimum that the
 * normal-form computations ({@link FirstLyapunov}) need. Implementations are immutable; the output
 * arrays are the caller's (no allocation per call).
 */
public interface VectorField {

	/** The dimension n of the state. */
	int dimension();

	/** Writes {@code f(x)} into {@code out} (length n). */
	void rhs(double[] x, double[] out);

	/** Writes the Jacobian {@code ∂f_i/∂x_j} into {@code j} (n × n). */
	void jacobian(double[] x, double[][] j);
}
