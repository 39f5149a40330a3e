package org.loligo.io;

import ij.gui.Plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Spike rasters with a population-rate panel under them. Each population (a {@link Group}: the
 * excitatory and inhibitory cells of COBA, or all neurons or trials) gets its own raster panel in its
 * own colour, with the neurons' real ids on the y axis (whole-number ticks only), so that a panel that
 * shows 400 of 3,200 cells says which ones; the rate panel counts every spike of each population, drawn
 * or not. The legend and a note of what is drawn sit in the header above the panels ({@link FigureHeader}).
 */
public final class Rasters {

	/**
	 * A population: ids {@code firstId … firstId + size - 1}, of which the first {@code drawn} are drawn.
	 */
	public record Group(String label, int firstId, int size, int drawn, Color color) {

		/** Checks the counts. */
		public Group {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(color, "color");
			if (size <= 0 || drawn <= 0 || drawn > size || firstId < 0) throw new IllegalArgumentException(
				"raster group '" + label + "': need 0 < drawn <= size and firstId >= 0, got drawn " + drawn +
					", size " + size + ", firstId " + firstId);
		}

		/** Whether neuron {@code id} belongs to the population. */
		boolean contains(final int id) {
			return id >= firstId && id < firstId + size;
		}
	}

	/** Frame height of the rate panel, pixels. */
	private static final int RATE_FRAME = 110;

	/** Smallest frame height of a raster panel, pixels. */
	private static final int MIN_FRAME = 50;

	private Rasters() {}

	/** One population of {@code n} ids from 0 (all of them drawn up to {@code maxDrawn}). */
	public static List<Group> one(final String label, final int n, final int maxDrawn) {
		return List.of(new Group(label, 0, n, Math.min(n, maxDrawn), Plots.color(0)));
	}

	/**
	 * The figure: header (title, one swatch per population, a note of what is drawn), the raster
	 * panels ({@code rasterFrames} pixels of frame height shared by the populations, the last group on
	 * top), and the population rate in Hz per neuron under them, over {@code [0, tMax]} ms.
	 *
	 * @param rowName what an id is ("neuron", "trial"), for the axis and the note
	 * @throws IllegalArgumentException if the arrays differ in length, tMax is not positive or a size is
	 *           below 100 × 80 pixels
	 */
	public static BufferedImage figure(final String title, final String rowName, final double[] times,
		final int[] ids, final double tMax, final List<Group> groups, final int width, final int rasterFrames)
	{
		if (times.length != ids.length) throw new IllegalArgumentException("raster: " + times.length +
			" spike times but " + ids.length + " neuron ids");
		if (!(tMax > 0)) throw new IllegalArgumentException("raster: tMax must be > 0 ms, got " + tMax);
		Plots.checkSize(width, rasterFrames);
		int drawnRows = 0;
		for (final Group g : groups)
			drawnRows += g.drawn();
		final List<BufferedImage> panels = new ArrayList<>();
		for (int k = groups.size() - 1; k >= 0; k--) {
			final Group g = groups.get(k);
			final int frame = Math.max(MIN_FRAME, rasterFrames * g.drawn() / drawnRows);
			panels.add(image(rasterPanel(null, rowName, times, ids, tMax, g, frame), width, frame));
		}
		final double bin = rateBin(tMax);
		panels.add(image(ratePanel(null, times, ids, tMax, groups, bin), width, RATE_FRAME));
		final List<FigureHeader.Entry> legend = new ArrayList<>();
		for (final Group g : groups)
			legend.add(new FigureHeader.Entry(g.label() + " (" + range(g.firstId(), g.size()) + ")", g.color(),
				groups.size() > 1 ? FigureHeader.Mark.DOT : FigureHeader.Mark.LINE));
		return FigureHeader.stack(title, groups.size() > 1 ? legend : List.of(), note(rowName, groups, bin),
			panels.toArray(BufferedImage[]::new));
	}

	/**
	 * The same panels as ImageJ plots, for windows in Fiji (zoom, List, a cursor that reads ms and ids):
	 * one raster per population, titled {@code title} and its label, then the rate, titled {@code title}
	 * and "rate".
	 */
	public static List<Plot> plots(final String title, final String rowName, final double[] times, final int[] ids,
		final double tMax, final List<Group> groups)
	{
		if (times.length != ids.length || !(tMax > 0)) throw new IllegalArgumentException("raster: " + times.length +
			" times, " + ids.length + " ids, tMax " + tMax + " ms (must be > 0)");
		final List<Plot> plots = new ArrayList<>();
		for (int k = groups.size() - 1; k >= 0; k--) {
			final Plot p = rasterPanel(title + " – raster, " + groups.get(k).label(), rowName, times, ids, tMax, groups
				.get(k), 200);
			p.setXYLabels("time (ms)", rowName + " (" + groups.get(k).label() + ")");
			plots.add(p);
		}
		plots.add(ratePanel(title + " – rate (" + note(rowName, groups, rateBin(tMax)) + ")", times, ids, tMax, groups,
			rateBin(tMax)));
		return plots;
	}

	/** The rate panel's bin, ms: a round value near a fiftieth of the run. */
	static double rateBin(final double tMax) {
		return niceStep(tMax / 50);
	}

