package org.loligo.io;

/**
 * Reduces a long curve to the minimum and maximum of each of a few hundred x-buckets, in the
 * order they occur. Drawn as a line, the result is indistinguishable from the full curve at
 * image resolution, and every spike peak and trough survives (plain decimation would drop
 * narrow spikes).
 */
final class Thinning {

	private Thinning() {}

	/**
	 * Thins ({@code x}, {@code y}) to at most about {@code 2 * buckets} points, or returns them
	 * unchanged when already that short. {@code x} must be non-decreasing; NaN values of y are
	 * skipped, as a plot would not draw them.
	 *
	 * @return {@code {x, y}} arrays of equal length.
	 */
	static double[][] minMax(final double[] x, final double[] y, final int buckets) {
		final int n = x.length;
		if (n <= 2 * buckets || buckets < 1) return new double[][] { x, y };
		final double[] tx = new double[2 * buckets + 2];
		final double[] ty = new double[tx.length];
		int out = 0;
		for (int b = 0; b < buckets; b++) {
			final int from = (int) ((long) n * b / buckets);
			final int to = (int) ((long) n * (b + 1) / buckets);
			int iMin = -1, iMax = -1;
			for (int i = from; i < to; i++) {
				if (y[i] != y[i]) continue;
				if (iMin < 0 || y[i] < y[iMin]) iMin = i;
				if (iMax < 0 || y[i] > y[iMax]) iMax = i;
			}
			if (iMin < 0) continue;
			// Keep temporal order inside the bucket so that the line does not zig-zag backwards.
			final int first = Math.min(iMin, iMax), second = Math.max(iMin, iMax);
			tx[out] = x[first];
			ty[out++] = y[first];
			if (second != first) {
				tx[out] = x[second];
				ty[out++] = y[second];
			}
		}
		return new double[][] { java.util.Arrays.copyOf(tx, out), java.util.Arrays.copyOf(ty, out) };
	}
}
