package org.loligo.io;

import ij.gui.Plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.imageio.ImageIO;

/**
 * Figures drawn with ImageJ 1.x {@link Plot}, which renders off-screen and so works headless.
 * <p>
 * {@link #panels} gives one {@code Plot} per panel for interactive display in Fiji;
 * {@link #stacked} gives images for {@link #writePng} (rasters: {@link Rasters}). Series without a colour
 * take the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies).
 * Axis labels are the caller's, with units, e.g. {@code "time (ms)"}, {@code "V (mV)"}.
 */
public final class Plots {

	/** One curve: {@code y[i]} is plotted at the shared {@code x[i]}. {@code color} may be null. */
	public record Series(String label, double[] y, Color color) {

		/** Checks that label and values are present. */
		public Series {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(y, "y");
		}
	}

	/** One panel: its y-axis label (with units) and the curves drawn in it. */
	public record Panel(String yLabel, List<Series> series) {

		/** Copies the list, so that later changes to the caller's list do not show. */
		public Panel {
			Objects.requireNonNull(yLabel, "yLabel");
			series = List.copyOf(series);
		}
	}

	/** Okabe & Ito (2008), "Color Universal Design"; yellow left out, too faint on white. */
	private static final Color[] PALETTE = { new Color(0, 114, 178), new Color(213, 94, 0),
		new Color(0, 158, 115), new Color(204, 121, 167), new Color(230, 159, 0),
		new Color(86, 180, 233), Color.BLACK };

	private static final int FONT_SIZE = 12;

	/** Vertical pixels that a Plot spends outside its frame at {@link #FONT_SIZE} (measured). */
	static final int MARGINS_HEIGHT = 57;

	/** Frame height (pixels) of a Plot shown at ImageJ's default size, for legend headroom. */
	private static final int DEFAULT_FRAME_HEIGHT = 200;

	/** A curve is thinned to at most this many points per horizontal pixel (a min/max pair). */
	private static final int POINTS_PER_PIXEL = 2;

	private static final double[] EMPTY_RANGE = { Double.POSITIVE_INFINITY,
		Double.NEGATIVE_INFINITY };

	private Plots() {}

	/** Colour {@code i} of the default palette, cycling. */
	public static Color color(final int i) {
		return PALETTE[Math.floorMod(i, PALETTE.length)];
	}

	/**
	 * One {@link Plot} per panel, sharing the x axis and its limits, titled {@code title} (the
	 * later ones with their y label appended). Every curve keeps all its points, for zooming in
	 * Fiji.
	 *
	 * @throws IllegalArgumentException if a series' length differs from {@code x.length}.
	 */
	public static List<Plot> panels(final String title, final String xLabel, final double[] x,
		final List<Panel> panels)
	{
		return build(title, xLabel, x, panels, 0, DEFAULT_FRAME_HEIGHT, true);
	}

	/**
	 * The panels drawn {@code width × panelHeight} pixels each, stacked top to bottom below a
	 * title band, into one RGB image. Frames line up because every panel has the same size,
	 * font and margins. Long curves are thinned to per-pixel minima and maxima, which keeps every
	 * spike peak visible.
	 *
	 * @throws IllegalArgumentException as {@link #panels} does, or if there are no panels or the
	 *           size is below 100 × 80 pixels.
	 */
	public static BufferedImage stacked(final String title, final String xLabel,
		final double[] x, final List<Panel> panels, final int width, final int panelHeight)
	{
		return stacked(title, null, null, xLabel, x, panels, width, panelHeight);
	}

	/**
	 * As {@link #stacked(String, String, double[], List, int, int)}, but with the legend and a note
	 * in the header above the panels ({@link FigureHeader}), outside the data, instead of a legend in
	 * each panel; a null legend keeps the panels' own.
	 */
	public static BufferedImage stacked(final String title, final List<FigureHeader.Entry> legend,
		final String note, final String xLabel, final double[] x, final List<Panel> panels, final int width,
		final int panelHeight)
	{
		if (panels.isEmpty()) throw new IllegalArgumentException("no panels to plot");
		checkSize(width, panelHeight);
		final List<Plot> plots = build(title, xLabel, x, panels, width,
			panelHeight - MARGINS_HEIGHT, legend == null);
		final BufferedImage[] images = new BufferedImage[plots.size()];
		for (int i = 0; i < images.length; i++) {
			plots.get(i).setSize(width, panelHeight);
			images[i] = plots.get(i).getImagePlus().getBufferedImage();
			plots.get(i).dispose();
		}
		return FigureHeader.stack(title, legend == null ? List.of() : legend, note, images);
	}