	// -- Helpers --

	private static Plot rasterPanel(final String title, final String rowName, final double[] times, final int[] ids, final double tMax,
		final Group g, final int frame)
	{
		final double[] x = new double[times.length], y = new double[times.length];
		int c = 0;
		for (int k = 0; k < times.length; k++)
			if (ids[k] >= g.firstId() && ids[k] < g.firstId() + g.drawn()) {
				x[c] = times[k];
				y[c++] = ids[k];
			}
		final Plot plot = Plots.newPlot(title, "", rowName);
		plot.setLimits(0, tMax, g.firstId() - 0.5, g.firstId() + g.drawn() - 0.5);
		// NB: whole-number ticks only (two neurons gave ticks at -0.5, 0.5, 1.5).
		plot.setOptions("yinterval=" + tickInterval(g.drawn()));
		plot.setColor(g.color());
		// Circles while neurons spread out vertically; dots keep dense rasters from becoming a slab.
		final boolean sparse = (double) frame / g.drawn() >= 8;
		plot.setLineWidth(sparse ? 1.5f : 1f);
		plot.addPoints(java.util.Arrays.copyOf(x, c), java.util.Arrays.copyOf(y, c), sparse ? Plot.CIRCLE
			: Plot.DOT);
		return plot;
	}

	/**
	 * The rate of each population in bins of {@code bin} ms from 0: spikes in the bin over the
	 * population's size and the bin's length, Hz per neuron (every spike counts, drawn or not).
	 */
	static double[][] rates(final double[] times, final int[] ids, final double tMax, final List<Group> groups,
		final double bin)
	{
		final int bins = Math.max(1, (int) Math.ceil(tMax / bin - 1e-9));
		final double[][] rates = new double[groups.size()][bins];
		for (int g = 0; g < groups.size(); g++) {
			for (int k = 0; k < times.length; k++)
				if (groups.get(g).contains(ids[k]) && times[k] >= 0) rates[g][Math.min(bins - 1, (int) (times[k] /
					bin))]++;
			for (int b = 0; b < bins; b++)
				rates[g][b] *= 1000.0 / (bin * groups.get(g).size());
		}
		return rates;
	}

	/** The rates as steps, one per bin (a histogram's outline), in the populations' colours. */
	private static Plot ratePanel(final String title, final double[] times, final int[] ids, final double tMax,
		final List<Group> groups, final double bin)
	{
		final double[][] rates = rates(times, ids, tMax, groups, bin);
		final Plot plot = Plots.newPlot(title, "time (ms)", "rate (Hz)");
		double top = 0;
		for (final double[] rate : rates)
			for (final double v : rate)
				top = Math.max(top, v);
		plot.setLimits(0, tMax, 0, top > 0 ? 1.1 * top : 1);
		plot.setLineWidth(1.5f);
		for (int g = 0; g < groups.size(); g++) {
			final int bins = rates[g].length;
			final double[] x = new double[2 * bins], y = new double[2 * bins];
			for (int b = 0; b < bins; b++) {
				x[2 * b] = b * bin;
				x[2 * b + 1] = Math.min(tMax, (b + 1) * bin);
				y[2 * b] = y[2 * b + 1] = rates[g][b];
			}
			plot.setColor(groups.get(g).color());
			plot.addPoints(x, y, Plot.LINE);
		}
		return plot;
	}

	private static BufferedImage image(final Plot plot, final int width, final int frame) {
		plot.setSize(width, frame + Plots.MARGINS_HEIGHT);
		final BufferedImage image = plot.getImagePlus().getBufferedImage();
		plot.dispose();
		return image;
	}

	/** What the panels show: which ids are drawn when not all are, and the rate's bin. */
	static String note(final String rowName, final List<Group> groups, final double bin) {
		final StringBuilder sb = new StringBuilder();
		for (final Group g : groups)
			if (g.drawn() < g.size()) sb.append(sb.length() > 0 ? "; " : "").append(String.format(Locale.ROOT,
				"%s: %ss %s drawn of %d", g.label(), rowName, range(g.firstId(), g.drawn()), g.size()));
		int all = 0;
		for (final Group g : groups)
			all += g.size();
		sb.append(sb.length() > 0 ? "; " : "").append(String.format(Locale.ROOT, "rate: spikes per %s and second" +
			" over all %d, %s ms bins", rowName, all, java.math.BigDecimal.valueOf(bin).round(new java.math.MathContext(4)).stripTrailingZeros()
				.toPlainString()));
		return sb.toString();
	}

	private static String range(final int first, final int n) {
		return n == 1 ? Integer.toString(first) : first + "–" + (first + n - 1);
	}

	/** The y axis' tick spacing for {@code rows} rows: a whole number, about four ticks. */
	static long tickInterval(final int rows) {
		return (long) Math.max(1, niceStep(rows / 4.0));
	}

	/** 1, 2 or 5 times a power of ten, at least {@code v}. */
	static double niceStep(final double v) {
		if (!(v > 0)) return 1;
		final double p = Math.pow(10, Math.floor(Math.log10(v)));
		for (final double m : new double[] { 1, 2, 5, 10 })
			if (m * p >= v * (1 - 1e-9)) return m * p;
		return 10 * p;
	}
}
