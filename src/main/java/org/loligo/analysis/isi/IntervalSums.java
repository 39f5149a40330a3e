package org.loligo.analysis.isi;

/**
 * Running sums over the inter-spike intervals (ISIs) of one train or of several pooled, from which
 * {@link IsiStatistics} are finished. Spike times {@code t[from] … t[to-1]} in ms, ascending; the
 * intervals are {@code I_i = t_{i+1} − t_i} and the pairs are consecutive intervals of one train.
 * <p>
 * Moments use Welford's update and Chan et al.'s merge (1979, "Updating formulae and a pairwise
 * algorithm for computing sample variances"), so pooling trains is exact without a second pass and
 * without the cancellation of Σx² − (Σx)²/n.
 */
final class IntervalSums {

	long spikes, intervals, pairs;
	double mean, m2; // ISI mean (ms) and Σ (I − mean)² (ms²)
	double maxIsi;
	double cv2Sum, lvSum, lvrSum; // Σ 2|d|, Σ d², Σ d²(1 + 4R/(I_i + I_{i+1})), d = (I_i − I_{i+1})/(I_i + I_{i+1})
	double withinM2; // Σ over trains of each train's own Σ (I − mean_train)², for serial correlation
	final double[] lagProducts; // [k−1]: Σ (I_i − m)(I_{i+k} − m), m the train's own mean
	final long[] lagPairs; // [k−1]: number of terms in lagProducts[k−1]
	long windows, countSum; // Fano: complete counting windows, spikes counted in them
	double countSquares; // Σ c_j²

	IntervalSums(final int maxLag) {
		lagProducts = new double[maxLag];
		lagPairs = new long[maxLag];
	}

	/** Adds one train: its intervals, their pairs with refractoriness {@code r} (ms), lags and counts. */
	void addTrain(final double[] t, final int from, final int to, final double r, final double windowStart,
		final double fanoWindow, final long fanoWindows)
	{
		final IntervalSums one = new IntervalSums(lagProducts.length);
		one.intervals(t, from, to, r);
		one.serial(t, from, to);
		one.counts(t, from, to, windowStart, fanoWindow, fanoWindows);
		merge(one);
	}

	/** Welford pass over one train's intervals (on fresh sums), and the CV2 / LV / LvR pair terms. */
	private void intervals(final double[] t, final int from, final int to, final double r) {
		spikes += to - from;
		for (int i = from + 1; i < to; i++) {
			final double isi = t[i] - t[i - 1];
			intervals++;
			final double delta = isi - mean;
			mean += delta / intervals;
			m2 += delta * (isi - mean);
			if (isi > maxIsi) maxIsi = isi;
		}
		for (int i = from + 2; i < to; i++) {
			final double a = t[i - 1] - t[i - 2], b = t[i] - t[i - 1], s = a + b;
			final double d = (a - b) / s;
			cv2Sum += 2 * Math.abs(d);
			lvSum += d * d;
			// (1 − 4ab/s²) of Shinomoto 2009 equals d² exactly; d² avoids its cancellation.
			lvrSum += d * d * (1 + 4 * r / s);
			pairs++;
		}
		withinM2 = m2;
	}

	/** Lagged products of this train's deviations from its own mean (call after {@link #intervals}). */
	private void serial(final double[] t, final int from, final int to) {
		final int n = to - from - 1; // intervals of this train
		for (int k = 1; k <= lagProducts.length && k < n; k++) {
			double p = 0;
			for (int i = from + 1; i + k < to; i++)
				p += (t[i] - t[i - 1] - mean) * (t[i + k] - t[i + k - 1] - mean);
			lagProducts[k - 1] += p;
			lagPairs[k - 1] += n - k;
		}
	}

	/**
	 * Spike counts in {@code fanoWindows} windows {@code [start + jW, start + (j+1)W)}, {@code W =
	 * fanoWindow}.
	 */
	private void counts(final double[] t, final int from, final int to, final double start, final double fanoWindow,
		final long fanoWindows)
	{
		windows += fanoWindows;
		long current = -1, c = 0;
		for (int i = from; i < to; i++) {
			final long j = (long) Math.floor((t[i] - start) / fanoWindow);
			if (j >= fanoWindows) break; // past the last complete window; times are ascending
			if (j != current) {
				countSquares += (double) c * c;
				current = j;
				c = 0;
			}
			c++;
			countSum++;
		}
		countSquares += (double) c * c;
	}

	/** Adds {@code o}'s sums to these; moments by Chan et al.'s pairwise formula. */
	void merge(final IntervalSums o) {
		final long n = intervals + o.intervals;
		if (n > 0) {
			final double delta = o.mean - mean;
			m2 += o.m2 + delta * delta * ((double) intervals * o.intervals / n);
			mean += delta * o.intervals / n;
		}
		intervals = n;
		spikes += o.spikes;
		pairs += o.pairs;
		maxIsi = Math.max(maxIsi, o.maxIsi);
		cv2Sum += o.cv2Sum;
		lvSum += o.lvSum;
		lvrSum += o.lvrSum;
		withinM2 += o.withinM2;
		for (int k = 0; k < lagProducts.length; k++) {
			lagProducts[k] += o.lagProducts[k];
			lagPairs[k] += o.lagPairs[k];
		}
		windows += o.windows;
		countSum += o.countSum;
		countSquares += o.countSquares;
	}

	/**
	 * ρ_k for k = 1 … maxLag: (Σ (I_i − m)(I_{i+k} − m) / N_k) / (Σ (I_i − m)² / N), m each train's
	 * own mean, N_k the pairs at lag k and N the intervals; NaN where N_k = 0 or the variance is 0.
	 */
	double[] serialCorrelation() {
		final double[] rho = new double[lagProducts.length];
		final double variance = withinM2 / intervals;
		for (int k = 0; k < rho.length; k++)
			rho[k] = lagPairs[k] > 0 && variance > 0 ? lagProducts[k] / lagPairs[k] / variance : Double.NaN;
		return rho;
	}
}
