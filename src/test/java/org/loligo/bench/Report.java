package org.loligo.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.loligo.io.AtomicFiles;

/** Prints the harness's tables and saves its results as JSON. */
final class Report {

	private Report() {}

	/**
	 * One table per benchmark: variant, median and min ns per unit, ratio of medians to the baseline, and
	 * the workload's check value (marked {@code !} if repetitions disagreed).
	 */
	static void printTable(final PrintStream out, final Bench.Result r) {
		final Benchmark b = r.benchmark();
		out.println();
		out.printf(Locale.ROOT, "== %s: %s (%,d %ss per run); load %.2f -> %.2f%n", b.name(), b.description(),
			r.rows().get(0).units(), b.unit(), r.loadBefore(), r.loadAfter());
		int w = "variant".length();
		for (final Bench.Row row : r.rows())
			w = Math.max(w, row.variant().length() + (row.variant().equals(b.baseline()) ? 11 : 0));
		final String unit = "ns/" + b.unit();
		out.printf(Locale.ROOT, "%-" + w + "s  %14s  %10s  %8s  %s%n", "variant", "median " + unit, "min",
			"ratio", "check");
		for (final Bench.Row row : r.rows()) {
			final String name = row.variant() + (row.variant().equals(b.baseline()) ? " (baseline)" : "");
			out.printf(Locale.ROOT, "%-" + w + "s  %" + Math.max(14, unit.length() + 7) + ".2f  %10.2f  %8.3f  %d%s%n",
				name, row.median(), row.min(), row.ratio(), row.check(), row.stable() ? "" : " !");
		}
	}

	/** Writes the results atomically (temporary file, then rename), so a killed run leaves no half file. */
	static void writeJson(final Path file, final Bench.Options o, final List<Bench.Result> results)
		throws IOException
	{
		final StringBuilder sb = new StringBuilder();
		sb.append("{\n  \"timestamp\": ").append(str(Instant.now().toString()));
		sb.append(",\n  \"java\": ").append(str(System.getProperty("java.version")));
		sb.append(",\n  \"cores\": ").append(Runtime.getRuntime().availableProcessors());
		sb.append(",\n  \"reps\": ").append(o.reps()).append(",\n  \"warmup\": ").append(o.warmup());
		sb.append(",\n  \"quick\": ").append(o.size() == Benchmarks.Size.QUICK);
		sb.append(",\n  \"benchmarks\": [");
		for (int i = 0; i < results.size(); i++) {
			final Bench.Result r = results.get(i);
			final Benchmark b = r.benchmark();
			sb.append(i == 0 ? "\n" : ",\n").append("    {\"name\": ").append(str(b.name()));
			sb.append(", \"description\": ").append(str(b.description()));
			sb.append(", \"unit\": ").append(str(b.unit())).append(", \"baseline\": ").append(str(b.baseline()));
			sb.append(", \"load_before\": ").append(num(r.loadBefore())).append(", \"load_after\": ").append(num(r
				.loadAfter()));
			sb.append(", \"variants\": [");
			for (int k = 0; k < r.rows().size(); k++) {
				final Bench.Row row = r.rows().get(k);
				sb.append(k == 0 ? "\n" : ",\n").append("      {\"name\": ").append(str(row.variant()));
				sb.append(", \"units\": ").append(row.units());
				sb.append(", \"median_ns_per_unit\": ").append(num(row.median()));
				sb.append(", \"min_ns_per_unit\": ").append(num(row.min()));
				sb.append(", \"ratio\": ").append(num(row.ratio()));
				sb.append(", \"check\": ").append(row.check()).append(", \"check_stable\": ").append(row.stable());
				sb.append(", \"samples_ns\": [");
				for (int s = 0; s < row.samplesNs().length; s++)
					sb.append(s == 0 ? "" : ", ").append(row.samplesNs()[s]);
				sb.append("]}");
			}
			sb.append("\n    ]}");
		}
		sb.append("\n  ]\n}\n");
		AtomicFiles.writeString(file, sb.toString());
	}

	/** A JSON number; NaN and infinities, which JSON lacks, as null. */
	private static String num(final double x) {
		return Double.isFinite(x) ? Double.toString(x) : "null";
	}

	private static String str(final String s) {
		final StringBuilder sb = new StringBuilder("\"");
		for (final char c : s.toCharArray()) {
			if (c == '"' || c == '\\') sb.append('\\').append(c);
			else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
			else sb.append(c);
		}
		return sb.append('"').toString();
	}
}
