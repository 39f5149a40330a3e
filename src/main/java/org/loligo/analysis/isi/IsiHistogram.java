package org.loligo.analysis.isi;

/**
 * Histogram of inter-spike intervals: bin j counts the ISIs I with {@code j·binWidth ≤ I <
 * (j+1)·binWidth} (ms), j = 0 … bins−1, the last bin holding the longest ISI. No bins when there is
 * no interval.
 *
 * @param binWidth bin width, ms
 * @param counts   ISIs per bin; do not modify
 */
public record IsiHistogram(double binWidth, long[] counts) {

	/** Most bins a histogram may have (8 bytes each), so that a tiny binWidth cannot exhaust memory. */
	public static final int MAX_BINS = 1_000_000;

	/** Number of bins. */
	public int bins() {
		return counts.length;
	}

	/** Left edge of bin {@code j}, ms. */
	public double binStart(final int j) {
		return j * binWidth;
	}

	/** Right edge of bin {@code j}, ms. */
	public double binEnd(final int j) {
		return (j + 1) * binWidth;
	}

	/** Total count, the number of intervals. */
	public long total() {
		long n = 0;
		for (final long c : counts)
			n += c;
		return n;
	}

	/**
	 * The empty histogram that covers ISIs up to {@code maxIsi} ms (none if NaN or no interval).
	 *
	 * @throws IllegalArgumentException naming {@code binWidth} if more than {@link #MAX_BINS} bins
	 *           would be needed.
	 */
	static IsiHistogram covering(final double binWidth, final double maxIsi, final long intervals) {
		if (intervals == 0) return new IsiHistogram(binWidth, new long[0]);
		final double bins = Math.floor(maxIsi / binWidth) + 1;
		if (bins > MAX_BINS) throw new IllegalArgumentException("binWidth = " + binWidth + " ms would need " +
			(long) bins + " histogram bins for the longest ISI of " + maxIsi + " ms; at most " + MAX_BINS +
			" are allowed, so use binWidth >= " + maxIsi / (MAX_BINS - 1) + " ms");
		return new IsiHistogram(binWidth, new long[(int) bins]);
	}

	/** Counts the intervals of {@code t[from] … t[to-1]} (ms, ascending). */
	void add(final double[] t, final int from, final int to) {
		for (int i = from + 1; i < to; i++)
			counts[Math.min(counts.length - 1, (int) ((t[i] - t[i - 1]) / binWidth))]++;
	}
}
