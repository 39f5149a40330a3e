package org.loligo.engine.noise.channel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.loligo.engine.sim.PopulationState;

/**
 * Test helper: firing rate and ISI CV of many independent HH1952 trials from rest under a constant
 * current, with their standard errors. Spike = upward crossing of 0 mV, re-armed below -10 mV (10 mV
 * hysteresis, the commands' default), time interpolated within the step. Trial i draws from stream i of
 * the seed, so the result does not depend on the thread count.
 *
 * @param rate   mean over trials of spikes / duration, Hz
 * @param rateSe its standard error from the spread over trials
 * @param cv     ISI CV (SD with ddof 0 over the pooled ISIs of all trials)
 * @param cvSe   its standard error, delete-a-group jackknife over {@link #GROUPS} groups of trials
 * @param isis   ISIs pooled
 */
record FiringStatistics(double rate, double rateSe, double cv, double cvSe, long isis) {

	static final int GROUPS = 20;

	/** Runs the trials on {@code threads} threads (contiguous blocks of trials). */
	static FiringStatistics of(final ChannelNoiseScheme.Method method, final double area, final double current,
		final int trials, final double duration, final double dt, final long seed, final int threads)
	{
		final ChannelStepper st = Patches.stepper(method, area, trials, seed, dt);
		final PopulationState s = PopulationState.atRest(Patches.HH, trials);
		st.init(s, 0, trials);
		final int[] count = new int[trials];
		// Per trial: Σ ISI, Σ ISI², number of ISIs.
		final double[] sum = new double[trials], sum2 = new double[trials];
		final int[] n = new int[trials];
		final ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			final Future<?>[] f = new Future<?>[threads];
			for (int t = 0; t < threads; t++) {
				final int from = (int) ((long) trials * t / threads), to = (int) ((long) trials * (t + 1) / threads);
				f[t] = pool.submit(() -> run(st, s, from, to, current, duration, dt, count, sum, sum2, n));
			}
			for (final Future<?> x : f)
				x.get();
		} catch (final Exception e) {
			throw new IllegalStateException(e);
		} finally {
			pool.shutdown();
		}
		double r = 0, r2 = 0;
		for (final int c : count) {
			final double hz = c / duration * 1000;
			r += hz;
			r2 += hz * hz;
		}
		final double mean = r / trials, se = Math.sqrt((r2 - trials * mean * mean) / (trials - 1) / trials);
		final double cv = cv(sum, sum2, n, -1);
		double jk = 0, jk2 = 0;
		for (int g = 0; g < GROUPS; g++) {
			final double c = cv(sum, sum2, n, g);
			jk += c;
			jk2 += c * c;
		}
		final double jm = jk / GROUPS, cvSe = Math.sqrt((GROUPS - 1.0) / GROUPS * (jk2 - GROUPS * jm * jm));
		long isis = 0;
		for (final int k : n)
			isis += k;
		return new FiringStatistics(mean, se, cv, cvSe, isis);
	}

	/** Pooled CV of all trials but those of group {@code leaveOut} (trial i is in group i mod GROUPS). */
	private static double cv(final double[] sum, final double[] sum2, final int[] n, final int leaveOut) {
		double s = 0, s2 = 0;
		long k = 0;
		for (int i = 0; i < n.length; i++)
			if (i % GROUPS != leaveOut) {
				s += sum[i];
				s2 += sum2[i];
				k += n[i];
			}
		final double m = s / k;
		return Math.sqrt(s2 / k - m * m) / m;
	}

	private static void run(final ChannelStepper st, final PopulationState s, final int from, final int to,
		final double current, final double duration, final double dt, final int[] count, final double[] sum,
		final double[] sum2, final int[] n)
	{
		final int len = to - from;
		final double[] cur = new double[s.size()], vOld = new double[len], last = new double[len];
		java.util.Arrays.fill(cur, current);
		java.util.Arrays.fill(last, Double.NaN);
		final boolean[] armed = new boolean[len];
		java.util.Arrays.fill(armed, true);
		final long steps = Math.round(duration / dt);
		for (long k = 0; k < steps; k++) {
			System.arraycopy(s.v, from, vOld, 0, len);
			st.step(s, from, to, cur, cur, cur);
			for (int j = 0; j < len; j++) {
				final double v = s.v[from + j];
				if (armed[j] && v >= 0) {
					armed[j] = false;
					final double t = (k + -vOld[j] / (v - vOld[j])) * dt;
					final int i = from + j;
					count[i]++;
					if (!Double.isNaN(last[j])) {
						final double isi = t - last[j];
						sum[i] += isi;
						sum2[i] += isi * isi;
						n[i]++;
					}
					last[j] = t;
				} else if (!armed[j] && v < -10) armed[j] = true;
			}
		}
	}
}
