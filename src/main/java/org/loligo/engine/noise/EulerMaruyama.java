package org.loligo.engine.noise;

/**
 * The Euler–Maruyama scheme for an Itô SDE with diagonal noise, written out:
 * <pre>
 *   dX = a(t, X)·dt + b(t, X)·dW,     X' = X + a(t, X)·dt + b(t, X)·ΔW,   ΔW = sqrt(dt)·ξ,  ξ ~ N(0, I)
 * </pre>
 * (component-wise product {@code b·ΔW}: component k is driven by its own Wiener process W_k). Strong
 * order ½ and weak order 1 in general; strong order 1 for additive noise (b independent of X), which is
 * the case of the current noise on V in the HH engine (Kloeden &amp; Platen 1992, §10.2, §14.1; Higham
 * 2001, SIAM Rev 43:525).
 * <p>
 * The HH simulation inlines this step in its own loop (deterministic part by the chosen scheme, then
 * {@code + (σ/C)·sqrt(dt)·ξ}); this class is the reference it is tested against, and a way to integrate
 * one's own small SDE with Loligo's reproducible streams.
 */
public final class EulerMaruyama {

	/** The right-hand side of an SDE in {@code dimension()} components with diagonal noise. */
	public interface Sde {

		int dimension();

		/** Drift a(t, x) into out. */
		void drift(double t, double[] x, double[] out);

		/** Diffusion b(t, x) into out (one coefficient per component). */
		void diffusion(double t, double[] x, double[] out);
	}

	private final Sde sde;
	private final double[] a, b;

	public EulerMaruyama(final Sde sde) {
		this.sde = sde;
		a = new double[sde.dimension()];
		b = new double[sde.dimension()];
	}

	/**
	 * Advances x (in place) from t to t + dt given the Wiener increments {@code dW[k] = W_k(t + dt) - W_k(t)}
	 * (each ~ N(0, dt)). Not thread-safe: one instance per thread.
	 */
	public void step(final double t, final double[] x, final double dt, final double[] dW) {
		if (!(dt > 0)) throw new IllegalArgumentException("dt must be > 0, got " + dt);
		sde.drift(t, x, a);
		sde.diffusion(t, x, b);
		for (int k = 0; k < x.length; k++)
			x[k] += a[k] * dt + b[k] * dW[k];
	}
}
