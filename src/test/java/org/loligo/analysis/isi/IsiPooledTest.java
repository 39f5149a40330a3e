package org.loligo.analysis.isi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Pooled definitions on two hand-computed trains; window, histogram and grouping. */
class IsiPooledTest {

	static final double EXACT = 1e-12;

	// Train 0: spikes 0, 2, 8, 11 ms (ISIs 2, 6, 3); train 1: spikes 0, 10, 30, 40, 60 ms (ISIs 10, 20, 10, 20).
	static final int[] IDS = { 1, 0, 1, 0, 1, 0, 1, 0, 1 };
	static final double[] TIMES = { 0, 0, 10, 2, 30, 8, 40, 11, 60 };

	@Test
	void pooledStatisticsFollowTheirDefinitions() {
		final IsiReport r = IsiAnalysis.run(SpikeTrains.group(IDS, TIMES), IsiSettings.DEFAULTS.withFanoWindow(20));
		final IsiStatistics p = r.pooled();
		// Window [0, 60] ms: the last spike of all trains.
		assertEquals(60, r.windowEnd(), 0);
		assertEquals(9, p.spikes());
		assertEquals(7, p.intervals());
		// Rate: 9 spikes / (2 trains × 0.06 s) = 75 Hz, the mean of 4/0.06 and 5/0.06.
		assertEquals(75, p.rateHz(), 1e-9);
		assertEquals(4 / 0.06, r.trains().get(0).rateHz(), 1e-9);
		// Pooled ISIs {2, 6, 3, 10, 20, 10, 20}: Σ = 71, Σ² = 1049; var (ddof 0) = (7·1049 − 71²)/49 = 2302/49.
		assertEquals(71.0 / 7, p.meanIsi(), EXACT);
		assertEquals(Math.sqrt(2302) / 7, p.sdIsi(), EXACT);
		assertEquals(Math.sqrt(2302) / 71, p.cv(), EXACT);
		// Pairs: train 0 has |d| = 1/2, 1/3; train 1 three pairs with |d| = 1/3.
		// CV2 = (1 + 2/3 + 3·2/3)/5 = 11/15; LV = 3·(1/4 + 4·1/9)/5 = 5/12 — not the mean of the trains'
		// LVs (13/24 and 1/3 → 7/16): pairs, not trains, are weighted equally.
		assertEquals(11.0 / 15, p.cv2(), EXACT);
		assertEquals(5.0 / 12, p.lv(), EXACT);
		// LvR (R = 5): 3/5 · [1/4·(1 + 20/8) + 1/9·(1 + 20/9) + 3·1/9·(1 + 20/30)] = 3/5 · (7/8 + 29/81 + 5/9).
		assertEquals(3.0 / 5 * (7.0 / 8 + 29.0 / 81 + 5.0 / 9), p.lvr(), EXACT);
		// Fano (W = 20 ms, windows [0,20), [20,40), [40,60)): train 0 counts 4, 0, 0 → F = (32/9)/(4/3) = 8/3;
		// train 1 counts 2, 1, 1 (60 is in no complete window) → F = (2/9)/(4/3) = 1/6;
		// pooled {4, 0, 0, 2, 1, 1}: mean 4/3, var 22/6 − 16/9 = 17/9 → F = 17/12.
		assertEquals(8.0 / 3, r.trains().get(0).fanoFactor(), EXACT);
		assertEquals(1.0 / 6, r.trains().get(1).fanoFactor(), EXACT);
		assertEquals(17.0 / 12, p.fanoFactor(), EXACT);
		// Serial correlation, deviations from each train's own mean (11/3 and 15):
		// lag 1: train 0 (−5/3)(7/3) + (7/3)(−2/3) = −49/9 over 2 pairs; train 1 3·(−25) over 3 pairs;
		// variance (78/9 + 100)/7. ρ_1 = ((−49/9 − 75)/5) / ((78/9 + 100)/7).
		final double variance = (78.0 / 9 + 100) / 7;
		assertEquals((-49.0 / 9 - 75) / 5 / variance, r.serialCorrelation()[0], EXACT);
		// lag 2: train 0 (−5/3)(−2/3) = 10/9 (1 pair); train 1 2·25 (2 pairs).
		assertEquals((10.0 / 9 + 50) / 3 / variance, r.serialCorrelation()[1], EXACT);
		assertArrayEquals(new long[] { 5, 3, 1, 0, 0 }, r.serialPairs());
		assertTrue(Double.isNaN(r.serialCorrelation()[3]));
	}

