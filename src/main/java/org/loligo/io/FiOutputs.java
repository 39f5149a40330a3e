package org.loligo.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.loligo.analysis.rate.FiResult;

/** The files of an f–I curve: {@code fi.csv}, {@code fi.png} and {@code summary.json}. */
public final class FiOutputs {

	private FiOutputs() {}

	/** Writes fi.csv, fi.png (titled {@code title}), then summary.json with parameters and results. */
	public static void write(final Path out, final FiResult r, final String command, final String title,
		final Map<String, Object> parameters, final Map<String, Object> results) throws IOException
	{
		final Object[] t = table(r);
		Csv.writeColumns(out.resolve("fi.csv"), (String[]) t[0], (double[][]) t[1]);
		final Figure f = figure(r);
		Plots.writePng(out.resolve("fi.png"), Plots.stacked(title, "I (µA/cm²)", f.x(), f.panels(), 900, 420));
		SummaryJson.writeRun(out, command, parameters, r.seed(), r.wallSeconds(), results);
	}

	/** The columns of fi.csv: header and values (current, then each branch's rate and, with trials, its SD). */
	public static Object[] table(final FiResult r) {
		final List<String> h = new ArrayList<>(List.of("current"));
		final List<double[]> c = new ArrayList<>(List.of(r.currents()));
		final boolean sd = r.spec().trials() > 1;
		final String[] names = { "up", "down", "rest" };
		final double[][] means = { r.up(), r.down(), r.rest() }, sds = { r.upSd(), r.downSd(), r.restSd() };
		for (int b = 0; b < 3; b++) {
			if (means[b] == null) continue;
			h.add("rate_" + names[b] + "_hz");
			c.add(means[b]);
			if (sd) {
				h.add("sd_" + names[b] + "_hz");
				c.add(sds[b]);
			}
		}
		return new Object[] { h.toArray(String[]::new), c.toArray(double[][]::new) };
	}

	/** What the figure draws: the currents, with a break point at each onset, and the rate panel. */
	public record Figure(double[] x, List<Plots.Panel> panels) {}

	/**
	 * The rate panel, one series per branch that was run, drawn so that the onset of firing is a jump: where
	 * a branch goes from no spikes (0 Hz) to firing, or back, between two currents, its line is broken
	 * (a NaN point halfway, which ImageJ's plots leave undrawn) instead of joined — a line from 0 to the
	 * first rate would show rates no current gives (HH's onset jumps from 0 to about 70 Hz). Branches
	 * without a jump there are drawn through the halfway point as before (its value halfway between).
	 */
	public static Figure figure(final FiResult r) {
		final String[] labels = { "up sweep", "down sweep", "from rest" };
		final double[][] branches = { r.up(), r.down(), r.rest() };
		final double[] x = r.currents();
		final List<Double> xs = new ArrayList<>();
		final List<List<Double>> ys = new ArrayList<>();
		for (int b = 0; b < 3; b++)
			ys.add(new ArrayList<>());
		for (int i = 0; i < x.length; i++) {
			if (i > 0 && anyJump(branches, i)) {
				xs.add(0.5 * (x[i - 1] + x[i]));
				for (int b = 0; b < 3; b++)
					if (branches[b] != null) ys.get(b).add(jump(branches[b], i) ? Double.NaN : 0.5 * (branches[b][i - 1] +
						branches[b][i]));
			}
			xs.add(x[i]);
			for (int b = 0; b < 3; b++)
				if (branches[b] != null) ys.get(b).add(branches[b][i]);
		}
		final List<Plots.Series> s = new ArrayList<>();
		for (int b = 0; b < 3; b++)
			if (branches[b] != null) s.add(new Plots.Series(labels[b], ys.get(b).stream().mapToDouble(Double::doubleValue)
				.toArray(), null));
		return new Figure(xs.stream().mapToDouble(Double::doubleValue).toArray(), List.of(new Plots.Panel("rate (Hz)",
			s)));
	}

	private static boolean anyJump(final double[][] branches, final int i) {
		for (final double[] y : branches)
			if (y != null && jump(y, i)) return true;
		return false;
	}

	/** Whether the rate starts or stops between currents i - 1 and i. */
	static boolean jump(final double[] y, final int i) {
		return (y[i - 1] == 0) != (y[i] == 0);
	}
}
