package org.loligo.engine.sim;

import java.util.Arrays;

/**
 * Growable primitive arrays of spikes (step index, neuron, time) for one worker; amortised O(1) append,
 * no boxing.
 */
final class SpikeBuffer {

	long[] steps = new long[256];
	int[] neurons = new int[256];
	double[] times = new double[256];
	int size;

	void add(final long step, final int neuron, final double time) {
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

	/**
	 * Merges buffers of workers that own ascending, disjoint neuron ranges into arrays sorted by step, then
	 * neuron (so by time, then neuron), keeping spikes detected at steps ≤ {@code lastStep}.
	 */
	static void merge(final SpikeBuffer[] parts, final long lastStep, final int[][] neuronsOut,
		final double[][] timesOut)
	{
		int total = 0;
		for (final SpikeBuffer p : parts)
			for (int k = 0; k < p.size; k++)
				if (p.steps[k] <= lastStep) total++;
		final int[] ns = new int[total];
		final double[] ts = new double[total];
		final int[] at = new int[parts.length];
		for (int out = 0; out < total; out++) {
			int best = -1;
			for (int c = 0; c < parts.length; c++) {
				final SpikeBuffer p = parts[c];
				if (at[c] >= p.size || p.steps[at[c]] > lastStep) continue;
				// Within a step, a lower chunk index means lower neuron indices.
				if (best < 0 || p.steps[at[c]] < parts[best].steps[at[best]]) best = c;
			}
			final SpikeBuffer p = parts[best];
			ns[out] = p.neurons[at[best]];
			ts[out] = p.times[at[best]];
			at[best]++;
		}
		neuronsOut[0] = ns;
		timesOut[0] = ts;
	}
}
