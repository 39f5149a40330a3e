package org.loligo.analysis.isi;

import java.util.List;

/**
 * Everything {@link IsiAnalysis#run} computes.
 *
 * @param windowStart         start of the observation window, ms
 * @param windowEnd           its end, ms (spikes at both ends count)
 * @param trainIds            id of each train, in the order of {@code trains}
 * @param trains              statistics per train
 * @param pooled              statistics of all trains pooled (see {@link IsiAnalysis})
 * @param histogram           histogram of the pooled ISIs
 * @param serialCorrelation   ρ_k at lags k = 1 … maxLag (index k − 1), pooled within trains
 * @param serialPairs         number of interval pairs behind each ρ_k
 * @param inputSorted         false if some train's times had to be sorted
 * @param spikesOutsideWindow spikes left out because they lie outside the window
 */
public record IsiReport(double windowStart, double windowEnd, int[] trainIds, List<IsiStatistics> trains,
	IsiStatistics pooled, IsiHistogram histogram, double[] serialCorrelation, long[] serialPairs,
	boolean inputSorted, long spikesOutsideWindow)
{

	/** Copies the list; the arrays are shared, do not modify them. */
	public IsiReport {
		trains = List.copyOf(trains);
	}

	/**
	 * The mean of the per-train CVs over the trains that have one (≥ 3 spikes in the window); NaN if none.
	 * With {@link #pooled()}'s CV, the two CVs of {@link IsiCv} (same definitions, ddof 0).
	 */
	public double meanTrainCv() {
		double sum = 0;
		int n = 0;
		for (final IsiStatistics s : trains)
			if (!Double.isNaN(s.cv())) {
				sum += s.cv();
				n++;
			}
		return n == 0 ? Double.NaN : sum / n;
	}

	/** Length of the observation window, ms. */
	public double duration() {
		return windowEnd - windowStart;
	}
}
