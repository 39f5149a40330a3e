package org.loligo.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.loligo.analysis.sweep.Axis;
import org.loligo.analysis.sweep.PointResult;
import org.loligo.analysis.sweep.SweepGrid;

/**
 * The files of a parameter sweep: {@code sweep.csv} (one row per point: the axis values, the point's
 * seed, then every scalar output of the command, in columns named as the parameters and outputs are);
 * for one axis {@code sweep.png}, the chosen outputs against it; for two axes {@code <output>.tif}
 * (32-bit, axes calibrated) and {@code <output>.png} (heatmap with colour bar) per chosen output; then
 * {@code summary.json}.
 */
public final class SweepOutputs {

	private SweepOutputs() {}

	/** The columns of sweep.csv: axis names, {@code seed}, then the outputs. */
	public static String[] header(final List<Axis> axes, final List<String> outputs) {
		final List<String> h = new ArrayList<>();
		axes.forEach(a -> h.add(a.name()));
		h.add("seed");
		h.addAll(outputs);
		return h.toArray(String[]::new);
	}

	/**
	 * Writes sweep.csv: the results in index order, numbers as {@link Csv#appendDouble} writes them
	 * (the shortest text that reads back to the same double), so that equal results give equal bytes.
	 */
	public static void writeCsv(final Path file, final List<Axis> axes, final List<PointResult> results,
		final List<String> outputs) throws IOException
	{
		Csv.write(file, header(axes, outputs), results.size(), (r, sb) -> {
			final PointResult p = results.get(r);
			for (final double v : p.point().values())
				Csv.appendDouble(sb, v).append(',');
			sb.append(p.point().seed());
			for (final String o : outputs) {
				sb.append(',');
				cell(sb, p.outputs().get(o));
			}
		});
	}

	private static void cell(final StringBuilder sb, final Object v) {
		if (v instanceof Double || v instanceof Float) Csv.appendDouble(sb, ((Number) v).doubleValue());
		else if (v != null) Csv.appendCell(sb, v.toString());
	}

	/** Output {@code name} of each result as a double (NaN where missing or not a number). */
	public static double[] column(final List<PointResult> results, final String name) {
		final double[] out = new double[results.size()];
		for (int i = 0; i < out.length; i++)
			out[i] = results.get(i).outputs().get(name) instanceof Number n ? n.doubleValue() : Double.NaN;
		return out;
	}

	/**
	 * Writes every file of the sweep into {@code out}: sweep.csv, the figures of the {@code plotted}
	 * outputs, and summary.json (the sweep's parameters, master seed, wall time and {@code results}).
	 *
	 * @param labels how the figures name axes and outputs, e.g. {@code current (µA/cm²)}; a name missing
	 *          here is shown as is
	 */
	public static void write(final Path out, final SweepGrid grid, final List<PointResult> results,
		final List<String> outputs, final List<String> plotted, final Map<String, String> labels, final String title,
		final Map<String, Object> parameters, final double wallSeconds, final Map<String, Object> summary)
		throws IOException
	{
		final List<Axis> axes = grid.axes();
		writeCsv(out.resolve("sweep.csv"), axes, results, outputs);
		if (axes.size() == 1 && !plotted.isEmpty() && !results.isEmpty()) {
			final double[] x = new double[results.size()];
			for (int i = 0; i < x.length; i++)
				x[i] = results.get(i).point().values()[0];
			final List<Plots.Panel> panels = new ArrayList<>();
			for (final String o : plotted)
				panels.add(new Plots.Panel(label(labels, o), List.of(new Plots.Series(o, column(results, o), null))));
			final BufferedImage fig = Plots.stacked(title, label(labels, axes.get(0).name()), x, panels, 800, 260);
			Plots.writePng(out.resolve("sweep.png"), fig);
		}
		if (axes.size() == 2) for (final String o : plotted) {
			final float[] pixels = grid2d(grid, results, o);
			final String xl = label(labels, axes.get(0).name()), yl = label(labels, axes.get(1).name()), ol = label(labels,
				o);
			Heatmaps.writeTiff(out.resolve(o + ".tif"), pixels, axes.get(0), axes.get(1), xl, yl, ol);
			Plots.writePng(out.resolve(o + ".png"), Heatmaps.png(title + ": " + o, pixels, axes.get(0), axes.get(1), xl,
				yl, ol));
		}
		SummaryJson.writeRun(out, "Parameter Sweep", parameters, grid.masterSeed(), wallSeconds, summary);
	}

	private static String label(final Map<String, String> labels, final String name) {
		return labels.getOrDefault(name, name);
	}

	/** Output o over the 2-D grid, {@code [i1 · n0 + i0]} (NaN for points not run). */
	public static float[] grid2d(final SweepGrid grid, final List<PointResult> results, final String o) {
		final int n0 = grid.axes().get(0).size(), n1 = grid.axes().get(1).size();
		final float[] pixels = new float[n0 * n1];
		Arrays.fill(pixels, Float.NaN);
		for (final PointResult r : results) {
			final int i = r.point().index();
			if (r.outputs().get(o) instanceof Number n) pixels[(i % n1) * n0 + i / n1] = n.floatValue();
		}
		return pixels;
	}
}
