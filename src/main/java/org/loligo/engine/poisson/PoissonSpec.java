package org.loligo.engine.poisson;

import org.loligo.engine.model.NeuronModel;

/**
 * A validated ensemble of Poisson-driven HH neurons: {@code trials} independent repetitions of one
 * neuron of {@code model} under a constant {@code current} (µA/cm²) and the Poisson drive
 * {@code input} acting through {@code synapse}. Every check happens here, before any work; messages
 * name the command parameter and the accepted range.
 *
 * @param model          neuron type
 * @param input          Poisson inputs (groups, rate, release probability, mode)
 * @param synapse        kick or conductance synapses
 * @param current        constant injected current, µA/cm²
 * @param trials         independent repetitions, 1 … 10⁶
 * @param duration       simulated time per trial, ms (&gt; 0); ceil(duration/dt) steps
 * @param dt             step, ms (&gt; 0, ≤ duration, and {@code inputRate·dt/1000 ≤ 1})
 * @param threshold      spike threshold θ, mV
 * @param hysteresis     re-arming margin h, mV (≥ 0): after a spike, detection waits for V &lt; θ - h
 * @param recordInterval sampling interval of the traces of trial 0, ms (≥ dt; rounded to whole steps)
 * @param seed           master seed, 0 = pick one
 * @param threads        worker threads, 0 = all cores
 */
public record PoissonSpec(NeuronModel model, PoissonInput input, SynapseSpec synapse, double current, int trials,
	double duration, double dt, double threshold, double hysteresis, double recordInterval, long seed,
	int threads)
{

	/** Upper bound on steps per trial, so that step counters and time arithmetic stay exact. */
	public static final long MAX_STEPS = 1L << 40;

	public PoissonSpec {
		if (model == null) throw new IllegalArgumentException("model must be given");
		if (input == null) throw new IllegalArgumentException("input must be given");
		if (synapse == null) throw new IllegalArgumentException("synapse must be given");
		if (!Double.isFinite(current)) throw new IllegalArgumentException("current (µA/cm²) must be finite, got " +
			current);
		if (trials < 1 || trials > 1_000_000) throw new IllegalArgumentException("trials must be in [1, 1000000], got " +
			trials);
		if (!(duration > 0) || !Double.isFinite(duration)) throw new IllegalArgumentException(
			"duration must be > 0 ms and finite, got " + duration);
		if (!(dt > 0) || !Double.isFinite(dt)) throw new IllegalArgumentException("dt must be > 0 ms and finite, got " +
			dt);
		if (dt > duration) throw new IllegalArgumentException("dt must be <= duration (" + duration + " ms), got " + dt);
		if (Math.ceil(duration / dt) > MAX_STEPS) throw new IllegalArgumentException(
			"duration/dt must be <= 2^40 steps, got " + Math.ceil(duration / dt) + "; use a larger dt");
		// NB: an input spikes at most once per step, so the per-step probability rate·dt must be a probability.
		if (input.spikeProbability(dt) > 1) throw new IllegalArgumentException(String.format(
			"inputRate: inputRate*dt/1000 is the probability that an input spikes in one step and must be <= 1, " +
				"got %s Hz * %s ms = %s; use inputRate <= %s Hz or dt <= %s ms", input.inputRate(), dt, input
					.spikeProbability(dt), 1000 / dt, 1000 / input.inputRate()));
		if (!Double.isFinite(threshold)) throw new IllegalArgumentException("threshold (mV) must be finite, got " +
			threshold);
		if (!(hysteresis >= 0) || !Double.isFinite(hysteresis)) throw new IllegalArgumentException(
			"hysteresis must be >= 0 mV and finite, got " + hysteresis);
		if (!(recordInterval > 0) || !Double.isFinite(recordInterval)) throw new IllegalArgumentException(
			"recordInterval must be > 0 ms and finite, got " + recordInterval);
		if (threads < 0 || threads > 4096) throw new IllegalArgumentException(
			"threads must be in [0, 4096] (0 = all cores), got " + threads);
	}

	/** Steps per trial. */
	public long steps() {
		// NB: the tolerance keeps duration=100, dt=0.1 at 1000 steps despite rounding of 100/0.1.
		return (long) Math.ceil(duration / dt - 1e-9);
	}

	/** Steps between trace samples: recordInterval/dt rounded, at least 1. */
	public long stride() {
		return Math.max(1, Math.round(recordInterval / dt));
	}

	/** Trace samples of trial 0, the initial state included. */
	public long samples() {
		return steps() / stride() + 1;
	}

	/** Threads that will actually run: {@code threads} (0 = all cores), at most one per trial. */
	public int effectiveThreads() {
		final int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
		return Math.max(1, Math.min(t, trials));
	}

	/** Simulated time of all steps, ms (≥ duration). */
	public double simulatedTime() {
		return steps() * dt;
	}
}
