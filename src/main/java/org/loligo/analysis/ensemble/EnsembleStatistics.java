package org.loligo.analysis.ensemble;

import org.loligo.engine.sim.SimulationResult;

/**
 * Firing statistics of an ensemble of independent trials (one neuron each), over the completed time T
 * of the run.
 * <ul>
 * <li>Per trial k: spike count n_k, rate {@code r_k = 1000·n_k/T} Hz, and the coefficient of variation of
 * its inter-spike intervals {@code CV_k = SD(ISI)/mean(ISI)} (SD with n - 1 in the denominator; NaN
 * with fewer than 3 spikes, i.e. fewer than 2 intervals).</li>
 * <li>Ensemble: the mean and the sample SD (n - 1) of r_k over trials, and the pooled CV: the CV of all
 * intervals of all trials taken together (intervals never span two trials). Pooling weights trials by
 * their number of intervals, which is what makes it a stable estimate when each trial has few spikes.</li>
 * </ul>
 *
 * @param counts     spikes per trial
 * @param ratesHz    rate per trial, Hz
 * @param cvs        ISI CV per trial (NaN: fewer than 3 spikes)
 * @param meanRateHz mean of the per-trial rates, Hz
 * @param sdRateHz   sample SD of the per-trial rates, Hz (NaN for a single trial)
 * @param pooledCv   CV of the pooled intervals (NaN with fewer than 2 intervals in all)
 */
public record EnsembleStatistics(int[] counts, double[] ratesHz, double[] cvs, double meanRateHz,
	double sdRateHz, double pooledCv)
{

	/** The statistics of a run whose neurons are the trials. */
	public static EnsembleStatistics of(final SimulationResult r) {
		return of(r.spec().neurons(), r.spikeNeurons(), r.spikeTimes(), r.completed());
	}

	/**
	 * The statistics of spikes {@code (trials[k], times[k])} (times in ms, ascending within each trial)
	 * from {@code n} trials observed for {@code durationMs}.
	 */
	public static EnsembleStatistics of(final int n, final int[] trials, final double[] times,
		final double durationMs)
	{
		final int[] counts = new int[n];
		final double[] last = new double[n], sum = new double[n], sumSq = new double[n];
		double pooledSum = 0, pooledSq = 0, pooledShift = 0;
		long pooledN = 0;
		// Intervals are taken about a per-trial shift (the first interval) against cancellation in SD.
		final double[] shift = new double[n];
		for (int k = 0; k < times.length; k++) {
			final int i = trials[k];
			if (counts[i] > 0) {
				final double isi = times[k] - last[i];
				if (counts[i] == 1) shift[i] = isi;
				final double d = isi - shift[i];
				sum[i] += d;
				sumSq[i] += d * d;
				if (pooledN == 0) pooledShift = isi;
				pooledSum += isi - pooledShift;
				pooledSq += (isi - pooledShift) * (isi - pooledShift);
				pooledN++;
			}
			last[i] = times[k];
			counts[i]++;
		}
		final double[] rates = new double[n], cvs = new double[n];
		double rateSum = 0;
		for (int i = 0; i < n; i++) {
			rates[i] = durationMs > 0 ? 1000.0 * counts[i] / durationMs : 0;
			rateSum += rates[i];
			final int m = counts[i] - 1; // intervals
			if (m < 2) cvs[i] = Double.NaN;
			else {
				final double meanD = sum[i] / m;
				final double var = (sumSq[i] - m * meanD * meanD) / (m - 1);
				cvs[i] = Math.sqrt(Math.max(0, var)) / (shift[i] + meanD);
			}
		}
		final double mean = rateSum / n;
		double q = 0;
		for (int i = 0; i < n; i++)
			q += (rates[i] - mean) * (rates[i] - mean);
		final double sd = n > 1 ? Math.sqrt(q / (n - 1)) : Double.NaN;
		double pooled = Double.NaN;
		if (pooledN >= 2) {
			final double pm = pooledSum / pooledN;
			pooled = Math.sqrt(Math.max(0, (pooledSq - pooledN * pm * pm) / (pooledN - 1))) / (pooledShift + pm);
		}
		return new EnsembleStatistics(counts, rates, cvs, mean, sd, pooled);
	}
}
