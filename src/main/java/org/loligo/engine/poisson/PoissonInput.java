package org.loligo.engine.poisson;

import java.util.Locale;

/**
 * The Poisson drive of one neuron: {@code excitatoryInputs} and {@code inhibitoryInputs} independent
 * Poisson trains, each at {@code inputRate} Hz, each presynaptic spike transmitted with probability
 * {@code releaseProbability}.
 * <p>
 * Per step of dt ms an input spikes with probability {@code q = inputRate·dt/1000} (at most one spike per
 * input and step: the Bernoulli discretisation of a Poisson train, exact as dt → 0) and a spike is
 * released with probability p, so the transmitted count of a group of N inputs in a step is exactly
 * {@code Binomial(N, q·p)} (thinning and superposition of independent Bernoulli trials).
 *
 * @param excitatoryInputs   N_E ≥ 0
 * @param inhibitoryInputs   N_I ≥ 0
 * @param inputRate          rate of every input, Hz (≥ 0; with dt, {@code inputRate·dt/1000 ≤ 1})
 * @param releaseProbability p in [0, 1]
 * @param mode               how the counts are drawn, see {@link Mode}
 */
public record PoissonInput(int excitatoryInputs, int inhibitoryInputs, double inputRate,
	double releaseProbability, Mode mode)
{

	/** How the per-step counts are drawn; both give the same distribution. */
	public enum Mode {
		/** One exact Binomial(N, q·p) draw per group and step: cost independent of N. */
		SUPERPOSED,
		/** Every input simulated (Bernoulli(q) spike, then Bernoulli(p) release): cost ∝ N, recordable. */
		EXPLICIT;

		/** The mode by name, case-insensitive ("superposed", "explicit"). */
		public static Mode parse(final String s) {
			for (final Mode m : values())
				if (m.name().equalsIgnoreCase(s == null ? "" : s.trim())) return m;
			throw new IllegalArgumentException("inputMode: unknown mode '" + s + "'; accepted: superposed, explicit");
		}

		/** The name users type. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public PoissonInput {
		if (excitatoryInputs < 0) throw new IllegalArgumentException(
			"excitatoryInputs must be >= 0, got " + excitatoryInputs);
		if (inhibitoryInputs < 0) throw new IllegalArgumentException(
			"inhibitoryInputs must be >= 0, got " + inhibitoryInputs);
		if (!(inputRate >= 0) || !Double.isFinite(inputRate)) throw new IllegalArgumentException(
			"inputRate must be >= 0 Hz and finite, got " + inputRate);
		if (!(releaseProbability >= 0 && releaseProbability <= 1)) throw new IllegalArgumentException(
			"releaseProbability must be in [0, 1], got " + releaseProbability);
		if (mode == null) throw new IllegalArgumentException("inputMode must be given (superposed or explicit)");
	}

	/** Probability that one input spikes in a step of dt ms; checked ≤ 1 by {@link PoissonSpec}. */
	public double spikeProbability(final double dt) {
		return inputRate * dt / 1000.0;
	}

	/** Probability that one input delivers a transmitted spike in a step of dt ms: q·p. */
	public double transmitProbability(final double dt) {
		return spikeProbability(dt) * releaseProbability;
	}
}
