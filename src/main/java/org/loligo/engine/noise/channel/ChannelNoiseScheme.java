package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.model.Channel;
import org.loligo.engine.model.Gate;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.Scheme;
import org.loligo.engine.sim.Stepper;

/**
 * Channel noise: a stochastic {@link Scheme} that replaces a model's deterministic open fractions
 * (m³h, n⁴, a³b, …) by those of a finite patch of channels ({@link ChannelPatch}), each gated channel a
 * Markov chain derived from its gate exponents ({@link ChannelChains}), by one of three methods:
 * <ul>
 * <li>{@code fox-lu}: subunit Langevin equations for every state gate (Fox &amp; Lu 1994), see
 * {@link FoxLuStepper};</li>
 * <li>{@code diffusion}: channel-based diffusion approximation of the chains (HH: 8-state Na, 5-state K),
 * one noise term per transition pair (Orio &amp; Soudry 2012), see {@link DiffusionStepper};</li>
 * <li>{@code markov}: the channel Markov chains themselves, exact at frozen V over each step, see
 * {@link MarkovStepper}.</li>
 * </ul>
 * All three take the same step: channels from t to t + dt at V(t), then V by exponential Euler at the
 * new open fractions (see {@link ChannelStepper}); dt in ms, currents in µA/cm². As the area grows all
 * three converge to the deterministic model ({@code markov} and {@code diffusion} to it exactly in
 * the limit, with the same staggered exponential-Euler arithmetic for V as exp-euler; {@code fox-lu}
 * reduces to exp-euler itself). Neuron i draws only from {@code streams[i]}.
 * <p>
 * Steppers: HH-shaped models (Na m³h, K n⁴, a leak: {@link HHModel}) run the specialised
 * {@link FoxLuStepper}, {@link DiffusionStepper}, {@link MarkovStepper}; every other model the generic
 * {@link GenericFoxLu}, {@link GenericDiffusion}, {@link GenericMarkov}, which follow the same steps over
 * any chains (on HH, generic fox-lu gives the specialised doubles and diffusion the same path up to
 * rounding, {@code GenericStepperHHTest}; markov the same distributions, {@code GenericFiringRateTest},
 * {@code GenericClampStatisticsTest}).
 */
public final class ChannelNoiseScheme implements Scheme {

	/** The three methods, by the name users select them with. */
	public enum Method {
		FOX_LU("fox-lu"), DIFFUSION("diffusion"), MARKOV("markov");

		private final String label;

		Method(final String label) {
			this.label = label;
		}

		/** The name users select it by. */
		public String label() {
			return label;
		}
	}

	private final Method method;
	private final ChannelPatch patch;

	public ChannelNoiseScheme(final Method method, final ChannelPatch patch) {
		if (method == null) throw new IllegalArgumentException("channelNoise must be given");
		if (patch == null) throw new IllegalArgumentException("area must be given (channel patch)");
		this.method = method;
		this.patch = patch;
	}

	public Method method() {
		return method;
	}

	public ChannelPatch patch() {
		return patch;
	}

	@Override
	public String name() {
		return method.label();
	}

	/** 1: V and the channel state are frozen at t over each step (weak order of the noise terms ≤ 1). */
	@Override
	public int order() {
		return 1;
	}

	/** True: this scheme draws random numbers and needs one stream per neuron. */
	@Override
	public boolean stochastic() {
		return true;
	}

	/**
	 * Not usable: channel noise needs random streams.
	 *
	 * @throws IllegalStateException always; use the four-argument prepare
	 */
	@Override
	public Stepper prepare(final NeuronModel model, final double dt, final boolean rateTables) {
		throw new IllegalStateException("channelNoise=" + name() + " is stochastic: prepare it with one random " +
			"stream per neuron");
	}

