package org.loligo.engine.sim;

import java.util.List;

import org.loligo.engine.input.Stimulus;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.record.RecordSpec;

/**
 * A complete, validated description of a run of N independent HH neurons. Every check happens here, in
 * the constructor, so bad input fails before any work starts; messages name the parameter and the
 * accepted range.
 *
 * @param model      neuron type (all neurons share it)
 * @param neurons    population size N ≥ 1
 * @param stimuli    one stimulus shared by all neurons, or one per neuron (size N)
 * @param duration   simulated time, ms (> 0); the run takes ceil(duration/dt) steps
 * @param dt         step, ms (> 0, ≤ duration)
 * @param scheme     integration scheme
 * @param threshold  spike threshold, mV: a spike is an upward crossing of it
 * @param hysteresis re-arming distance, mV (≥ 0): after a spike, detection waits until V has fallen
 *                   below {@code threshold - hysteresis}, so a noisy V that re-crosses the threshold
 *                   within one spike counts once
 * @param record     which traces to keep (spikes are always kept)
 * @param noise      additive current noise (white: Euler–Maruyama; OU: exact update), or
 *                   {@link CurrentNoise#NONE}
 * @param seed       master seed; 0 = pick one (the one used is in the result)
 * @param threads    worker threads, 0 = all cores
 * @param rateTables whether schemes may use rate tables (exp-euler; see {@link RateTable})
 * @param unit       what the command calls one member of the population, for messages: "neurons" (its
 *                   parameters then are {@code neurons}, {@code recordNeurons}) or "trials" ({@code trials},
 *                   {@code recordTrials})
 */
public record SimulationSpec(NeuronModel model, int neurons, List<Stimulus> stimuli, double duration, double dt,
	Scheme scheme, double threshold, double hysteresis, RecordSpec record, CurrentNoise noise, long seed, int threads,
	boolean rateTables, String unit)
{

	/** Upper bound on steps, so that step counters and time arithmetic stay exact. */
	public static final long MAX_STEPS = 1L << 40;

	public SimulationSpec {
		if (model == null) throw new IllegalArgumentException("model must be given");
		if (neurons < 1) throw new IllegalArgumentException("neurons must be >= 1, got " + neurons);
		stimuli = List.copyOf(stimuli);
		if (stimuli.size() != 1 && stimuli.size() != neurons) throw new IllegalArgumentException(
			"stimuli: give one stimulus for all neurons or one per neuron (" + neurons + "), got " + stimuli.size());
		if (!(duration > 0) || !Double.isFinite(duration))
			throw new IllegalArgumentException("duration must be > 0 ms and finite, got " + duration);
		if (!(dt > 0) || !Double.isFinite(dt))
			throw new IllegalArgumentException("dt must be > 0 ms and finite, got " + dt);
		if (dt > duration)
			throw new IllegalArgumentException("dt must be <= duration (" + duration + " ms), got " + dt);
		if (Math.ceil(duration / dt) > MAX_STEPS) throw new IllegalArgumentException(
			"duration/dt must be <= 2^40 steps, got " + Math.ceil(duration / dt) + "; use a larger dt or split the run");
		if (scheme == null) throw new IllegalArgumentException("method must be given");
		if (!scheme.supports(model)) throw new IllegalArgumentException(scheme instanceof
			org.loligo.engine.noise.channel.ChannelNoiseScheme c ? c.refusal(model) : "method: " + scheme.name() +
				" cannot integrate model " + model.name());
		if (!Double.isFinite(threshold))
			throw new IllegalArgumentException("threshold must be a finite voltage in mV, got " + threshold);
		if (!(hysteresis >= 0) || !Double.isFinite(hysteresis))
			throw new IllegalArgumentException("hysteresis must be >= 0 mV and finite, got " + hysteresis);
		if (record == null) record = RecordSpec.spikesOnly();
		for (final org.loligo.engine.record.TraceVariable x : record.variables())
			x.bind(model); // refuses a variable the model does not have
		for (final int id : record.neurons())
			if (id < 0 || id >= neurons) throw new IllegalArgumentException(
				"recorded neuron " + id + " is out of range: neurons are numbered 0.." + (neurons - 1));
		if (noise == null) noise = CurrentNoise.NONE;
		final double[] sigmas = noise.perNeuron();
		if (sigmas != null && sigmas.length != neurons) throw new IllegalArgumentException("noiseSigmas: " +
			sigmas.length + " values for " + neurons + " neurons; give one σ per neuron");
		if (unit == null || unit.isBlank()) unit = "neurons";
		if (threads < 0 || threads > 4096)
			throw new IllegalArgumentException("threads must be in [0, 4096] (0 = all cores), got " + threads);
	}

	/** Number of steps. */
	public long steps() {
		// NB: the small tolerance keeps duration=100, dt=0.1 at 1000 steps despite rounding of 100/0.1.
		return (long) Math.ceil(duration / dt - 1e-9);
	}

	/** Threads that will actually run: {@code threads} (0 = all cores), at most one per neuron. */
	public int effectiveThreads() {
		final int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
		return Math.max(1, Math.min(t, neurons));
	}

	/** The parameter that records the first members' traces: {@code recordNeurons} or {@code recordTrials}. */
	public String recordParameter() {
		return "record" + Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
	}

	/** Default re-arming distance of spike detection, mV. */
	public static final double DEFAULT_HYSTERESIS = 10.0;

	/**
	 * A builder with defaults: 1 neuron, no stimulus, 100 ms at dt 0.01 ms, exp-euler, threshold 0 mV,
	 * hysteresis {@value #DEFAULT_HYSTERESIS} mV.
	 */
	public static Builder builder(final NeuronModel model) {
		return new Builder(model);
	}

	/** Fluent construction; {@link #build()} validates. */
	public static final class Builder {

		private final NeuronModel model;
		private int neurons = 1;
		private List<Stimulus> stimuli = List.of(org.loligo.engine.input.Stimuli.NONE);
		private double duration = 100, dt = 0.01, threshold = 0, hysteresis = DEFAULT_HYSTERESIS;
		private Scheme scheme = Schemes.EXP_EULER;
		private RecordSpec record = RecordSpec.spikesOnly();
		private CurrentNoise noise = CurrentNoise.NONE;
		private long seed = 0;
		private int threads = 1;
		private boolean rateTables = true;
		private String unit = "neurons";

		private Builder(final NeuronModel model) {
			this.model = model;
		}

		public Builder neurons(final int n) { neurons = n; return this; }
		public Builder stimulus(final Stimulus s) { stimuli = List.of(s); return this; }
		public Builder stimuli(final List<Stimulus> s) { stimuli = s; return this; }
		public Builder duration(final double ms) { duration = ms; return this; }
		public Builder dt(final double ms) { dt = ms; return this; }
		public Builder scheme(final Scheme s) { scheme = s; return this; }
		public Builder scheme(final String name) { scheme = Schemes.byName(name); return this; }
		public Builder threshold(final double mV) { threshold = mV; return this; }
		public Builder hysteresis(final double mV) { hysteresis = mV; return this; }
		public Builder record(final RecordSpec r) { record = r; return this; }
		public Builder noise(final CurrentNoise n) { noise = n; return this; }
		public Builder seed(final long s) { seed = s; return this; }
		public Builder threads(final int t) { threads = t; return this; }
		public Builder rateTables(final boolean b) { rateTables = b; return this; }
		public Builder unit(final String name) { unit = name; return this; }

		public SimulationSpec build() {
			return new SimulationSpec(model, neurons, stimuli, duration, dt, scheme, threshold, hysteresis, record, noise, seed,
				threads, rateTables, unit);
		}
	}
}
