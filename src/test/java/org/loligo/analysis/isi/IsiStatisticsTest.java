package org.loligo.analysis.isi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Exact values: periodic trains, hand-computed tiny trains, Elephant's documented examples, short trains. */
class IsiStatisticsTest {

	static final double EXACT = 1e-12;

	/** Spike times 0, I_1, I_1 + I_2, … of the given intervals. */
	static double[] times(final double... isis) {
		final double[] t = new double[isis.length + 1];
		for (int i = 0; i < isis.length; i++)
			t[i + 1] = t[i] + isis[i];
		return t;
	}

	@Test
	void periodicTrainHasNoVariability() {
		final double[] t = new double[101];
		for (int i = 0; i <= 100; i++)
			t[i] = 10 * i; // 0, 10, …, 1000 ms
		final IsiStatistics s = IsiStatistics.of(t);
		assertEquals(10, s.meanIsi(), EXACT);
		assertEquals(0, s.sdIsi(), EXACT);
		assertEquals(0, s.cv(), EXACT);
		assertEquals(0, s.cv2(), EXACT);
		assertEquals(0, s.lv(), EXACT);
		assertEquals(0, s.lvr(), EXACT); // every pair has I_i = I_{i+1}: the first factor is 0 whatever R
		// Window [0, 1000] ms (up to the last spike): 101 spikes per second.
		assertEquals(101, s.rateHz(), EXACT);
		// Ten complete 100 ms windows with 10 spikes each (the spike at 1000 ms is in none): F = 0.
		assertEquals(0, s.fanoFactor(), EXACT);
		assertEquals("", s.reason());
	}

	@Test
	void handComputedTinyTrain() {
		// ISIs 2, 6, 3 ms. mean = 11/3; deviations −5/3, 7/3, −2/3 → Σ² = 78/9, SD = √(26/9) = √26/3,
		// CV = √26/11.
		// Pairs (2,6): d = −4/8 = −1/2; (6,3): d = 3/9 = 1/3.
		// CV2 = (2·1/2 + 2·1/3)/2 = 5/6. LV = 3·(1/4 + 1/9)/2 = 13/24.
		// LvR (R = 5): 3/2 · [1/4·(1 + 20/8) + 1/9·(1 + 20/9)] = 3/2 · (7/8 + 29/81) = 799/432.
		final IsiStatistics s = IsiStatistics.of(times(2, 6, 3));
		assertEquals(11.0 / 3, s.meanIsi(), EXACT);
		assertEquals(Math.sqrt(26) / 3, s.sdIsi(), EXACT);
		assertEquals(Math.sqrt(26) / 11, s.cv(), EXACT);
		assertEquals(5.0 / 6, s.cv2(), EXACT);
		assertEquals(13.0 / 24, s.lv(), EXACT);
		assertEquals(799.0 / 432, s.lvr(), EXACT);
		// R = 0 turns LvR into LV.
		assertEquals(13.0 / 24, IsiStatistics.of(times(2, 6, 3), IsiSettings.DEFAULTS.withRefractoryPeriod(0))
			.lvr(), EXACT);
		// ISIs 10, 20, 10: both pairs have |d| = 1/3: CV2 = 2/3, LV = 3·1/9 = 1/3,
		// LvR(R = 5) = 3/2 · 2 · 1/9 · (1 + 20/30) = 5/9.
		final IsiStatistics u = IsiStatistics.of(times(10, 20, 10));
		assertEquals(2.0 / 3, u.cv2(), EXACT);
		assertEquals(1.0 / 3, u.lv(), EXACT);
		assertEquals(5.0 / 9, u.lvr(), EXACT);
	}

	@Test
	void elephantDocumentedExamples() {
		// elephant.statistics docstrings (NeuralEnsemble/elephant): for the intervals [0.3, 4.5, 6.7, 9.3],
		// cv2 = 0.8226190476190478, lv = 0.8306154336734695, lvr(R = 0.005) = 0.833907445980624 (same
		// time unit for R and the intervals).
		final double[] t = times(0.3, 4.5, 6.7, 9.3);
		final IsiStatistics s = IsiStatistics.of(t, IsiSettings.DEFAULTS.withRefractoryPeriod(0.005));
		assertEquals(0.8226190476190478, s.cv2(), 1e-12);
		assertEquals(0.8306154336734695, s.lv(), 1e-12);
		assertEquals(0.833907445980624, s.lvr(), 1e-12);
	}

	@Test
	void unsortedTimesAreSortedFirst() {
		final double[] t = { 8, 0, 11, 2 };
		final IsiStatistics s = IsiStatistics.of(t);
		assertEquals(13.0 / 24, s.lv(), EXACT);
		assertFalse(SpikeTrains.of(t).inputSorted());
		assertEquals(8, t[0], 0, "the caller's array is left as it was");
	}

	@Test
	void shortTrainsGiveNaNWithAReason() {
		final IsiStatistics none = IsiStatistics.of(new double[0], IsiSettings.DEFAULTS.withWindow(0, 1000));
		assertEquals(0, none.spikes());
		assertEquals(0, none.rateHz(), 0);
		assertTrue(Double.isNaN(none.meanIsi()) && Double.isNaN(none.cv()) && Double.isNaN(none.lv()));
		assertTrue(none.reason().contains("fewer than 2 spikes"), none.reason());
		assertTrue(none.reason().contains("no spikes in the Fano windows"), none.reason());

		final IsiStatistics one = IsiStatistics.of(new double[] { 5 });
		assertTrue(Double.isNaN(one.meanIsi()) && Double.isNaN(one.fanoFactor()));
		assertEquals(1 / 0.005, one.rateHz(), 1e-9); // window [0, 5] ms, up to the only spike
		assertTrue(one.reason().contains("fewer than 2 spikes"), one.reason());
		final IsiStatistics atZero = IsiStatistics.of(new double[] { 0 });
		assertTrue(Double.isNaN(atZero.rateHz()));
		assertTrue(atZero.reason().contains("empty observation window"), atZero.reason());

		final IsiStatistics two = IsiStatistics.of(new double[] { 5, 12 });
		assertEquals(7, two.meanIsi(), EXACT);
		for (final double v : new double[] { two.sdIsi(), two.cv(), two.cv2(), two.lv(), two.lvr() })
			assertTrue(Double.isNaN(v));
		assertTrue(two.reason().contains("fewer than 3 spikes"), two.reason());
		assertTrue(two.reason().contains("shorter than 2 fanoWindow"), two.reason());
		assertEquals(2 / 0.012, two.rateHz(), 1e-9); // window [0, 12] ms
	}
}
