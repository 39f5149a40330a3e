package org.loligo.io;

import ij.gui.Plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.loligo.analysis.bifurcation.CycleContinuation;
import org.loligo.analysis.bifurcation.Equilibrium;
import org.loligo.analysis.bifurcation.HopfPoint;
import org.loligo.analysis.bifurcation.HopfSweep;
import org.loligo.analysis.bifurcation.PeriodicOrbit;
import org.loligo.analysis.bifurcation.SaddleNode;

/**
 * Files of a Hopf bifurcation sweep: {@code equilibria.csv}
 * ({@code parameter,v_mV,m,h,n,max_real_eigenvalue,stable}; rows in continuation order, branch after
 * branch, so a folded branch has several rows per parameter value), {@code hopf.csv}
 * ({@code parameter,frequency_hz,first_lyapunov,type}), {@code cycles.csv}
 * ({@code parameter,period_ms,v_min_mV,v_max_mV,stable,max_floquet_modulus}: the largest modulus of the
 * non-trivial Floquet multipliers, below 1 exactly when stable) and the diagram {@code bifurcation.png}:
 * V against the parameter, equilibria solid where stable and dashed where not, the cycles' V min and max
 * likewise (blue), Hopf points as orange circles, folds of the equilibria (saddle-nodes) as green diamonds,
 * each SNIC named with its parameter value; the title and the legend sit above the frame. The columns after {@code v_mV} are the model's state gates
 * in state order ({@code m,h,n} for HH). {@code stable} is 1 or 0; eigenvalues in 1/ms.
 */
public final class BifurcationOutputs {

	private static final Color CYCLE = new Color(0, 114, 178), HOPF = new Color(213, 94, 0), SADDLE_NODE =
		new Color(0, 158, 115);

	private BifurcationOutputs() {}

	/** Writes the three tables and the diagram into {@code dir}. */
	public static void write(final Path dir, final HopfSweep.Result r) throws IOException {
		final List<Equilibrium> eq = new ArrayList<>();
		r.equilibria().forEach(eq::addAll);
		final List<String> header = new ArrayList<>(List.of("parameter", "v_mV"));
		r.spec().model().stateGates().forEach(g -> header.add(g.name()));
		header.addAll(List.of("max_real_eigenvalue", "stable"));
		Csv.write(dir.resolve("equilibria.csv"), header.toArray(String[]::new), eq.size(), (i, sb) -> {
				final Equilibrium e = eq.get(i);
				Csv.appendDouble(sb, e.parameter());
				for (final double x : e.state())
					Csv.appendDouble(sb.append(','), x);
				Csv.appendDouble(sb.append(','), e.maxRealEigenvalue());
				sb.append(',').append(e.stable() ? 1 : 0);
			});
		final List<HopfPoint> h = r.hopfs();
		Csv.write(dir.resolve("hopf.csv"), new String[] { "parameter", "frequency_hz", "first_lyapunov", "type" }, h
			.size(), (i, sb) -> {
				Csv.appendDouble(sb, h.get(i).parameter());
				Csv.appendDouble(sb.append(','), h.get(i).frequencyHz());
				Csv.appendDouble(sb.append(','), h.get(i).firstLyapunov());
				sb.append(',').append(h.get(i).type());
			});
		final List<PeriodicOrbit> c = new ArrayList<>();
		r.cycles().forEach(b -> c.addAll(b.orbits()));
		Csv.write(dir.resolve("cycles.csv"), new String[] { "parameter", "period_ms", "v_min_mV", "v_max_mV",
			"stable", "max_floquet_modulus" }, c.size(), (i, sb) -> {
				final PeriodicOrbit o = c.get(i);
				Csv.appendDouble(sb, o.parameter());
				Csv.appendDouble(sb.append(','), o.period());
				Csv.appendDouble(sb.append(','), o.vMin());
				Csv.appendDouble(sb.append(','), o.vMax());
				sb.append(',').append(o.stable() ? 1 : 0);
				Csv.appendDouble(sb.append(','), o.maxNontrivialModulus());
			});
		Plots.writePng(dir.resolve("bifurcation.png"), image(r, 800, 560));
	}

	/** The bifurcation diagram as an ImageJ plot (for display in Fiji), its legend in the plot. */
	public static Plot plot(final HopfSweep.Result r) {
		return plot(r, true);
	}

	/** The diagram's title: the model and what was swept. */
	public static String title(final HopfSweep.Result r) {
		return r.spec().model().name() + ": bifurcation diagram over " + r.spec().parameter().label() + (r
			.partial() ? " (partial)" : "");
	}

