package org.loligo.analysis.isi;

/**
 * The two ISI coefficients of variation of a group of spike trains that the commands report, under one
 * name each (the keys of {@code summary.json}):
 * <ul>
 * <li>{@code isi_cv_pooled}: SD/mean of the multiset of all intervals of all trains taken together
 * (intervals only within a train, never across two). It weights trains by their interval count;</li>
 * <li>{@code isi_cv_mean_per_train}: the CV of each train with at least 3 spikes (2 intervals), averaged
 * over those trains with equal weight (the definition Brian2's COBA example and
 * {@code bench/peers/coba_brian2.py} use).</li>
 * </ul>
 * Both with the population SD, √(Σ (I − mean)² / n) (ddof = 0), the definition of Elephant's
 * {@code cv} ({@code scipy.stats.variation}) that {@link IsiStatistics} follows, so that "ISI Statistics"
 * on a command's {@code spikes.csv} gives the same two numbers. Fewer than 2 intervals (pooled) or no
 * train with 2 intervals (per train) gives NaN, written as null.
 *
 * @param pooled        CV of the pooled intervals
 * @param meanPerTrain  mean of the per-train CVs
 * @param trainsWithCv  trains that had a CV (≥ 3 spikes)
 */
public record IsiCv(double pooled, double meanPerTrain, int trainsWithCv) {

	/**
	 * The CVs of the trains {@code first … end-1} among spikes {@code (ids[k], times[k])}; times ascending
	 * within each train (e.g. a run's spikes in time order). Spikes of other ids are skipped.
	 *
	 * @param cvs if not null, receives the CV of train {@code first + j} at {@code cvs[j]} (NaN below 3
	 *          spikes); length at least {@code end - first}
	 */
	public static IsiCv of(final int[] ids, final double[] times, final int first, final int end,
		final double[] cvs)
	{
		final int n = end - first;
		final int[] count = new int[n];
		final double[] last = new double[n], shift = new double[n], sum = new double[n], sumSq = new double[n];
		// Intervals are summed about a shift (the train's first interval) against cancellation in the SD.
		for (int k = 0; k < times.length; k++) {
			final int i = ids[k] - first;
			if (i < 0 || i >= n) continue;
			if (count[i] > 0) {
				final double isi = times[k] - last[i];
				if (count[i] == 1) shift[i] = isi;
				final double d = isi - shift[i];
				sum[i] += d;
				sumSq[i] += d * d;
			}
			last[i] = times[k];
			count[i]++;
		}
		// Pooled: the trains' (count, mean, M2) merged exactly (Chan et al. 1979), no second pass.
		double pooledN = 0, pooledMean = 0, pooledM2 = 0, cvSum = 0;
		int withCv = 0;
		for (int i = 0; i < n; i++) {
			final int m = count[i] - 1; // intervals
			double cv = Double.NaN;
			if (m >= 1) {
				final double d = sum[i] / m, mean = shift[i] + d, m2 = Math.max(0, sumSq[i] - m * d * d);
				if (m >= 2) {
					cv = Math.sqrt(m2 / m) / mean;
					cvSum += cv;
					withCv++;
				}
				final double total = pooledN + m, delta = mean - pooledMean;
				pooledMean += delta * m / total;
				pooledM2 += m2 + delta * delta * pooledN * m / total;
				pooledN = total;
			}
			if (cvs != null) cvs[i] = cv;
		}
		final double pooled = pooledN >= 2 ? Math.sqrt(pooledM2 / pooledN) / pooledMean : Double.NaN;
		return new IsiCv(pooled, withCv == 0 ? Double.NaN : cvSum / withCv, withCv);
	}

	/** The population SD (ddof = 0) of {@code values}: the one SD convention of every command; 0 for one value. */
	public static double sd(final double[] values) {
		if (values.length == 0) return Double.NaN;
		double mean = 0;
		for (final double v : values)
			mean += v;
		mean /= values.length;
		double q = 0;
		for (final double v : values)
			q += (v - mean) * (v - mean);
		return Math.sqrt(q / values.length);
	}
}
