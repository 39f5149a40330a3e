package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.Scheme;
import org.loligo.engine.sim.Stepper;

/**
 * HH with channel noise: a stochastic {@link Scheme} that replaces the deterministic open fractions
 * m³h and n⁴ by those of a finite patch of channels ({@link ChannelPatch}), by one of three methods:
 * <ul>
 * <li>{@code fox-lu}: subunit Langevin equations for m, h, n (Fox &amp; Lu 1994), see
 * {@link FoxLuStepper};</li>
 * <li>{@code diffusion}: channel-based diffusion approximation of the 8-state Na and 5-state K chains,
 * one noise term per transition pair (Orio &amp; Soudry 2012), see {@link DiffusionStepper};</li>
 * <li>{@code markov}: the channel Markov chains themselves, exact at frozen V over each step, see
 * {@link MarkovStepper}.</li>
 * </ul>
 * All three take the same step: channels from t to t + dt at V(t), then V by exponential Euler at the
 * new open fractions (see {@link ChannelStepper}); dt in ms, currents in µA/cm². As the area grows all
 * three converge to the deterministic HH model ({@code markov} and {@code diffusion} to it exactly in
 * the limit, with the same staggered exponential-Euler arithmetic for V as exp-euler; {@code fox-lu}
 * reduces to exp-euler itself). Neuron i draws only from {@code streams[i]}.
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
		final HHModel model = nm.hh();
		if (model == null) throw new IllegalArgumentException(unsupported(nm));
		if (streams == null || streams.length == 0) throw new IllegalArgumentException(
			"channelNoise=" + name() + " needs one random stream per neuron");
		if (!(dt > 0) || !Double.isFinite(dt)) throw new IllegalArgumentException("dt must be > 0 ms and finite, got " + dt);
		return switch (method) {
			case FOX_LU -> new FoxLuStepper(model, dt, patch, streams, rateTables);
			case DIFFUSION -> new DiffusionStepper(model, dt, patch, streams, rateTables);
			case MARKOV -> new MarkovStepper(model, dt, patch, streams, rateTables);
		};
	}

	/** Channel noise is built on the HH chains (Na m³h: 8 states, K n⁴: 5 states). */
	@Override
	public boolean supports(final NeuronModel model) {
		return model.hh() != null;
	}

	/** The refusal for a model of another shape. */
	public static String unsupported(final NeuronModel model) {
		return "channelNoise: model " + model.name() + " does not have the HH shape (Na m³h, K n⁴, a leak) that " +
			"the channel chains are built for; use noise=white or noise=ou with channelNoise=none, or a model " +
			"of that shape (HH1952, HH1952-gL0.03, TraubMiles)";
	}

	@Override
	public String toString() {
		return name() + " (area " + patch.areaUm2() + " µm², " + patch.naChannels() + " Na, " + patch.kChannels() +
			" K channels)";
	}
}
