package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.gui.Plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link Plots}: images of the promised size with the curves in their colours. */
class PlotsTest {

	@TempDir
	Path dir;

	private static final int N = 50_000;

	private static double[] time() {
		final double[] t = new double[N];
		for (int i = 0; i < N; i++) t[i] = 0.01 * i;
		return t;
	}

	private static List<Plots.Panel> twoPanels() {
		final double[] v = new double[N], m = new double[N];
		for (int i = 0; i < N; i++) {
			v[i] = i % 1500 == 700 ? 40 : -65; // one-sample spikes, must survive thinning
			m[i] = 0.5 + 0.4 * Math.sin(i * 1e-3);
		}
		return List.of(
			new Plots.Panel("V (mV)", List.of(new Plots.Series("neuron 0", v, null))),
			new Plots.Panel("m (1)", List.of(new Plots.Series("m", m, Color.MAGENTA))));
	}

	@Test
	void stackedPngHasExpectedSizeAndColours() throws IOException {
		final BufferedImage image = Plots.stacked("Single HH neuron", "time (ms)", time(),
			twoPanels(), 800, 250);
		final Path file = dir.resolve("traces.png");
		Plots.writePng(file, image);
		assertEquals(List.of("traces.png"), AtomicFilesTest.names(dir));
		final BufferedImage back = ImageIO.read(file.toFile());
		assertNotNull(back, "PNG decodes");
		assertEquals(800, back.getWidth());
		assertTrue(back.getHeight() > 2 * 250 && back.getHeight() <= 2 * 250 + 40,
			"two panels plus a title band: " + back.getHeight());
		// The default colour is drawn in the top panel only, the explicit one in the bottom one.
		final int split = back.getHeight() - 250;
		assertTrue(count(back, Plots.color(0), 0, split) > 500);
		assertEquals(0, count(back, Plots.color(0), split, back.getHeight()));
		assertTrue(count(back, Color.MAGENTA, split, back.getHeight()) > 500);
		assertTrue(count(back, Color.BLACK, 0, 25) > 20, "title drawn in the band");
		// Spikes reach +40 mV: blue pixels in the top quarter of the first frame.
		assertTrue(count(back, Plots.color(0), 40, 100) > 20, "spike peaks survive thinning");
	}

	@Test
	void panelsGiveOnePlotEach() {
		final List<Plot> plots = Plots.panels("Run", "time (ms)", time(), twoPanels());
		assertEquals(2, plots.size());
		assertEquals("Run", plots.get(0).getTitle());
		final BufferedImage image = plots.get(1).getImagePlus().getBufferedImage();
		assertTrue(count(image, Color.MAGENTA, 0, image.getHeight()) > 100);
	}

	@Test
	void mismatchedLengthsAreRefused() {
		final List<Plots.Panel> bad = List.of(new Plots.Panel("V (mV)",
			List.of(new Plots.Series("v", new double[3], null))));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> Plots.stacked("t", "time (ms)", new double[4], bad, 400, 200));
		assertTrue(e.getMessage().contains("'v'"), e.getMessage());
	}

	/** Pixels of exactly {@code c} in rows {@code [y0, y1)}. */
	static int count(final BufferedImage image, final Color c, final int y0, final int y1) {
		int n = 0;
		for (int y = Math.max(0, y0); y < Math.min(y1, image.getHeight()); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) n++;
			}
		}
		return n;
	}
}
