package org.loligo.analysis.isi;

import java.util.ArrayList;
import java.util.List;

/**
 * ISI statistics of every train of a {@link SpikeTrains} and of all trains pooled, over one observation
 * window shared by all trains.
 * <p>
 * Window: {@code [start, start + duration]} ms; with {@code duration = 0}, from {@code start} to the
 * last spike of all trains (one window for all, so that rates and counts of different trains compare;
 * a train's own last spike would bias its rate upwards). Spikes outside it are left out of everything.
 * <p>
 * Pooled statistics (per train ones are defined in {@link IsiStatistics}), with n_j the intervals and
 * P_j the consecutive interval pairs of train j, all within trains, never across two trains:
 * <ul>
 * <li>mean ISI, SD and CV of the pooled multiset of all trains' ISIs (Σ n_j values);</li>
 * <li>CV2, LV and LvR averaged over all Σ P_j pooled pairs, i.e. the per-train values weighted by P_j;</li>
 * <li>Fano factor var/mean over the counts of all trains' windows pooled (trains × windows counts), so
 * with one window per train it is Elephant's across-trial Fano factor;</li>
 * <li>rate: total spikes / (trains × duration), the mean of the per-train rates;</li>
 * <li>serial correlation at lag k: ρ_k = (Σ_j Σ_i (I_i − m_j)(I_{i+k} − m_j) / Σ_j (n_j − k)) /
 * (Σ_j Σ_i (I_i − m_j)² / Σ_j n_j), deviations from each train's own mean m_j, so that rate
 * differences between trains do not show as correlation (the usual estimator, e.g. Cox &amp; Lewis 1966,
 * "The Statistical Analysis of Series of Events", for one train).</li>
 * </ul>
 */
public final class IsiAnalysis {

	private IsiAnalysis() {}

	/**
	 * Analyses {@code trains} with {@code settings}.
	 *
	 * @throws IllegalArgumentException (naming {@code binWidth}) if the histogram would need more than
	 *           {@link IsiHistogram#MAX_BINS} bins.
	 */
	public static IsiReport run(final SpikeTrains trains, final IsiSettings settings) {
		final double[] t = trains.times();
		final double start = settings.start();
		double end = start + settings.duration();
		if (settings.duration() == 0) {
			end = start;
			for (int k = 0; k < trains.count(); k++)
				if (trains.to(k) > trains.from(k)) end = Math.max(end, t[trains.to(k) - 1]);
		}
		final double duration = end - start;
		// Complete Fano windows; the nudge keeps e.g. 0.3 / 0.1 = 2.9999999999999996 from losing one.
		final long fanoWindows = (long) Math.floor(duration / settings.fanoWindow() * (1 + 1e-12));
		final int n = trains.count();
		final int[] lo = new int[n], hi = new int[n];
		final List<IsiStatistics> stats = new ArrayList<>(n);
		final IntervalSums pooled = new IntervalSums(settings.maxLag());
		long outside = 0;
		for (int k = 0; k < n; k++) {
			lo[k] = lowerBound(t, trains.from(k), trains.to(k), start);
			hi[k] = upperBound(t, lo[k], trains.to(k), end);
			outside += (trains.to(k) - trains.from(k)) - (hi[k] - lo[k]);
			final IntervalSums one = new IntervalSums(settings.maxLag());
			one.addTrain(t, lo[k], hi[k], settings.refractoryPeriod(), start, settings.fanoWindow(), fanoWindows);
			stats.add(IsiStatistics.finish(one, 1, duration));
			pooled.merge(one);
		}
		final IsiHistogram histogram = IsiHistogram.covering(settings.binWidth(), pooled.maxIsi, pooled.intervals);
		if (histogram.bins() > 0) for (int k = 0; k < n; k++)
			histogram.add(t, lo[k], hi[k]);
		return new IsiReport(start, end, trains.ids(), stats, IsiStatistics.finish(pooled, n, duration), histogram,
			pooled.serialCorrelation(), pooled.lagPairs.clone(), trains.inputSorted(), outside);
	}

	/** First index in [from, to) whose time is ≥ x (times ascending). */
	private static int lowerBound(final double[] t, int from, int to, final double x) {
		while (from < to) {
			final int mid = (from + to) >>> 1;
			if (t[mid] < x) from = mid + 1;
			else to = mid;
		}
		return from;
	}

	/** First index in [from, to) whose time is > x (times ascending). */
	private static int upperBound(final double[] t, int from, int to, final double x) {
		while (from < to) {
			final int mid = (from + to) >>> 1;
			if (t[mid] <= x) from = mid + 1;
			else to = mid;
		}
		return from;
	}
}
