package org.loligo.engine.noise;

/**
 * Additive noise current on the membrane, applied after the deterministic part of each step
 * (Euler–Maruyama, Itô). For white noise of intensity σ (µA/cm²·ms^½):
 * <pre>
 *   V ← V + (σ / C) · sqrt(dt) · ξ,   ξ ~ N(0, 1) drawn independently per neuron and step
 * </pre>
 * so that the variance of the noise-driven increment of V over a time T is (σ/C)²·T.
 *
 * @param sigma white-noise intensity σ in µA/cm²·ms^½ (0 = no noise)
 */
public record CurrentNoise(double sigma) {

	/** No noise. */
	public static final CurrentNoise NONE = new CurrentNoise(0);

	public CurrentNoise {
		if (!(sigma >= 0) || !Double.isFinite(sigma))
			throw new IllegalArgumentException("noiseSigma must be >= 0 µA/cm²·ms^½ and finite, got " + sigma);
	}

	public boolean isNone() {
		return sigma == 0;
	}
}
