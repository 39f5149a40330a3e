package org.loligo.analysis.ensemble;

import org.loligo.analysis.isi.IsiCv;
import org.loligo.engine.sim.SimulationResult;

/**
 * Firing statistics of an ensemble of independent trials (one neuron each), over the completed time T
 * of the run, with the definitions every command shares (README "Statistics: one definition per name"):
 * <ul>
 * <li>Per trial k: spike count n_k, rate {@code r_k = 1000·n_k/T} Hz, and the coefficient of variation of
 * its inter-spike intervals {@code CV_k} ({@link IsiCv}: population SD, ddof 0; NaN with fewer than 3
 * spikes, i.e. fewer than 2 intervals).</li>
 * <li>Ensemble: the mean and the population SD (ddof 0, as Elephant; 0 for one trial) of r_k over trials,
 * the pooled CV (the CV of all intervals of all trials taken together, intervals never spanning two
 * trials; weights trials by their intervals, a stable estimate when each trial has few spikes) and the
 * mean of the per-trial CVs.</li>
 * </ul>
 *
 * @param counts        spikes per trial
 * @param ratesHz       rate per trial, Hz
 * @param cvs           ISI CV per trial (NaN: fewer than 3 spikes)
 * @param meanRateHz    mean of the per-trial rates, Hz
 * @param sdRateHz      population SD (ddof 0) of the per-trial rates, Hz
 * @param pooledCv      CV of the pooled intervals (NaN with fewer than 2 intervals in all)
 * @param meanTrialCv   mean of the defined per-trial CVs (NaN if no trial has 3 spikes)
 */
public record EnsembleStatistics(int[] counts, double[] ratesHz, double[] cvs, double meanRateHz,
	double sdRateHz, double pooledCv, double meanTrialCv)
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
		for (final int i : trials)
			counts[i]++;
		final double[] cvs = new double[n];
		final IsiCv cv = IsiCv.of(trials, times, 0, n, cvs);
		final double[] rates = new double[n];
		double rateSum = 0;
		for (int i = 0; i < n; i++) {
			rates[i] = durationMs > 0 ? 1000.0 * counts[i] / durationMs : 0;
			rateSum += rates[i];
		}
		return new EnsembleStatistics(counts, rates, cvs, rateSum / n, IsiCv.sd(rates), cv.pooled(), cv
			.meanPerTrain());
	}
}
