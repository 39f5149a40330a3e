package org.loligo.analysis.isi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The two CVs every command reports, by hand and against {@link IsiAnalysis} (a separate code path). */
class IsiCvTest {

	/** Train 0: ISIs 2, 6, 3 ms; train 1: ISIs 10, 20, 10, 20 ms; train 2: one interval (no CV). */
	@Test
	void handComputedPooledAndPerTrainWithDdofZero() {
		final int[] ids = { 0, 1, 0, 2, 0, 1, 1, 0, 2, 1, 1 };
		final double[] t = { 0, 0, 2, 5, 8, 10, 30, 11, 9, 40, 60 };
		final double[] cvs = new double[3];
		final IsiCv cv = IsiCv.of(ids, t, 0, 3, cvs);
		// Train 0: mean 11/3, Σ(I - mean)² = 78/9, SD = sqrt(78/27) with ddof 0 (sqrt(78/18) with n - 1).
		assertEquals(Math.sqrt(78.0 / 27) / (11.0 / 3), cvs[0], 1e-14);
		assertEquals(1.0 / 3, cvs[1], 1e-14); // mean 15, SD 5
		assertTrue(Double.isNaN(cvs[2]));
		assertEquals((cvs[0] + cvs[1]) / 2, cv.meanPerTrain(), 1e-14);
		assertEquals(2, cv.trainsWithCv());
		// Pooled: 2, 6, 3, 10, 20, 10, 20 and train 2's 4: eight intervals, mean 75/8.
		final double[] all = { 2, 6, 3, 10, 20, 10, 20, 4 };
		assertEquals(IsiCv.sd(all) / (75.0 / 8), cv.pooled(), 1e-14);
		assertEquals(Math.sqrt((2 * 2 + 6 * 6 + 3 * 3 + 100 + 400 + 100 + 400 + 16) / 8.0 - 75.0 * 75 / 64),
			IsiCv.sd(all), 1e-12);
	}

	@Test
	void aRangeOfTrainsLeavesTheOthersOut() {
		final int[] ids = { 0, 1, 0, 1, 0, 1 };
		final double[] t = { 0, 0, 1, 5, 3, 6 };
		final IsiCv one = IsiCv.of(ids, t, 1, 2, null);
		assertEquals(IsiCv.sd(new double[] { 5, 1 }) / 3, one.pooled(), 1e-14);
		assertEquals(one.pooled(), one.meanPerTrain(), 1e-14);
	}

	@Test
	void sdOfOneValueIsZeroAndOfNoneNaN() {
		assertEquals(0, IsiCv.sd(new double[] { 7 }));
		assertTrue(Double.isNaN(IsiCv.sd(new double[0])));
	}

	/** Random trains far from 0 (cancellation) agree with IsiAnalysis's Welford sums to rounding. */
	@Test
	void agreesWithIsiAnalysisOnRandomTrains() {
		final SplittableRandom rng = new SplittableRandom(11);
		final int trains = 40, per = 300;
		final int[] ids = new int[trains * per];
		final double[] t = new double[trains * per];
		final double[] clock = new double[trains];
		for (int k = 0; k < t.length; k++) {
			final int i = k % trains;
			clock[i] += 1e5 * (i == 3 ? 0 : 1) + rng.nextExponential() * (1 + i % 5);
			ids[k] = i;
			t[k] = clock[i];
		}
		final IsiCv cv = IsiCv.of(ids, t, 0, trains, null);
		final IsiReport r = IsiAnalysis.run(SpikeTrains.group(ids, t), new IsiSettings(1e4, 1e3, 1, 0, 0, 0));
		assertEquals(r.pooled().cv(), cv.pooled(), 1e-12 * cv.pooled());
		assertEquals(r.meanTrainCv(), cv.meanPerTrain(), 1e-12 * cv.meanPerTrain());
	}
}
