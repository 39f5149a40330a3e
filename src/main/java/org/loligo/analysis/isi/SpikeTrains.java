package org.loligo.analysis.isi;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Spike trains grouped from parallel {@code (id, time)} arrays, e.g. the {@code neuron,time_ms} rows
 * of a {@code spikes.csv}.
 * <p>
 * Layout (compressed rows): train {@code k} has id {@code id(k)} and its spike times, in ms and
 * ascending, are {@code times[from(k)] … times[to(k) - 1]} of one shared array. Trains are ordered by
 * id. Times that arrive unsorted within a train are sorted (and {@link #inputSorted()} says so): a
 * file written by several threads, or by hand, need not be in time order. Two spikes of one train at
 * the same time are refused, since no spike detector reports them and they would make the interval
 * pair 0/0 in CV2, LV and LvR.
 */
public final class SpikeTrains {

	private final int[] ids;
	private final int[] offsets;
	private final double[] times;
	private final boolean inputSorted;

	private SpikeTrains(final int[] ids, final int[] offsets, final double[] times, final boolean inputSorted) {
		this.ids = ids;
		this.offsets = offsets;
		this.times = times;
		this.inputSorted = inputSorted;
	}

	/** One train with id 0 holding {@code times} (ms; sorted here if need be). */
	public static SpikeTrains of(final double[] times) {
		return group(new int[times.length], times, 1);
	}

	/** Groups by id; the trains are the distinct ids present. See {@link #group(int[], double[], int, IntFunction)}. */
	public static SpikeTrains group(final int[] ids, final double[] times) {
		return group(ids, times, 0);
	}

	/** As {@link #group(int[], double[], int, IntFunction)}, naming bad spikes by their 0-based index. */
	public static SpikeTrains group(final int[] ids, final double[] times, final int trainCount) {
		return group(ids, times, trainCount, k -> "spike " + k);
	}

	/**
	 * Groups spike {@code k} (id {@code ids[k]}, time {@code times[k]} in ms) into its train.
	 *
	 * @param trainCount 0: the trains are the distinct ids present; N > 0: the trains are ids
	 *          0 … N−1, so that neurons that never fired count as empty trains (they have no row in
	 *          a spikes file).
	 * @param where names spike {@code k} in error messages, e.g. {@code k -> "line " + (k + 2)}.
	 * @throws IllegalArgumentException on arrays of different length, an id below 0 (or not below
	 *           {@code trainCount}), a time that is not finite or is below 0, or two spikes of one
	 *           train at the same time; the message names the spike with {@code where}.
	 */
	public static SpikeTrains group(final int[] ids, final double[] times, final int trainCount,
		final IntFunction<String> where)
	{
		if (ids.length != times.length) throw new IllegalArgumentException(ids.length + " ids but " + times.length +
			" spike times");
		if (trainCount < 0) throw new IllegalArgumentException("trainCount must be >= 0, got " + trainCount);
		for (int k = 0; k < ids.length; k++) {
			if (ids[k] < 0) throw new IllegalArgumentException(where.apply(k) + ": train id must be >= 0, got " +
				ids[k]);
			if (trainCount > 0 && ids[k] >= trainCount) throw new IllegalArgumentException(where.apply(k) +
				": train id " + ids[k] + " is not below the number of trains " + trainCount);
			if (!(times[k] >= 0) || times[k] == Double.POSITIVE_INFINITY) throw new IllegalArgumentException(where
				.apply(k) + ": spike time must be finite and >= 0 ms, got " + times[k]);
		}
		final int[] trainIds = trainCount > 0 ? range(trainCount) : distinct(ids);
		final int n = trainIds.length;
		// Counting sort by train keeps the input order within a train (stable).
		final int[] index = new int[ids.length];
		final int[] offsets = new int[n + 1];
		for (int k = 0; k < ids.length; k++) {
			index[k] = trainCount > 0 ? ids[k] : Arrays.binarySearch(trainIds, ids[k]);
			offsets[index[k] + 1]++;
		}
		for (int j = 0; j < n; j++)
			offsets[j + 1] += offsets[j];
		final int[] next = Arrays.copyOf(offsets, n);
		final double[] grouped = new double[times.length];
		for (int k = 0; k < ids.length; k++)
			grouped[next[index[k]]++] = times[k];
		boolean sorted = true;
		for (int j = 0; j < n; j++) {
			if (!ascending(grouped, offsets[j], offsets[j + 1])) {
				sorted = false;
				Arrays.sort(grouped, offsets[j], offsets[j + 1]);
			}
			for (int i = offsets[j] + 1; i < offsets[j + 1]; i++)
				if (grouped[i] == grouped[i - 1]) throw duplicate(trainIds[j], j, grouped[i], index, times, where);
		}
		return new SpikeTrains(trainIds, offsets, grouped, sorted);
	}

	// -- Accessors --

	/** Number of trains. */
	public int count() {
		return ids.length;
	}

	/** Id of train {@code k} (0-based position, trains ordered by id). */
	public int id(final int k) {
		return ids[k];
	}

	/** The train ids in order (a copy). */
	public int[] ids() {
		return ids.clone();
	}

	/** Index of train {@code k}'s first spike in the shared time array. */
	public int from(final int k) {
		return offsets[k];
	}

	/** One past the index of train {@code k}'s last spike. */
	public int to(final int k) {
		return offsets[k + 1];
	}

	/** Spike times of train {@code k}, ms, ascending (a copy). */
	public double[] train(final int k) {
		return Arrays.copyOfRange(times, offsets[k], offsets[k + 1]);
	}

	/** Total number of spikes. */
	public int spikeCount() {
		return times.length;
	}

	/** False if some train's times were not in ascending order in the input (they are sorted here). */
	public boolean inputSorted() {
		return inputSorted;
	}

	/** The shared array of all times, train after train; not copied, so only for this package's readers. */
	double[] times() {
		return times;
	}

	// -- Helpers --

	private static boolean ascending(final double[] t, final int from, final int to) {
		for (int i = from + 1; i < to; i++)
			if (t[i] < t[i - 1]) return false;
		return true;
	}

	private static int[] range(final int n) {
		final int[] r = new int[n];
		for (int i = 0; i < n; i++)
			r[i] = i;
		return r;
	}

	private static int[] distinct(final int[] ids) {
		final int[] s = ids.clone();
		Arrays.sort(s);
		int m = 0;
		for (int i = 0; i < s.length; i++)
			if (i == 0 || s[i] != s[i - 1]) s[m++] = s[i];
		return Arrays.copyOf(s, m);
	}

	/** The error for a repeated time, naming the two input spikes (found again: this path is rare). */
	private static IllegalArgumentException duplicate(final int id, final int train, final double t,
		final int[] index, final double[] times, final IntFunction<String> where)
	{
		int first = -1, second = -1;
		for (int k = 0; k < times.length && second < 0; k++) {
			if (index[k] != train || times[k] != t) continue;
			if (first < 0) first = k;
			else second = k;
		}
		return new IllegalArgumentException(where.apply(second) + ": train " + id + " has a second spike at " + t +
			" ms (the first is at " + where.apply(first) + "); spike times within a train must differ");
	}
}
