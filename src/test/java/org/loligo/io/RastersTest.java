package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Tests {@link Rasters}: populations in their own panels and colours with their real ids, a rate that
 * counts every spike (drawn or not), whole-number ticks, and a note of what is not drawn.
 */
class RastersTest {

	/** A COBA-like population: 80 excitatory (0–79), 20 inhibitory (80–99), spikes at random. */
	private static final int N_EXC = 80, N = 100;

	private static final Color EXC = Plots.color(0), INH = Plots.color(1);

	private static List<Rasters.Group> groups(final int drawnExc, final int drawnInh) {
		return List.of(new Rasters.Group("excitatory", 0, N_EXC, drawnExc, EXC), new Rasters.Group("inhibitory",
			N_EXC, N - N_EXC, drawnInh, INH));
	}

	private static double[] times;

	private static int[] ids;

	static {
		final SplittableRandom rng = new SplittableRandom(1);
		times = new double[3000];
		ids = new int[times.length];
		for (int k = 0; k < times.length; k++) {
			times[k] = rng.nextDouble(200);
			ids[k] = rng.nextInt(N);
		}
	}

	@Test
	void theRateCountsEverySpikeOfEachPopulationDrawnOrNot() {
		final List<Rasters.Group> g = groups(10, 5);
		final double bin = 5;
		final double[][] rates = Rasters.rates(times, ids, 200, g, bin);
		for (int p = 0; p < 2; p++) {
			long spikes = 0;
			for (final int id : ids)
				if (id >= g.get(p).firstId() && id < g.get(p).firstId() + g.get(p).size()) spikes++;
			double counted = 0;
			for (final double r : rates[p])
				counted += r * bin * g.get(p).size() / 1000;
			assertEquals(spikes, counted, 1e-9, g.get(p).label());
			assertEquals(40, rates[p].length);
		}
	}

	@Test
	void eachPopulationHasItsPanelAndColourInhibitoryOnTop() {
		final BufferedImage image = Rasters.figure("COBA-like", "neuron", times, ids, 200, groups(N_EXC, N - N_EXC),
			800, 400);
		assertEquals(800, image.getWidth());
		// Find the rows with dots of each colour: inhibitory (ids 80–99) above excitatory (0–79).
		final int inhTop = firstRow(image, INH, 60), excTop = firstRow(image, EXC, 60);
		assertTrue(inhTop > 0 && excTop > inhTop, "inhibitory panel above the excitatory one: " + inhTop + ", " +
			excTop);
		assertTrue(PlotsTest.count(image, EXC, 0, 60) > 3, "a swatch of each colour in the header");
		assertTrue(PlotsTest.count(image, INH, 0, 60) > 3, "a swatch of each colour in the header");
		assertThrows(IllegalArgumentException.class, () -> Rasters.figure("r", "neuron", new double[2], new int[1],
			10, Rasters.one("neurons", 1, 1), 400, 200));
		assertThrows(IllegalArgumentException.class, () -> new Rasters.Group("g", 0, 5, 6, EXC));
	}

	@Test
	void theNoteSaysWhatIsNotDrawn() {
		final String note = Rasters.note("neuron", groups(40, 20), 5);
		assertTrue(note.contains("excitatory: neurons 0–39 drawn of 80"), note);
		assertTrue(!note.contains("inhibitory: neurons"), "all inhibitory drawn: " + note);
		assertTrue(note.contains("over all 100, 5 ms bins"), note);
	}

	@Test
	void ticksAreWholeNumbersAndBinsRound() {
		// Two neurons once had ticks at -0.5, 0.5, 1.5.
		assertEquals(1, Rasters.tickInterval(2));
		assertEquals(1, Rasters.tickInterval(4));
		assertEquals(5, Rasters.tickInterval(20));
		assertEquals(100, Rasters.tickInterval(400));
		assertEquals(2, Rasters.rateBin(100), 0);
		assertEquals(20, Rasters.rateBin(1000), 0);
		assertEquals(0.5, Rasters.niceStep(0.45), 1e-15);
	}

	/** The first row at or below {@code from} with a pixel of exactly colour {@code c}, or -1. */
	private static int firstRow(final BufferedImage image, final Color c, final int from) {
		for (int y = from; y < image.getHeight(); y++)
			if (PlotsTest.count(image, c, y, y + 1) > 0) return y;
		return -1;
	}
}
