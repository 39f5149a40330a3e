package org.loligo.engine.record;

import java.util.List;

/**
 * What to record besides spikes (which are always recorded): the listed variables of the listed
 * neurons every {@code interval} ms (rounded to a whole number of steps, at least one).
 *
 * @param interval  sampling interval of traces, ms (> 0)
 * @param neurons   indices of the neurons whose traces are kept (may be empty)
 * @param variables the variables recorded for each of them
 * @param band      whether to record, at the same instants, the mean and standard deviation of V over
 *                  all neurons of the population (an ensemble's band)
 */
public record RecordSpec(double interval, int[] neurons, List<TraceVariable> variables, boolean band) {

	/** Bytes per recorded sample value. */
	public static final int BYTES_PER_VALUE = Double.BYTES;

	public RecordSpec {
		if (!(interval > 0) || !Double.isFinite(interval))
			throw new IllegalArgumentException("recordInterval must be > 0 ms and finite, got " + interval);
		neurons = neurons.clone();
		variables = List.copyOf(variables);
	}

	/** The listed traces, no band. */
	public RecordSpec(final double interval, final int[] neurons, final List<TraceVariable> variables) {
		this(interval, neurons, variables, false);
	}

	/** This spec with the band of V over all neurons recorded too (or not). */
	public RecordSpec withBand(final boolean b) {
		return new RecordSpec(interval, neurons, variables, b);
	}

	/** Spikes only. */
	public static RecordSpec spikesOnly() {
		return new RecordSpec(1.0, new int[0], List.of());
	}

	/** Every variable of the model ({@link TraceVariable#allOf}) of the first {@code count} neurons. */
	public static RecordSpec allVariables(final org.loligo.engine.model.NeuronModel model, final double interval,
		final int count)
	{
		final int[] ids = new int[count];
		for (int i = 0; i < count; i++)
			ids[i] = i;
		return new RecordSpec(interval, ids, TraceVariable.allOf(model));
	}

	/** Steps between samples for step size dt. */
	public long stride(final double dt) {
		return Math.max(1, Math.round(interval / dt));
	}

	/** Number of samples (including t = 0) over {@code steps} steps. */
	public long samples(final long steps, final double dt) {
		return steps / stride(dt) + 1;
	}

	/** Memory the traces need, in bytes. */
	public long bytes(final long steps, final double dt) {
		return samples(steps, dt) * (neurons.length * variables.size() + (band ? 2 : 0)) * BYTES_PER_VALUE;
	}
}