	/**
	 * The legend outside the diagram: one entry per kind of curve or point the diagram holds, drawn in the
	 * diagram's colour and style.
	 */
	public static List<FigureHeader.Entry> legend(final HopfSweep.Result r) {
		final List<FigureHeader.Entry> e = new ArrayList<>();
		e.add(new FigureHeader.Entry("stable equilibria", Color.BLACK, FigureHeader.Mark.LINE));
		e.add(new FigureHeader.Entry("unstable equilibria", Color.BLACK, FigureHeader.Mark.DASHED));
		if (r.cycles().stream().anyMatch(b -> !b.orbits().isEmpty())) {
			e.add(new FigureHeader.Entry("stable cycles: V min and max", CYCLE, FigureHeader.Mark.LINE));
			e.add(new FigureHeader.Entry("unstable cycles", CYCLE, FigureHeader.Mark.DASHED));
		}
		if (!r.hopfs().isEmpty()) e.add(new FigureHeader.Entry("Hopf points", HOPF, FigureHeader.Mark.CIRCLE));
		if (!r.saddleNodes().isEmpty()) e.add(new FigureHeader.Entry("saddle-nodes (folds of equilibria)",
			SADDLE_NODE, FigureHeader.Mark.DIAMOND));
		return e;
	}

	private static Plot plot(final HopfSweep.Result r, final boolean inPlotLegend) {
		final String label = r.spec().parameter().label() + " (" + r.spec().parameter().unit() + ")";
		final Plot plot = new Plot(title(r), label, "V (mV)");
		plot.setFont(Font.PLAIN, 12);
		plot.setAxisLabelFont(Font.PLAIN, 12);
		final String legend = inPlotLegend ? legendSwatches(plot, r) : null;
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (final List<Equilibrium> b : r.equilibria())
			for (final Equilibrium e : b) {
				lo = Math.min(lo, e.v());
				hi = Math.max(hi, e.v());
			}
		for (final CycleContinuation.Branch b : r.cycles())
			for (final PeriodicOrbit o : b.orbits()) {
				lo = Math.min(lo, o.vMin());
				hi = Math.max(hi, o.vMax());
			}
		if (!(lo < hi)) {
			lo = -100;
			hi = 50;
		}
		final double pad = 0.05 * (hi - lo);
		plot.setLimits(r.spec().min(), r.spec().max(), lo - pad, hi + pad);
		final double xr = r.spec().max() - r.spec().min(), yr = hi - lo + 2 * pad;
		plot.setLineWidth(1.5f);
		for (final List<Equilibrium> b : r.equilibria()) {
			final int n = b.size();
			final double[] x = new double[n], y = new double[n];
			final boolean[] st = new boolean[n];
			for (int i = 0; i < n; i++) {
				x[i] = b.get(i).parameter();
				y[i] = b.get(i).v();
				st[i] = b.get(i).stable();
			}
			draw(plot, Color.BLACK, x, y, st, xr, yr);
		}
		for (final CycleContinuation.Branch b : r.cycles()) {
			final int n = b.orbits().size();
			final double[] x = new double[n], ymin = new double[n], ymax = new double[n];
			final boolean[] st = new boolean[n];
			for (int i = 0; i < n; i++) {
				final PeriodicOrbit o = b.orbits().get(i);
				x[i] = o.parameter();
				ymin[i] = o.vMin();
				ymax[i] = o.vMax();
				st[i] = o.stable();
			}
			draw(plot, CYCLE, x, ymin, st, xr, yr);
			draw(plot, CYCLE, x, ymax, st, xr, yr);
		}
		final double[] hx = r.hopfs().stream().mapToDouble(HopfPoint::parameter).toArray();
		final double[] hy = r.hopfs().stream().mapToDouble(p -> p.equilibrium().v()).toArray();
		plot.setColor(HOPF);
		plot.setLineWidth(2f);
		if (hx.length > 0) plot.addPoints(hx, hy, Plot.CIRCLE);
		if (!r.saddleNodes().isEmpty()) saddleNodes(plot, r, xr);
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1f);
		// NB: in a Fiji window the legend can be dragged off the curves; the PNG has it above the frame.
		if (legend != null) plot.addLegend(legend, "top-right");
		return plot;
	}

	/**
	 * Adds one empty data set per legend line, before any data, in the style of what it names (ImageJ gives
	 * the legend's lines to the first data sets), and returns the legend's text.
	 */
	private static String legendSwatches(final Plot plot, final HopfSweep.Result r) {
		final double[] none = { Double.NaN };
		final StringBuilder text = new StringBuilder("equilibria (solid: stable, dashed: unstable)");
		plot.setLineWidth(1.5f);
		plot.setColor(Color.BLACK);
		plot.addPoints(none, none, Plot.LINE);
		if (r.cycles().stream().anyMatch(b -> !b.orbits().isEmpty())) {
			plot.setColor(CYCLE);
			plot.addPoints(none, none, Plot.LINE);
			text.append("\ncycles: V min and max");
		}
		plot.setLineWidth(2f);
		if (!r.hopfs().isEmpty()) {
			plot.setColor(HOPF);
			plot.addPoints(none, none, Plot.CIRCLE);
			text.append("\nHopf points");
		}
		if (!r.saddleNodes().isEmpty()) {
			plot.setColor(SADDLE_NODE);
			plot.addPoints(none, none, Plot.DIAMOND);
			text.append("\nsaddle-nodes (folds of equilibria)");
		}
		return text.toString();
	}

	/** The folds of the equilibria as diamonds, the SNICs named with their parameter value. */
	private static void saddleNodes(final Plot plot, final HopfSweep.Result r, final double xr) {
		plot.setColor(SADDLE_NODE);
		plot.setLineWidth(2f);
		plot.addPoints(r.saddleNodes().stream().mapToDouble(SaddleNode::parameter).toArray(), r.saddleNodes().stream()
			.mapToDouble(s -> s.equilibrium().v()).toArray(), Plot.DIAMOND);
		plot.setJustification(Plot.LEFT);
		for (final SaddleNode s : r.saddleNodes())
			if (s.snic()) plot.addText(String.format(Locale.ROOT, "SNIC, %s = %.6g %s", r.spec().parameter().label(), s
				.parameter(), r.spec().parameter().unit()), s.parameter() + 0.015 * xr, s.equilibrium().v());
	}

	/**
	 * The diagram as an image {@code width} pixels wide: the title and the legend above a plot
	 * {@code height} pixels high, so that the legend never covers a curve.
	 */
	public static BufferedImage image(final HopfSweep.Result r, final int width, final int height) {
		final Plot plot = plot(r, false);
		plot.setSize(width, height);
		final BufferedImage image = plot.getImagePlus().getBufferedImage();
		plot.dispose();
		return FigureHeader.stack(title(r), legend(r), null, image);
	}

	/** Draws runs of equal stability: solid where stable, dashed (NaN-separated dashes) where not. */
	private static void draw(final Plot plot, final Color color, final double[] x, final double[] y,
		final boolean[] stable, final double xr, final double yr)
	{
		int start = 0;
		for (int i = 1; i <= x.length; i++) {
			if (i < x.length && stable[i] == stable[start]) continue;
			// Runs share their end point so that the curve has no gap where stability changes.
			final int end = Math.min(i, x.length - 1);
			final double[] sx = java.util.Arrays.copyOfRange(x, start, end + 1);
			final double[] sy = java.util.Arrays.copyOfRange(y, start, end + 1);
			plot.setColor(color);
			if (stable[start]) plot.addPoints(sx, sy, Plot.LINE);
			else {
				final double[][] d = dashes(sx, sy, xr, yr);
				plot.addPoints(d[0], d[1], Plot.LINE);
			}
			start = i;
		}
	}

	/** The polyline cut into dashes 1.2% of the frame long with 0.8% gaps (NaN breaks the line). */
	static double[][] dashes(final double[] x, final double[] y, final double xr, final double yr) {
		final double on = 0.012, off = 0.008;
		final List<double[]> pts = new ArrayList<>();
		boolean drawing = true;
		double left = on;
		pts.add(new double[] { x[0], y[0] });
		for (int i = 1; i < x.length; i++) {
			double x0 = x[i - 1], y0 = y[i - 1];
			double len = Math.hypot((x[i] - x0) / xr, (y[i] - y0) / yr);
			while (len > left) {
				final double f = left / len;
				x0 += f * (x[i] - x0);
				y0 += f * (y[i] - y0);
				len -= left;
				if (drawing) {
					pts.add(new double[] { x0, y0 });
					pts.add(new double[] { Double.NaN, Double.NaN });
				}
				else pts.add(new double[] { x0, y0 });
				drawing = !drawing;
				left = drawing ? on : off;
			}
			left -= len;
			if (drawing) pts.add(new double[] { x[i], y[i] });
		}
		final double[][] out = new double[2][pts.size()];
		for (int i = 0; i < pts.size(); i++) {
			out[0][i] = pts.get(i)[0];
			out[1][i] = pts.get(i)[1];
		}
		return out;
	}
}
