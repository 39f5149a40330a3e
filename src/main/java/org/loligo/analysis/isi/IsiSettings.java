package org.loligo.analysis.isi;

/**
 * What {@link IsiAnalysis} computes besides the interval measures themselves. All times in ms.
 *
 * @param binWidth         width of the ISI histogram's bins, ms (> 0)
 * @param fanoWindow       width of the counting windows of the Fano factor, ms (> 0)
 * @param maxLag           serial correlations are computed at lags 1 … maxLag (0 … 1000)
 * @param refractoryPeriod R of LvR, ms (≥ 0); 5 ms as recommended by Shinomoto et al. (2009, PLoS
 *                         Comput Biol 5:e1000433), who chose it so that LvR is least sensitive to rate
 * @param start            start of the observation window, ms (≥ 0)
 * @param duration         length of the observation window, ms (≥ 0); 0 = up to the last spike of
 *                         all trains. Spikes outside {@code [start, start + duration]} are ignored
 */
public record IsiSettings(double binWidth, double fanoWindow, int maxLag, double refractoryPeriod, double start,
	double duration)
{

	/** Largest {@code maxLag}: beyond it the estimates rest on too few pairs to be worth a table row. */
	public static final int MAX_LAG = 1000;

	/** 1 ms bins, 100 ms Fano windows, lags 1 … 5, R = 5 ms, window from 0 to the last spike. */
	public static final IsiSettings DEFAULTS = new IsiSettings(1, 100, 5, 5, 0, 0);

	/** Checks every value, naming it (as the command's parameter of the same name) and its range. */
	public IsiSettings {
		positive("binWidth", binWidth);
		positive("fanoWindow", fanoWindow);
		if (maxLag < 0 || maxLag > MAX_LAG) throw new IllegalArgumentException("maxLag must be in 0 … " + MAX_LAG +
			", got " + maxLag);
		nonNegative("refractoryPeriod", refractoryPeriod);
		nonNegative("start", start);
		nonNegative("duration", duration);
	}

	/** These settings with another refractory period R (ms). */
	public IsiSettings withRefractoryPeriod(final double r) {
		return new IsiSettings(binWidth, fanoWindow, maxLag, r, start, duration);
	}

	/** These settings with another observation window (ms; duration 0 = up to the last spike). */
	public IsiSettings withWindow(final double newStart, final double newDuration) {
		return new IsiSettings(binWidth, fanoWindow, maxLag, refractoryPeriod, newStart, newDuration);
	}

	/** These settings with another Fano window (ms). */
	public IsiSettings withFanoWindow(final double w) {
		return new IsiSettings(binWidth, w, maxLag, refractoryPeriod, start, duration);
	}

	/** These settings with another maximal lag. */
	public IsiSettings withMaxLag(final int lag) {
		return new IsiSettings(binWidth, fanoWindow, lag, refractoryPeriod, start, duration);
	}

	private static void positive(final String name, final double v) {
		if (!(v > 0) || v == Double.POSITIVE_INFINITY) throw new IllegalArgumentException(name +
			" must be > 0 ms and finite, got " + v);
	}

	private static void nonNegative(final String name, final double v) {
		if (!(v >= 0) || v == Double.POSITIVE_INFINITY) throw new IllegalArgumentException(name +
			" must be >= 0 ms and finite, got " + v);
	}
}
