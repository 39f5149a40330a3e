package org.loligo.engine.poisson;

/**
 * What an ensemble run produced.
 *
 * @param spec        the description that was run
 * @param seed        master seed actually used (never 0)
 * @param spikeRule   the detection rule in words ({@link SpikeDetector#rule})
 * @param spikeTimes  per completed trial, its spike times (ms, ascending); trial k is row k
 * @param trace       trace of trial 0 (null if trial 0 did not start)
 * @param inputs      presynaptic spikes of trial 0 in explicit mode, else null
 * @param partial     true when cancelled: only the first {@code spikeTimes.length} trials are complete
 * @param wallSeconds wall-clock time of the run
 */
public record PoissonResult(PoissonSpec spec, long seed, String spikeRule, double[][] spikeTimes,
	PoissonTrace trace, InputEvents inputs, boolean partial, double wallSeconds)
{

	/** Completed trials. */
	public int trials() {
		return spikeTimes.length;
	}

	/** Total spikes over completed trials. */
	public int spikeCount() {
		int c = 0;
		for (final double[] t : spikeTimes)
			c += t.length;
		return c;
	}

	/** Output rate of each completed trial, Hz: spikes / simulated time (steps·dt). */
	public double[] rates() {
		final double[] r = new double[trials()];
		for (int k = 0; k < r.length; k++)
			r[k] = spikeTimes[k].length / (spec.simulatedTime() / 1000.0);
		return r;
	}

	/** Mean output rate over completed trials, Hz (NaN if none). */
	public double outputRateHz() {
		final double[] r = rates();
		double s = 0;
		for (final double x : r)
			s += x;
		return r.length == 0 ? Double.NaN : s / r.length;
	}

	/** Sample SD (n - 1) of the per-trial rates, Hz; 0 with one trial, NaN with none. */
	public double outputRateSd() {
		final double[] r = rates();
		if (r.length < 2) return r.length == 1 ? 0 : Double.NaN;
		final double mean = outputRateHz();
		double ss = 0;
		for (final double x : r)
			ss += (x - mean) * (x - mean);
		return Math.sqrt(ss / (r.length - 1));
	}

	/**
	 * Pooled ISI coefficient of variation: the inter-spike intervals of every trial (within a trial only,
	 * never across trials) pooled into one sample; CV = sample SD (n - 1) / mean. NaN with fewer than two
	 * intervals.
	 */
	public double isiCv() {
		long count = 0;
		double sum = 0;
		for (final double[] t : spikeTimes)
			for (int k = 1; k < t.length; k++) {
				sum += t[k] - t[k - 1];
				count++;
			}
		if (count < 2) return Double.NaN;
		final double mean = sum / count;
		double ss = 0;
		for (final double[] t : spikeTimes)
			for (int k = 1; k < t.length; k++) {
				final double d = t[k] - t[k - 1] - mean;
				ss += d * d;
			}
		return Math.sqrt(ss / (count - 1)) / mean;
	}
}
