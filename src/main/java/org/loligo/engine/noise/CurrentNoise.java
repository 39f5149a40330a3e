package org.loligo.engine.noise;

import java.util.Locale;

/**
 * Additive noise current on the membrane, one independent realisation per neuron, drawn from the
 * neuron's own random stream. Two kinds, written out in Itô form with the {@code sqrt(dt)} in sight
 * (ξ ~ N(0, 1), a fresh draw per neuron and step):
 * <ul>
 * <li><b>white</b>, intensity σ in µA/cm²·ms^½. Euler–Maruyama: after the deterministic part of the
 * step, {@code V ← V + (σ / C)·sqrt(dt)·ξ}, so that the noise-driven variance of V grows as
 * (σ/C)²·t.</li>
 * <li><b>ou</b> (Ornstein–Uhlenbeck), stationary standard deviation σ in µA/cm² and correlation time
 * τ in ms: {@code dI = -I/τ·dt + σ·sqrt(2/τ)·dW}. Its exact update over one step is
 * {@code I ← a·I + σ·sqrt(1 - a²)·ξ} with {@code a = exp(-dt/τ)} (Gillespie 1996, Phys Rev E 54:2084),
 * so its moments are right at any dt. I starts from its stationary law N(0, σ²) and is held
 * constant over each step as part of the injected current.</li>
 * </ul>
 * NB: σ means different things for the two kinds (an intensity, a standard deviation), which is why
 * the kind is always given with it. An OU current with σ_ou = σ_white / sqrt(2τ) has the
 * white noise of intensity σ_white as its limit τ → 0 (its spectral density at 0 is 2σ_ou²τ).
 *
 * <p>
 * Either kind may have a σ of its own for each neuron ({@link #white(double[])}, {@link #ou(double[],
 * double)}): neuron i then gets {@code (σ_i / C)·sqrt(dt)·ξ_i}, or an OU current of SD σ_i, from its own
 * stream, exactly what it gets in a run where every neuron has σ_i (the population runner and the
 * network share one drive, {@code NoiseDrive}, which reads σ per neuron for both kinds).
 *
 * @param kind      none, white or ou
 * @param sigma     white: intensity in µA/cm²·ms^½; ou: stationary SD in µA/cm²; ≥ 0; with per-neuron
 *                  values, their largest
 * @param tau       ou: correlation time in ms (> 0); ignored otherwise
 * @param perNeuron σ of each neuron (≥ 0, units as {@code sigma}), or null when all have {@code sigma}
 */
public record CurrentNoise(Kind kind, double sigma, double tau, double[] perNeuron) {

	/** The kinds, by the names users select them with. */
	public enum Kind {
		NONE, WHITE, OU;

		/** "none", "white" or "ou". */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The kind called {@code name} (case-insensitive); the error names the parameter {@code noise}. */
		public static Kind byName(final String name) {
			for (final Kind k : values())
				if (k.label().equalsIgnoreCase(name == null ? "" : name.trim())) return k;
			throw new IllegalArgumentException("noise: unknown kind '" + name + "'; accepted: none, white, ou");
		}
	}

	/** No noise. */
	public static final CurrentNoise NONE = new CurrentNoise(Kind.NONE, 0, 0);

	public CurrentNoise {
		if (kind == null) kind = Kind.NONE;
		if (perNeuron != null) {
			if (kind == Kind.NONE) throw new IllegalArgumentException("noiseSigmas: per-neuron σ need noise white or " +
				"ou, got noise none");
			perNeuron = perNeuron.clone();
			double max = 0;
			for (int i = 0; i < perNeuron.length; i++) {
				if (!(perNeuron[i] >= 0) || !Double.isFinite(perNeuron[i])) throw new IllegalArgumentException(
					"noiseSigmas: the σ of neuron " + i + " must be >= 0 and finite (" + unit(kind) + "), got " +
						perNeuron[i]);
				max = Math.max(max, perNeuron[i]);
			}
			sigma = max;
		}
		if (!(sigma >= 0) || !Double.isFinite(sigma)) throw new IllegalArgumentException(
			"noiseSigma must be >= 0 and finite (" + unit(kind) + "), got " + sigma);
		if (kind == Kind.OU && (!(tau > 0) || !Double.isFinite(tau)))
			throw new IllegalArgumentException("noiseTau must be > 0 ms and finite for OU noise, got " + tau);
	}

	/** The unit of σ for a kind: µA/cm²·ms^½ (white, an intensity) or µA/cm² (ou, a standard deviation). */
	public static String unit(final Kind kind) {
		return kind == Kind.OU ? "µA/cm²" : "µA/cm²·ms^½";
	}

	/** Noise of one σ for every neuron. */
	public CurrentNoise(final Kind kind, final double sigma, final double tau) {
		this(kind, sigma, tau, null);
	}

	/** White noise of intensity σ (µA/cm²·ms^½); σ = 0 is no noise. */
	public CurrentNoise(final double sigma) {
		this(Kind.WHITE, sigma, 0);
	}

	/** White noise with intensity σ_i for neuron i, µA/cm²·ms^½. */
	public static CurrentNoise white(final double[] sigmas) {
		return new CurrentNoise(Kind.WHITE, 0, 0, sigmas);
	}

	/** OU current with stationary SD σ_i (µA/cm²) for neuron i and correlation time τ (ms). */
	public static CurrentNoise ou(final double[] sigmas, final double tau) {
		return new CurrentNoise(Kind.OU, 0, tau, sigmas);
	}

	/** σ of neuron i (µA/cm²·ms^½ for white noise, µA/cm² for OU). */
	public double sigmaOf(final int i) {
		return perNeuron == null ? sigma : perNeuron[i];
	}

	@Override
	public double[] perNeuron() {
		return perNeuron == null ? null : perNeuron.clone();
	}

	/** White noise of intensity σ, µA/cm²·ms^½. */
	public static CurrentNoise white(final double sigma) {
		return new CurrentNoise(Kind.WHITE, sigma, 0);
	}

	/** Ornstein–Uhlenbeck current with stationary SD σ (µA/cm²) and correlation time τ (ms). */
	public static CurrentNoise ou(final double sigma, final double tau) {
		return new CurrentNoise(Kind.OU, sigma, tau);
	}

	/** The noise a command's {@code noise}, {@code noiseSigma} and {@code noiseTau} parameters ask for. */
	public static CurrentNoise of(final String kind, final double sigma, final double tau) {
		final Kind k = Kind.byName(kind);
		return k == Kind.NONE ? NONE : new CurrentNoise(k, sigma, tau);
	}

	public boolean isNone() {
		return kind == Kind.NONE || sigma == 0;
	}

	public boolean isWhite() {
		return kind == Kind.WHITE && sigma > 0;
	}

	public boolean isOu() {
		return kind == Kind.OU && sigma > 0;
	}

	/** OU: the decay factor {@code a = exp(-dt/τ)} of one step. */
	public double ouDecay(final double dt) {
		return Math.exp(-dt / tau);
	}

	/** OU: the standard deviation {@code σ_i·sqrt(1 - a²)} of one step's fresh part, for neuron i. */
	public double ouKick(final int i, final double dt) {
		return sigmaOf(i) * Math.sqrt(-Math.expm1(-2 * dt / tau));
	}
}