	@Test
	void histogramBinsHalfOpenUpToTheLongestInterval() {
		final IsiReport r = IsiAnalysis.run(SpikeTrains.group(IDS, TIMES), IsiSettings.DEFAULTS);
		// ISIs 2, 6, 3, 10, 20, 10, 20 in 1 ms bins: 21 bins [0,1) … [20,21).
		final IsiHistogram h = r.histogram();
		assertEquals(21, h.bins());
		assertEquals(7, h.total());
		assertEquals(2, h.counts()[10]);
		assertEquals(2, h.counts()[20]);
		assertEquals(1, h.counts()[2]);
		assertEquals(0, h.counts()[1]);
		final IsiHistogram coarse = IsiAnalysis.run(SpikeTrains.group(IDS, TIMES), new IsiSettings(8, 100, 5, 5, 0,
			0)).histogram();
		assertArrayEquals(new long[] { 3, 2, 2 }, coarse.counts()); // [0,8): 2,6,3; [8,16): 10,10; [16,24): 20,20
		final Exception e = assertThrows(IllegalArgumentException.class, () -> IsiAnalysis.run(SpikeTrains.group(
			IDS, TIMES), new IsiSettings(1e-5, 100, 5, 5, 0, 0)));
		assertTrue(e.getMessage().startsWith("binWidth"), e.getMessage());
	}

	@Test
	void observationWindowLeavesOutOtherSpikes() {
		// [5, 35] ms: train 0 keeps 8, 11; train 1 keeps 10, 30.
		final IsiReport r = IsiAnalysis.run(SpikeTrains.group(IDS, TIMES), IsiSettings.DEFAULTS.withWindow(5, 30));
		assertEquals(5, r.spikesOutsideWindow());
		assertEquals(2, r.trains().get(0).spikes());
		assertEquals(3, r.trains().get(0).meanIsi(), EXACT);
		assertEquals(20, r.trains().get(1).meanIsi(), EXACT);
		assertEquals(2 / 0.03, r.trains().get(1).rateHz(), 1e-9);
		assertEquals(4 / 0.06, r.pooled().rateHz(), 1e-9);
	}

	@Test
	void groupingSortsAndCountsSilentTrains() {
		final SpikeTrains s = SpikeTrains.group(IDS, TIMES, 4);
		assertEquals(4, s.count());
		assertArrayEquals(new double[] { 0, 2, 8, 11 }, s.train(0));
		assertArrayEquals(new double[0], s.train(3));
		assertTrue(s.inputSorted());
		final SpikeTrains shuffled = SpikeTrains.group(new int[] { 7, 7, 3 }, new double[] { 5, 1, 2 });
		assertArrayEquals(new int[] { 3, 7 }, shuffled.ids());
		assertArrayEquals(new double[] { 1, 5 }, shuffled.train(1));
		assertTrue(!shuffled.inputSorted());
		// Silent trains count in the pooled rate (9 spikes over 4 trains) and get NaN with a reason.
		final IsiReport r = IsiAnalysis.run(s, IsiSettings.DEFAULTS);
		assertEquals(9 / (4 * 0.06), r.pooled().rateHz(), 1e-9);
		assertTrue(r.trains().get(2).reason().contains("fewer than 2 spikes"));
	}

	@Test
	void badSpikesAreNamed() {
		assertMessage("spike 1: train id must be >= 0, got -2", () -> SpikeTrains.group(new int[] { 0, -2 },
			new double[] { 1, 2 }));
		assertMessage("spike 0: spike time must be finite and >= 0 ms, got NaN", () -> SpikeTrains.group(new int[] {
			0 }, new double[] { Double.NaN }));
		assertMessage("line 4: train id 5 is not below the number of trains 2", () -> SpikeTrains.group(new int[] {
			0, 1, 5 }, new double[] { 1, 2, 3 }, 2, k -> "line " + (k + 2)));
		assertMessage("line 5: train 1 has a second spike at 2.0 ms (the first is at line 3)", () -> SpikeTrains
			.group(new int[] { 0, 1, 0, 1 }, new double[] { 1, 2, 3, 2 }, 0, k -> "line " + (k + 2)));
		assertMessage("maxLag must be in 0 … 1000, got -1", () -> IsiSettings.DEFAULTS.withMaxLag(-1));
		assertMessage("fanoWindow must be > 0 ms and finite, got 0.0", () -> IsiSettings.DEFAULTS.withFanoWindow(0));
		assertMessage("refractoryPeriod must be >= 0 ms and finite, got NaN", () -> IsiSettings.DEFAULTS
			.withRefractoryPeriod(Double.NaN));
	}

	static void assertMessage(final String start, final org.junit.jupiter.api.function.Executable call) {
		final Exception e = assertThrows(IllegalArgumentException.class, call);
		assertTrue(e.getMessage().startsWith(start), e.getMessage());
	}
}