	/** Writes {@code image} as PNG, atomically (see {@link AtomicFiles}). */
	public static void writePng(final Path file, final BufferedImage image) throws IOException {
		AtomicFiles.write(file, out -> {
			if (!ImageIO.write(image, "png", out)) {
				throw new IOException("no PNG writer available for " + file);
			}
		});
	}

	// -- Helpers --

	/**
	 * Builds the plots; {@code thinToWidth > 0} thins curves for an image that wide, and
	 * {@code frameHeight} (pixels) sizes the headroom left above the curves for the legend.
	 */
	private static List<Plot> build(final String title, final String xLabel, final double[] x,
		final List<Panel> panels, final int thinToWidth, final int frameHeight, final boolean inPlotLegend)
	{
		final double[] xRange = range(x, EMPTY_RANGE);
		final double[] xLimits = xRange[0] < xRange[1] ? xRange : pad(xRange, 0);
		final List<Plot> plots = new ArrayList<>(panels.size());
		for (int p = 0; p < panels.size(); p++) {
			final Panel panel = panels.get(p);
			final Plot plot = newPlot(p == 0 ? title : title + " – " + panel.yLabel(), xLabel,
				panel.yLabel());
			double[] yRange = EMPTY_RANGE;
			final StringBuilder legend = new StringBuilder();
			for (int s = 0; s < panel.series().size(); s++) {
				final Series series = panel.series().get(s);
				if (series.y().length != x.length) {
					throw new IllegalArgumentException("series '" + series.label() + "' in panel '" +
						panel.yLabel() + "' has " + series.y().length + " values but x has " + x.length);
				}
				yRange = range(series.y(), yRange);
				final double[][] xy = thinToWidth > 0 ? Thinning.minMax(x, series.y(),
					POINTS_PER_PIXEL * thinToWidth / 2) : new double[][] { x, series.y() };
				plot.setColor(series.color() != null ? series.color() : color(s));
				plot.setLineWidth(1.5f);
				plot.addPoints(xy[0], xy[1], Plot.LINE);
				legend.append(s > 0 ? "\n" : "").append(series.label());
			}
			plot.setColor(Color.BLACK);
			plot.setLineWidth(1f);
			final boolean hasLegend = inPlotLegend && !legend.toString().isBlank();
			// Room above the highest curve for the legend box, which sits in the top right corner.
			final int legendRows = hasLegend ? panel.series().size() : 0;
			final double headroom = Math.min(0.6, (legendRows * (FONT_SIZE + 3) + 10.0) /
				Math.max(frameHeight, 40));
			final double[] yLimits = pad(yRange, hasLegend ? headroom : 0);
			plot.setLimits(xLimits[0], xLimits[1], yLimits[0], yLimits[1]);
			if (hasLegend) plot.addLegend(legend.toString(), "top-right");
			plots.add(plot);
		}
		return plots;
	}

	/** A plot with the shared font, set first so that every panel gets the same margins. */
	static Plot newPlot(final String title, final String xLabel, final String yLabel) {
		final Plot plot = new Plot(title, xLabel, yLabel);
		plot.setFont(Font.PLAIN, FONT_SIZE);
		plot.setAxisLabelFont(Font.PLAIN, FONT_SIZE);
		return plot;
	}

	/** {@code {min, max}} over the finite values of {@code v} and of the given range. */
	private static double[] range(final double[] v, final double[] minMax) {
		double min = minMax[0], max = minMax[1];
		for (final double d : v) {
			if (!Double.isFinite(d)) continue;
			if (d < min) min = d;
			if (d > max) max = d;
		}
		return new double[] { min, max };
	}

	/**
	 * 5% margins below and above the data, plus a fraction {@code top} of the frame kept free at
	 * the top (for the legend); a flat range gets a finite window so that the axis has ticks.
	 */
	private static double[] pad(final double[] r, final double top) {
		if (!(r[0] <= r[1])) return new double[] { 0, 1 }; // no finite data at all
		double lo = r[0], hi = r[1];
		if (hi == lo) {
			final double half = lo == 0 ? 1 : 0.1 * Math.abs(lo);
			lo -= half;
			hi += half;
		}
		final double span = hi - lo;
		return new double[] { lo - 0.05 * span, lo - 0.05 * span + 1.1 * span / (1 - top) };
	}

	static void checkSize(final int width, final int height) {
		if (width < 100 || height < 80) {
			throw new IllegalArgumentException("plot size must be at least 100 × 80 pixels, got " +
				width + " × " + height);
		}
	}
}
