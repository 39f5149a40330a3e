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
		Plots.writePng(out.resolve("fi.png"), Plots.stacked(title, "I (µA/cm²)", r.currents(), panels(r), 900, 420));
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

	/** The rate panel: one series per branch that was run. */
	public static List<Plots.Panel> panels(final FiResult r) {
		final List<Plots.Series> s = new ArrayList<>();
		if (r.up() != null) s.add(new Plots.Series("up sweep", r.up(), null));
		if (r.down() != null) s.add(new Plots.Series("down sweep", r.down(), null));
		if (r.rest() != null) s.add(new Plots.Series("from rest", r.rest(), null));
		return List.of(new Plots.Panel("rate (Hz)", s));
	}
}
