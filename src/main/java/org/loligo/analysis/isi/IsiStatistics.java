package org.loligo.analysis.isi;

import java.util.ArrayList;
import java.util.List;

/**
 * Inter-spike interval (ISI) statistics of one spike train, or of several pooled, with the
 * definitions of Elephant's {@code elephant.statistics} (NeuralEnsemble). Intervals
 * {@code I_i = t_{i+1} − t_i} (ms), i = 1 … n; pairs are consecutive intervals of one train, P of them.
 * <ul>
 * <li>{@code meanIsi} = Σ I_i / n; {@code sdIsi} = √(Σ (I_i − mean)² / n), the population SD (ddof = 0,
 * as {@code scipy.stats.variation} that Elephant's {@code cv} is); {@code cv} = sdIsi / meanIsi.</li>
 * <li>{@code cv2} = (1/P) Σ 2|I_{i+1} − I_i| / (I_{i+1} + I_i) (Holt et al. 1996, J Neurophysiol
 * 75:1806).</li>
 * <li>{@code lv} = (3/P) Σ ((I_i − I_{i+1}) / (I_i + I_{i+1}))² (Shinomoto et al. 2003, Neural Comput
 * 15:2823); for one train P = n − 1.</li>
 * <li>{@code lvr} = (3/P) Σ (1 − 4 I_i I_{i+1} / (I_i + I_{i+1})²) (1 + 4R / (I_i + I_{i+1})), R the
 * refractory period in ms (Shinomoto et al. 2009, PLoS Comput Biol 5:e1000433); R = 0 gives LV.</li>
 * <li>{@code fanoFactor} = var(c) / mean(c) of the spike counts c_j in the complete windows
 * [start + jW, start + (j+1)W) of the observation window, W = fanoWindow, var with ddof = 0 (as
 * Elephant's {@code fanofactor}, which counts one window per trial).</li>
 * <li>{@code rateHz} = spikes in the observation window / its duration (per train; pooled: per train
 * on average, i.e. total spikes / (trains × duration)).</li>
 * </ul>
 * Poisson trains have CV = CV2 = LV = LvR(R=0) = F = 1; periodic ones 0. Too short a train gives NaN,
 * never an exception, and {@code reason} says why (empty when every value is defined): mean ISI needs
 * 2 spikes; SD, CV, CV2, LV and LvR need 3 (Elephant returns CV = 0 for one interval; NaN is more
 * honest); the Fano factor needs 2 complete windows and a spike in them; the rate a window longer than
 * 0. Pooled values are defined in {@link IsiAnalysis}.
 *
 * @param spikes     spikes in the observation window
 * @param intervals  n, the ISIs between them (pairs only within a train)
 * @param rateHz     mean firing rate, Hz
 * @param meanIsi    mean ISI, ms
 * @param sdIsi      SD of the ISIs (ddof = 0), ms
 * @param cv         coefficient of variation
 * @param cv2        CV2 of Holt et al. (1996)
 * @param lv         local variation of Shinomoto et al. (2003)
 * @param lvr        revised local variation of Shinomoto et al. (2009)
 * @param fanoFactor Fano factor of the counts in fanoWindow windows
 * @param reason     why some values are NaN, or ""
 */
public record IsiStatistics(long spikes, long intervals, double rateHz, double meanIsi, double sdIsi, double cv,
	double cv2, double lv, double lvr, double fanoFactor, String reason)
{

	/** Statistics of one train of spike times (ms, any order) with {@link IsiSettings#DEFAULTS}. */
	public static IsiStatistics of(final double[] spikeTimes) {
		return of(spikeTimes, IsiSettings.DEFAULTS);
	}

	/** Statistics of one train of spike times (ms, any order). */
	public static IsiStatistics of(final double[] spikeTimes, final IsiSettings settings) {
		return IsiAnalysis.run(SpikeTrains.of(spikeTimes), settings).trains().get(0);
	}

	/** Finishes the sums of {@code trains} trains observed for {@code duration} ms each. */
	static IsiStatistics finish(final IntervalSums s, final long trains, final double duration) {
		final List<String> why = new ArrayList<>();
		final double rate = duration > 0 && trains > 0 ? s.spikes / (trains * duration / 1000) : Double.NaN;
		if (trains == 0) why.add("no trains");
		else if (!(duration > 0)) why.add("empty observation window: no rate");
		final double mean = s.intervals >= 1 ? s.mean : Double.NaN;
		final double sd = s.intervals >= 2 ? Math.sqrt(s.m2 / s.intervals) : Double.NaN;
		final double cv = sd / mean;
		if (s.intervals == 0) why.add("fewer than 2 spikes: no interval");
		else if (s.intervals == 1) why.add("fewer than 3 spikes: SD, CV, CV2, LV and LvR need 2 intervals");
		else if (s.pairs == 0) why.add("no train has 3 spikes: CV2, LV and LvR need 2 intervals of one train");
		final double p = s.pairs;
		final double cv2 = s.pairs > 0 ? s.cv2Sum / p : Double.NaN;
		final double lv = s.pairs > 0 ? 3 * s.lvSum / p : Double.NaN;
		final double lvr = s.pairs > 0 ? 3 * s.lvrSum / p : Double.NaN;
		double fano = Double.NaN;
		if (s.windows < 2) why.add("observation window shorter than 2 fanoWindow: no Fano factor");
		else if (s.countSum == 0) why.add("no spikes in the Fano windows: no Fano factor");
		else {
			final double m = (double) s.countSum / s.windows;
			fano = Math.max(0, s.countSquares / s.windows - m * m) / m;
		}
		return new IsiStatistics(s.spikes, s.intervals, rate, mean, sd, cv, cv2, lv, lvr, fano, String.join("; ",
			why));
	}
}
