package org.loligo.engine.record;

import java.util.Arrays;

/**
 * The one spike store of every runner: growable primitive arrays of spikes (step index, neuron, time)
 * for one worker, amortised O(1) append, no boxing; and the one merge of the workers' stores.
 */
public final class SpikeStore {

	private long[] steps = new long[256];
	private int[] neurons = new int[256];
	private double[] times = new double[256];
	private int size;

	/** Appends a spike detected at step {@code step} (its end, t = step·dt) of neuron at {@code time} ms. */
	public void add(final long step, final int neuron, final double time) {
		if (size == times.length) {
			final int cap = size * 2;
			steps = Arrays.copyOf(steps, cap);
			neurons = Arrays.copyOf(neurons, cap);
			times = Arrays.copyOf(times, cap);
		}
		steps[size] = step;
		neurons[size] = neuron;
		times[size] = time;
		size++;
	}

	/** Number of spikes stored. */
	public int size() {
		return size;
	}

	/** Neuron of spike q. */
	public int neuron(final int q) {
		return neurons[q];
	}

	/** Step of spike q. */
	public long step(final int q) {
		return steps[q];
	}

	/** Spikes merged from several stores: neurons and times, in step then neuron order. */
	public record Merged(int[] neurons, double[] times, long[] steps) {}

	/**
	 * Merges the stores of workers that own ascending, disjoint neuron ranges and append in step order
	 * into arrays sorted by step, then neuron (so by time, then neuron), keeping spikes detected at steps
	 * ≤ {@code lastStep}.
	 */
	public static Merged merge(final SpikeStore[] parts, final long lastStep) {
		int total = 0;
		for (final SpikeStore p : parts)
			for (int k = 0; k < p.size; k++)
				if (p.steps[k] <= lastStep) total++;
		final int[] ns = new int[total];
		final double[] ts = new double[total];
		final long[] ks = new long[total];
		final int[] at = new int[parts.length];
		for (int out = 0; out < total; out++) {
			int best = -1;
			for (int c = 0; c < parts.length; c++) {
				final SpikeStore p = parts[c];
				if (at[c] >= p.size || p.steps[at[c]] > lastStep) continue;
				// Within a step, a lower part index means lower neuron indices.
				if (best < 0 || p.steps[at[c]] < parts[best].steps[at[best]]) best = c;
			}
			final SpikeStore p = parts[best];
			ns[out] = p.neurons[at[best]];
			ts[out] = p.times[at[best]];
			ks[out] = p.steps[at[best]];
			at[best]++;
		}
		return new Merged(ns, ts, ks);
	}
}
