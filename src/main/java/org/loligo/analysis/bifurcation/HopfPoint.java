package org.loligo.analysis.bifurcation;

/**
 * A Hopf bifurcation point: an equilibrium whose Jacobian has a pair ±iω on the imaginary axis.
 *
 * @param equilibrium   the equilibrium at the bifurcation (its parameter is the Hopf value)
 * @param omega         ω = Im λ of the critical pair, rad/ms
 * @param firstLyapunov l1 ({@link FirstLyapunov}); &lt; 0 supercritical, &gt; 0 subcritical
 */
public record HopfPoint(Equilibrium equilibrium, double omega, double firstLyapunov) {

	/** The swept parameter's value at the bifurcation. */
	public double parameter() {
		return equilibrium.parameter();
	}

	/** Frequency of the small oscillations born here, Hz: ω/2π per ms × 1000. */
	public double frequencyHz() {
		return omega / (2 * Math.PI) * 1000;
	}

	/** "subcritical" (l1 &gt; 0) or "supercritical" (l1 &lt; 0). */
	public String type() {
		return firstLyapunov > 0 ? "subcritical" : "supercritical";
	}
}