	/**
	 * A stepper for a population of {@code streams.length} neurons; neuron i draws from streams[i].
	 * With {@code rateTables} the per-step transition probabilities are interpolated in a table on a
	 * 1/16 mV grid (see {@link SubunitTable}), else computed exactly at every step.
	 */
	@Override
	public Stepper prepare(final NeuronModel nm, final double dt, final boolean rateTables,
		final UniformRandomProvider[] streams)
	{
		final String why = refusal(nm);
		if (why != null) throw new IllegalArgumentException(why);
		if (streams == null || streams.length == 0) throw new IllegalArgumentException(
			"channelNoise=" + name() + " needs one random stream per neuron");
		if (!(dt > 0) || !Double.isFinite(dt)) throw new IllegalArgumentException("dt must be > 0 ms and finite, got " + dt);
		final HHModel model = nm.hh();
		// NB: the specialised steppers need a chain for both Na and K (a channel of gmax 0 may have none).
		if (model != null && patch.count(nm.channels().get(0)) >= 1 && patch.count(nm.channels().get(1)) >= 1)
			return switch (method) {
				case FOX_LU -> new FoxLuStepper(model, dt, patch, streams, rateTables);
				case DIFFUSION -> new DiffusionStepper(model, dt, patch, streams, rateTables);
				case MARKOV -> new MarkovStepper(model, dt, patch, streams, rateTables);
			};
		return generic(method, nm, dt, patch, streams, rateTables);
	}

	/** The generic stepper of a method, for any model (tests run it on HH too). */
	static Stepper generic(final Method method, final NeuronModel model, final double dt, final ChannelPatch patch,
		final UniformRandomProvider[] streams, final boolean rateTables)
	{
		return switch (method) {
			case FOX_LU -> new GenericFoxLu(model, dt, patch, streams, rateTables);
			case DIFFUSION -> new GenericDiffusion(model, dt, patch, streams, rateTables);
			case MARKOV -> new GenericMarkov(model, dt, patch, streams, rateTables);
		};
	}

	/**
	 * Any model with a gate that has a state of its own, whose gated channels this patch gives 1 to 1e9
	 * channels each (see {@link ChannelChains#refusal}).
	 */
	@Override
	public boolean supports(final NeuronModel model) {
		return refusal(model) == null;
	}

	/** Why this scheme cannot run the model, naming the parameter to change, or null if it can. */
	public String refusal(final NeuronModel model) {
		return ChannelChains.refusal(model, patch);
	}

	/**
	 * Fewest channels of one type for which {@code diffusion} is trusted. Measured on HH1952 at I = 0
	 * against {@code markov} (100 trials × 0.5 s): 1 µm² (60 Na, 18 K channels) fires 12 % too fast
	 * (57.0 ± 0.6 against 51.0 ± 0.5 Hz); 3 µm² (54 K) within 3 % (49.0 ± 0.4 against 47.8 ± 0.4), 10 µm²
	 * and up within 2 %. The Gaussian increments misrepresent chains of a few dozen channels, whatever
	 * the boundary rule (the diffusion limit needs many channels).
	 */
	public static final int DIFFUSION_MIN_CHANNELS = 100;

	/**
	 * A warning for a run this scheme can do but not trust, or null: {@code diffusion} on a patch that
	 * gives some gated channel of the model fewer than {@link #DIFFUSION_MIN_CHANNELS} channels names the
	 * channel, its count and the area, and says to use {@code markov}.
	 */
	public String warning(final NeuronModel model) {
		if (method != Method.DIFFUSION || refusal(model) != null) return null;
		for (final Channel c : model.channels()) {
			if (c.gmax() <= 0 || c.gates().stream().noneMatch(Gate::hasState)) continue;
			final long n = patch.count(c);
			if (n < DIFFUSION_MIN_CHANNELS) return "channelNoise=diffusion on area=" + patch.areaUm2() +
				" µm² gives channel " + c.name() + " only " + n + " channels: below " + DIFFUSION_MIN_CHANNELS +
				" the diffusion approximation misrepresents the channel noise (HH1952 fires 12 % too fast at 1 µm²); " +
				"use channelNoise=markov for this area";
		}
		return null;
	}

	@Override
	public String toString() {
		return name() + " (area " + patch.areaUm2() + " µm², " + patch.naDensity() + " Na and " + patch.kDensity() +
			" K channels per µm², other gated channels at " + patch.unitConductance() + " pS)";
	}
}
