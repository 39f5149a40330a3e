package org.loligo.analysis.bifurcation;

/**
 * One periodic orbit (limit cycle) of a neuron model at one parameter value.
 *
 * @param parameter the swept parameter's value
 * @param period    T, ms
 * @param x0        a point on the orbit (V mV, then the state gates), fixed by the shooting phase condition
 * @param vMin      lowest V over the orbit, mV
 * @param vMax      highest V over the orbit, mV
 * @param floquetRe real parts of the n Floquet multipliers (eigenvalues of the monodromy matrix)
 * @param floquetIm their imaginary parts
 */
public record PeriodicOrbit(double parameter, double period, double[] x0, double vMin, double vMax,
	double[] floquetRe, double[] floquetIm)
{

	/** Index of the trivial multiplier: the one closest to 1 (it is 1 exactly for the exact flow). */
	public int trivial() {
		int best = 0;
		for (int i = 1; i < floquetRe.length; i++)
			if (Math.hypot(floquetRe[i] - 1, floquetIm[i]) < Math.hypot(floquetRe[best] - 1, floquetIm[best])) best = i;
		return best;
	}

	/** Largest modulus of the non-trivial multipliers. */
	public double maxNontrivialModulus() {
		final int t = trivial();
		double m = 0;
		for (int i = 0; i < floquetRe.length; i++)
			if (i != t) m = Math.max(m, Math.hypot(floquetRe[i], floquetIm[i]));
		return m;
	}

	/** Orbitally stable: every non-trivial multiplier strictly inside the unit circle. */
	public boolean stable() {
		return maxNontrivialModulus() < 1;
	}
}
