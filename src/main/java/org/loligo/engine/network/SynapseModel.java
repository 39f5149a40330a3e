package org.loligo.engine.network;

import java.util.List;
import java.util.Locale;

/**
 * How neurons act on each other, chosen by name ({@code synapse=...}). w is the weight of a connection
 * (the coupling strength times the topology's or matrix's entry); V the postsynaptic and V_pre the
 * presynaptic potential (mV); times in ms.
 * <ul>
 * <li>{@code sigmoid}: the continuous gate of coupled-HH textbooks (Ermentrout &amp; Terman 2010,
 * <i>Mathematical Foundations of Neuroscience</i>, ch. 7; Börgers 2017, <i>An Introduction to Modeling
 * Neuronal Dynamics</i>, ch. 20), one gate s per presynaptic neuron, starting closed (s = 0):
 * {@code ds/dt = a·(1 - s)/(1 + exp(-(V_pre - θ)/σ)) - s/τ}, current {@code w·s·(E - V)}; w in
 * mS/cm².</li>
 * <li>{@code rise-decay}: on each presynaptic spike the conductance gains
 * {@code w·N·(exp(-t/τdecay) - exp(-t/τrise))}, N normalising the peak to w (AMPA/GABA-like); current
 * {@code g·(E - V)}; w in mS/cm².</li>
 * <li>{@code exponential}: on each presynaptic spike the conductance jumps by w and decays as
 * {@code exp(-t/τ)}; current {@code g·(E - V)}; w in mS/cm².</li>
 * <li>{@code kick}: on each presynaptic spike V jumps by w (mV).</li>
 * <li>{@code gap}: electrical junction, current {@code w·(V_pre - V)} (µA/cm², w in mS/cm²); instantaneous,
 * so no delay.</li>
 * </ul>
 *
 * @param kind     one of {@link #KINDS}
 * @param reversal E, mV (conductance synapses)
 * @param tau      decay time constant τ (sigmoid, exponential) or τdecay (rise-decay), ms
 * @param tauRise  rise time constant of rise-decay, ms (&lt; τdecay)
 * @param rate     a of the sigmoid gate, 1/ms
 * @param theta    θ of the sigmoid, mV
 * @param sigma    σ of the sigmoid, mV
 */
public record SynapseModel(String kind, double reversal, double tau, double tauRise, double rate, double theta,
	double sigma)
{

	public static final List<String> KINDS = List.of("sigmoid", "rise-decay", "exponential", "kick", "gap");

	public SynapseModel {
		kind = kind == null ? "" : kind.trim().toLowerCase(Locale.ROOT);
		if (!KINDS.contains(kind)) throw new IllegalArgumentException("synapse: unknown synapse '" + kind +
			"'; accepted: " + String.join(", ", KINDS));
		if (!Double.isFinite(reversal)) throw new IllegalArgumentException(
			"synapseReversal must be a finite potential in mV, got " + reversal);
		if (!(tau > 0) || !Double.isFinite(tau)) throw new IllegalArgumentException(
			"synapseTau must be > 0 ms and finite, got " + tau);
		if (kind.equals("rise-decay") && (!(tauRise > 0) || !(tauRise < tau))) throw new IllegalArgumentException(
			"synapseTauRise must be > 0 ms and < synapseTau (" + tau + " ms), got " + tauRise);
		if (kind.equals("sigmoid")) {
			if (!(rate >= 0) || !Double.isFinite(rate)) throw new IllegalArgumentException(
				"synapseRate must be >= 0 per ms and finite, got " + rate);
			if (!Double.isFinite(theta)) throw new IllegalArgumentException(
				"synapseTheta must be a finite potential in mV, got " + theta);
			if (!(sigma > 0) || !Double.isFinite(sigma)) throw new IllegalArgumentException(
				"synapseSigma must be > 0 mV and finite, got " + sigma);
		}
	}

	/** The sigmoid gate with the defaults of the command (a = 2/ms, θ = 0 mV, σ = 2 mV, τ = 5 ms, E = 0 mV). */
	public static SynapseModel sigmoid() {
		return new SynapseModel("sigmoid", 0, 5, 1, 2, 0, 2);
	}

	/** An exponential conductance synapse with reversal E (mV) and decay τ (ms). */
	public static SynapseModel exponential(final double reversal, final double tau) {
		return new SynapseModel("exponential", reversal, tau, 0, 0, 0, 1);
	}

	/** A voltage kick (its size is the connection's weight, mV). */
	public static SynapseModel kick() {
		return new SynapseModel("kick", 0, 1, 0, 0, 0, 1);
	}

	/**
	 * {@code exp(-dt/τ)}: the exact factor by which an event conductance decays over a step (τdecay for
	 * rise-decay; {@link #riseFactor} for its rise).
	 */
	public double decayFactor(final double dt) {
		return Math.exp(-dt / tau);
	}

	/** {@code exp(-dt/τrise)}: the exact per-step factor of rise-decay's rising component. */
	public double riseFactor(final double dt) {
		return Math.exp(-dt / tauRise);
	}

	/**
	 * {@code (τ/dt)(1 - exp(-dt/τ))}: the mean over a step of a conductance that starts the step at 1 and
	 * decays exactly (the Poisson neuron integrates with this mean, so that a short τ is not overweighted).
	 */
	public double stepMean(final double dt) {
		return -Math.expm1(-dt / tau) * tau / dt;
	}

	/** Whether the synapse acts on presynaptic spikes (through delays and the ring buffer). */
	public boolean isEvent() {
		return kind.equals("rise-decay") || kind.equals("exponential") || kind.equals("kick");
	}

	/** Whether it is a conductance with reversal {@link #reversal} (so weights must be >= 0). */
	public boolean isConductance() {
		return !kind.equals("kick");
	}

	/** Unit of the weights: mV for kicks, mS/cm² otherwise. */
	public String weightUnit() {
		return kind.equals("kick") ? "mV" : "mS/cm²";
	}

	/**
	 * Peak normaliser N of rise-decay: {@code 1/(exp(-tp/τd) - exp(-tp/τr))} at the time of the peak
	 * {@code tp = τd·τr/(τd - τr)·ln(τd/τr)}.
	 */
	public double peakNormaliser() {
		final double tp = tau * tauRise / (tau - tauRise) * Math.log(tau / tauRise);
		return 1.0 / (Math.exp(-tp / tau) - Math.exp(-tp / tauRise));
	}

	/** A short description with the constants that matter, for summaries. */
	public String describe() {
		return switch (kind) {
			case "sigmoid" -> String.format(Locale.ROOT, "sigmoid(a=%s/ms, theta=%s mV, sigma=%s mV, tau=%s ms, E=%s mV)",
				rate, theta, sigma, tau, reversal);
			case "rise-decay" -> String.format(Locale.ROOT, "rise-decay(tauRise=%s ms, tauDecay=%s ms, E=%s mV)", tauRise,
				tau, reversal);
			case "exponential" -> String.format(Locale.ROOT, "exponential(tau=%s ms, E=%s mV)", tau, reversal);
			case "kick" -> "kick(mV)";
			default -> "gap";
		};
	}
}
