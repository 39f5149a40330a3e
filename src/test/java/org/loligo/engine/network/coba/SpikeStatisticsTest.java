package org.loligo.engine.network.coba;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rates, ISI CV, binned rates and raster on hand-made spike trains with known values. */
class SpikeStatisticsTest {

	// Neurons 0, 1 excitatory, 2 inhibitory. Neuron 0 regular (ISIs 10, 10, 10): CV 0. Neuron 1 ISIs 10, 30:
	// mean 20, population SD 10, CV 0.5. Neuron 2 two spikes only: no CV.
	private static final int[] N = { 0, 1, 2, 0, 1, 0, 2, 0, 1 };
	private static final double[] T = { 1, 2, 3, 11, 12, 21, 25, 31, 42 };

	@Test
	void meanRatesPerGroup() {
		assertEquals(7 / (2 * 0.1), SpikeStatistics.meanRate(N, 2, 3, true, 100), 1e-12);
		assertEquals(2 / (1 * 0.1), SpikeStatistics.meanRate(N, 2, 3, false, 100), 1e-12);
	}

	@Test
	void isiCvAveragesNeuronsWithTwoIntervalsOrMore() {
		assertEquals(0.25, SpikeStatistics.isiCv(N, T, 2, 3, true), 1e-12); // (0 + 0.5) / 2
		assertTrue(Double.isNaN(SpikeStatistics.isiCv(N, T, 2, 3, false)));
	}

	@Test
	void binnedRatesAndRaster() {
		final double[][] r = SpikeStatistics.populationRate(N, T, 2, 3, 10, 50);
		assertArrayEquals(new double[] { 0, 10, 20, 30, 40 }, r[0]);
		// Bin [0, 10): 2 excitatory spikes over 2 neurons · 10 ms = 100 Hz; 1 inhibitory: 100 Hz.
		assertArrayEquals(new double[] { 100, 100, 50, 50, 50 }, r[1], 1e-12);
		assertArrayEquals(new double[] { 100, 0, 100, 0, 0 }, r[2], 1e-12);
		final float[] raster = SpikeStatistics.raster(N, T, 3, 10, 50);
		assertEquals(15, raster.length);
		assertArrayEquals(new float[] { 1, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 0, 1, 0, 0 }, raster);
	}
}
