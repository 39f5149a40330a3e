package org.loligo.engine.network.coba;

/**
 * Population statistics of a network's spikes, given as parallel arrays (neuron, time in ms) in time
 * order; neurons {@code 0 … nExc-1} are excitatory, {@code nExc … n-1} inhibitory.
 * <ul>
 * <li>mean rate of a group: spikes / (neurons in the group · T), Hz;</li>
 * <li>ISI CV of a group: for every neuron with at least 3 spikes (2 intervals), SD/mean of its
 * inter-spike intervals (SD with divisor m, the population SD), averaged over those neurons — the
 * definition {@code bench/peers/coba_brian2.py} uses for Brian2;</li>
 * <li>population rate: spikes of a group in a bin / (group size · bin), Hz;</li>
 * <li>raster: spike counts per (neuron, bin), {@code counts[neuron·bins + bin]}.</li>
 * </ul>
 */
public final class SpikeStatistics {

	private SpikeStatistics() {}

	public static double meanRate(final int[] neurons, final int nExc, final int n, final boolean excitatory,
		final double durationMs)
	{
		final int size = excitatory ? nExc : n - nExc;
		if (size == 0 || !(durationMs > 0)) return 0;
		long c = 0;
		for (final int i : neurons)
			if (i < nExc == excitatory) c++;
		return c / (size * durationMs / 1000.0);
	}

	public static double isiCv(final int[] neurons, final double[] times, final int nExc, final int n,
		final boolean excitatory)
	{
		// Per neuron: count, last time, and the sums of the intervals and of their squares.
		final int[] count = new int[n];
		final double[] last = new double[n], sum = new double[n], sum2 = new double[n];
		for (int q = 0; q < neurons.length; q++) {
			final int i = neurons[q];
			if (count[i]++ > 0) {
				final double isi = times[q] - last[i];
				sum[i] += isi;
				sum2[i] += isi * isi;
			}
			last[i] = times[q];
		}
		double total = 0;
		int used = 0;
		for (int i = excitatory ? 0 : nExc, end = excitatory ? nExc : n; i < end; i++) {
			if (count[i] < 3) continue;
			final int m = count[i] - 1;
			final double mean = sum[i] / m;
			final double var = Math.max(0, sum2[i] / m - mean * mean);
			total += Math.sqrt(var) / mean;
			used++;
		}
		return used == 0 ? Double.NaN : total / used;
	}

	public static double[][] populationRate(final int[] neurons, final double[] times, final int nExc, final int n,
		final double binMs, final double durationMs)
	{
		final int bins = (int) Math.ceil(durationMs / binMs - 1e-9);
		final double[][] out = new double[3][bins];
		for (int b = 0; b < bins; b++)
			out[0][b] = b * binMs;
		for (int q = 0; q < neurons.length; q++) {
			final int b = Math.min(bins - 1, (int) (times[q] / binMs));
			if (b >= 0) out[neurons[q] < nExc ? 1 : 2][b]++;
		}
		for (int b = 0; b < bins; b++) {
			final double width = Math.min(binMs, durationMs - b * binMs) / 1000.0;
			out[1][b] = nExc == 0 ? 0 : out[1][b] / (nExc * width);
			out[2][b] = n == nExc ? 0 : out[2][b] / ((n - nExc) * width);
		}
		return out;
	}

	public static float[] raster(final int[] neurons, final double[] times, final int n, final double binMs,
		final double durationMs)
	{
		final int bins = (int) Math.ceil(durationMs / binMs - 1e-9);
		final float[] counts = new float[Math.multiplyExact(n, bins)];
		for (int q = 0; q < neurons.length; q++) {
			final int b = Math.min(bins - 1, (int) (times[q] / binMs));
			counts[neurons[q] * bins + b]++;
		}
		return counts;
	}
}
