package org.loligo.engine.poisson;

/**
 * What an ensemble run produced.
 *
 * @param spec        the description that was run
 * @param seed        master seed actually used (never 0)
 * @param spikeRule   the detection rule in words ({@link org.loligo.engine.record.SpikeDetector#ruleWithKicks})
 * @param spikeTimes  per trial, its spike times (ms, ascending); trial k is row k
 * @param trace       trace of trial 0 (up to {@code completedMs})
 * @param inputs      presynaptic spikes of trial 0 in explicit mode, else null
 * @param partial     true when cancelled: every trial stopped at {@code completedMs}
 * @param completedMs simulated time of every trial, ms (the spec's duration unless cancelled)
 * @param wallSeconds wall-clock time of the run
 */
public record PoissonResult(PoissonSpec spec, long seed, String spikeRule, double[][] spikeTimes,
	PoissonTrace trace, InputEvents inputs, boolean partial, double completedMs, double wallSeconds)
{

	/** Trials run (all of them; a cancelled run stops them all at {@link #completedMs}). */
	public int trials() {
		return spikeTimes.length;
	}

	/** Total spikes over all trials. */
	public int spikeCount() {
		int c = 0;
		for (final double[] t : spikeTimes)
			c += t.length;
		return c;
	}

	/** Output rate of each trial, Hz: spikes / simulated time ({@link #completedMs}). */
	public double[] rates() {
		final double[] r = new double[trials()];
		for (int k = 0; k < r.length; k++)
			r[k] = spikeTimes[k].length / (completedMs / 1000.0);
		return r;
	}

	/** Every spike as (trial, time in ms), in trial order: the shape the ensemble statistics take. */
	public int[] spikeTrials() {
		final int[] trial = new int[spikeCount()];
		int q = 0;
		for (int k = 0; k < spikeTimes.length; k++)
			for (int j = 0; j < spikeTimes[k].length; j++)
				trial[q++] = k;
		return trial;
	}

	/** The times of {@link #spikeTrials}, ms. */
	public double[] spikeTimesFlat() {
		final double[] t = new double[spikeCount()];
		int q = 0;
		for (final double[] ts : spikeTimes)
			for (final double x : ts)
				t[q++] = x;
		return t;
	}
}
