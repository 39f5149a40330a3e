package org.loligo.io;

import ij.gui.Plot;
import ij.measure.ResultsTable;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.loligo.analysis.isi.IsiHistogram;
import org.loligo.analysis.isi.IsiReport;
import org.loligo.analysis.isi.IsiStatistics;

/**
 * Files and figures of an ISI analysis, all written atomically:
 * <ul>
 * <li>{@code isi_stats.csv}: one row per train, {@link #STATS_HEADER} (times ms, rate Hz; NaN where
 * undefined, with the reason in the last column);</li>
 * <li>{@code isi_histogram.csv}: {@code bin_start_ms,bin_end_ms,count} of the pooled ISIs;</li>
 * <li>{@code isi_serial_correlation.csv}: {@code lag,correlation,pairs};</li>
 * <li>{@code isi_histogram.png}: the histogram as a step outline, with n, mean ISI and CV.</li>
 * </ul>
 */
public final class IsiOutputs {

	/** Columns of {@code isi_stats.csv}. */
	public static final List<String> STATS_HEADER = List.of("train", "spikes", "rate_hz", "mean_isi_ms",
		"sd_isi_ms", "cv", "cv2", "lv", "lvr", "fano_factor", "intervals", "reason");

	private static final int WIDTH = 800, HEIGHT = 500;

	private IsiOutputs() {}

	/** Writes the three CSVs and the PNG into {@code dir}. */
	public static void writeAll(final Path dir, final IsiReport r, final String title) throws IOException {
		writeStats(dir.resolve("isi_stats.csv"), r);
		writeHistogram(dir.resolve("isi_histogram.csv"), r.histogram());
		writeSerialCorrelation(dir.resolve("isi_serial_correlation.csv"), r);
		Plots.writePng(dir.resolve("isi_histogram.png"), histogramImage(title, r));
	}

	/** {@code isi_stats.csv}: one row per train. */
	public static void writeStats(final Path file, final IsiReport r) throws IOException {
		final int[] ids = r.trainIds();
		Csv.write(file, STATS_HEADER.toArray(new String[0]), ids.length, (k, sb) -> {
			final IsiStatistics s = r.trains().get(k);
			sb.append(ids[k]).append(',').append(s.spikes());
			for (final double v : new double[] { s.rateHz(), s.meanIsi(), s.sdIsi(), s.cv(), s.cv2(), s.lv(), s.lvr(),
				s.fanoFactor() })
				Csv.appendDouble(sb.append(','), v);
			sb.append(',').append(s.intervals()).append(',');
			Csv.appendCell(sb, s.reason());
		});
	}

	/** {@code isi_histogram.csv}: bin edges (ms) and counts. */
	public static void writeHistogram(final Path file, final IsiHistogram h) throws IOException {
		Csv.write(file, new String[] { "bin_start_ms", "bin_end_ms", "count" }, h.bins(), (j, sb) -> Csv
			.appendDouble(Csv.appendDouble(sb, h.binStart(j)).append(','), h.binEnd(j)).append(',').append(h
				.counts()[j]));
	}

	/** {@code isi_serial_correlation.csv}: ρ_k and the number of interval pairs behind it. */
	public static void writeSerialCorrelation(final Path file, final IsiReport r) throws IOException {
		final double[] rho = r.serialCorrelation();
		Csv.write(file, new String[] { "lag", "correlation", "pairs" }, rho.length, (k, sb) -> Csv.appendDouble(sb
			.append(k + 1).append(','), rho[k]).append(',').append(r.serialPairs()[k]));
	}

	/** The histogram as an ImageJ plot (for display in Fiji). */
	public static Plot histogramPlot(final String title, final IsiReport r) {
		final IsiHistogram h = r.histogram();
		final Plot plot = new Plot(title, "ISI (ms)", "count");
		plot.setFont(Font.PLAIN, 12);
		plot.setAxisLabelFont(Font.PLAIN, 12);
		// Step outline: (e_0, 0), (e_0, c_0), (e_1, c_0), (e_1, c_1), …, (e_B, 0).
		final int b = h.bins();
		final double[] x = new double[2 * b + 2], y = new double[2 * b + 2];
		long max = 0;
		for (int j = 0; j < b; j++) {
			x[2 * j + 1] = h.binStart(j);
			x[2 * j + 2] = h.binEnd(j);
			y[2 * j + 1] = y[2 * j + 2] = h.counts()[j];
			max = Math.max(max, h.counts()[j]);
		}
		x[2 * b + 1] = b > 0 ? h.binEnd(b - 1) : 1;
		plot.setLimits(0, b > 0 ? h.binEnd(b - 1) : 1, 0, Math.max(1, 1.15 * max));
		plot.setColor(Plots.color(0));
		plot.setLineWidth(1.5f);
		plot.addPoints(x, y, Plot.LINE);
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1f);
		final IsiStatistics p = r.pooled();
		// NB: ImageJ does not draw a plot's title into its image, so the title heads the label.
		plot.addLabel(0.5, 0.08, String.format(Locale.ROOT, "%s%n%d intervals, %d trains%nmean ISI %.4g ms, CV %.3g",
			title, p.intervals(), r.trains().size(), p.meanIsi(), p.cv()));
		return plot;
	}

	/** The histogram plot rendered to an {@value #WIDTH} × {@value #HEIGHT} image. */
	public static BufferedImage histogramImage(final String title, final IsiReport r) {
		final Plot plot = histogramPlot(title, r);
		plot.setSize(WIDTH, HEIGHT);
		final BufferedImage image = plot.getImagePlus().getBufferedImage();
		plot.dispose();
		return image;
	}

	/** The per-train statistics as an ImageJ results table, one row per train plus a "pooled" row. */
	public static ResultsTable resultsTable(final IsiReport r) {
		final ResultsTable t = new ResultsTable();
		for (int k = 0; k <= r.trains().size(); k++) {
			final boolean pooled = k == r.trains().size();
			final IsiStatistics s = pooled ? r.pooled() : r.trains().get(k);
			t.incrementCounter();
			t.addValue("train", pooled ? "pooled" : Integer.toString(r.trainIds()[k]));
			t.addValue("spikes", s.spikes());
			t.addValue("rate_hz", s.rateHz());
			t.addValue("mean_isi_ms", s.meanIsi());
			t.addValue("sd_isi_ms", s.sdIsi());
			t.addValue("cv", s.cv());
			t.addValue("cv2", s.cv2());
			t.addValue("lv", s.lv());
			t.addValue("lvr", s.lvr());
			t.addValue("fano_factor", s.fanoFactor());
			t.addValue("reason", s.reason());
		}
		return t;
	}
}
