package org.loligo.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Loligo's benchmark harness (a main class, not a test: nothing here asserts on time).
 * <pre>
 *   scripts/bench [--filter NAME] [--reps N] [--warmup N] [--quick] [--json FILE] [--list]
 * </pre>
 * For every selected benchmark (see {@link Benchmarks}) it runs each variant {@code warmup} times
 * untimed, then {@code reps} timed repetitions, and prints per variant the median and minimum time
 * per unit of work and the ratio of the median to the baseline variant's median. The machine may be
 * shared and noisy: compare ratios within one run rather than absolute numbers across runs; the 1-minute
 * load average before and after each benchmark is printed to tell how noisy it was.
 */
public final class Bench {

	// -- Options --

	/**
	 * Parsed command line.
	 *
	 * @param filters benchmark names (case-insensitive substrings) to run; empty = all
	 * @param reps    timed repetitions per variant (≥ 1)
	 * @param warmup  untimed runs per variant before timing (≥ 0)
	 * @param size    FULL, or QUICK for a smoke run with small sizes
	 * @param json    where to save the results, or null
	 * @param list    only list the benchmarks
	 */
	record Options(List<String> filters, int reps, int warmup, Benchmarks.Size size, Path json,
		boolean list)
	{

		static final String USAGE = "usage: bench [--filter NAME]... [--reps N] [--warmup N] [--quick] " +
			"[--json FILE] [--list] [--help]\n" +
			"  --filter NAME  run only benchmarks whose name contains NAME (repeatable)\n" +
			"  --reps N       timed repetitions per variant (default 3)\n" +
			"  --warmup N     untimed runs per variant first (default 1)\n" +
			"  --quick        small sizes, for a smoke run (numbers not meaningful)\n" +
			"  --json FILE    also save the results as JSON\n" +
			"  --list         list the benchmarks and exit";

		static Options parse(final String... args) {
			final List<String> filters = new ArrayList<>();
			int reps = 3, warmup = 1;
			Benchmarks.Size size = Benchmarks.Size.FULL;
			Path json = null;
			boolean list = false;
			for (int a = 0; a < args.length; a++) {
				switch (args[a]) {
					case "--filter" -> filters.add(value(args, ++a, "--filter"));
					case "--reps" -> reps = count(value(args, ++a, "--reps"), "--reps", 1);
					case "--warmup" -> warmup = count(value(args, ++a, "--warmup"), "--warmup", 0);
					case "--quick" -> size = Benchmarks.Size.QUICK;
					case "--json" -> json = Path.of(value(args, ++a, "--json"));
					case "--list" -> list = true;
					default -> throw new IllegalArgumentException("unknown option '" + args[a] + "'\n" + USAGE);
				}
			}
			return new Options(filters, reps, warmup, size, json, list);
		}

		private static String value(final String[] args, final int a, final String option) {
			if (a >= args.length) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
			return args[a];
		}

		private static int count(final String s, final String option, final int min) {
			try {
				final int n = Integer.parseInt(s);
				if (n >= min) return n;
			}
			catch (final NumberFormatException e) {
				// reported below
			}
			throw new IllegalArgumentException(option + " must be an integer >= " + min + ", got '" + s + "'");
		}

		boolean selects(final String name) {
			if (filters.isEmpty()) return true;
			for (final String f : filters)
				if (name.toLowerCase(Locale.ROOT).contains(f.toLowerCase(Locale.ROOT))) return true;
			return false;
		}
	}

	// -- Results --

	/**
	 * The measurements of one variant.
	 *
	 * @param samplesNs wall time of each timed repetition, ns
	 * @param median    median ns per unit of work
	 * @param min       minimum ns per unit
	 * @param ratio     median / the baseline's median (1 for the baseline; < 1 is faster)
	 * @param check     the workload's check value (from the last repetition)
	 * @param stable    whether every repetition returned the same check value
	 */
	record Row(String variant, long units, long[] samplesNs, double median, double min, double ratio,
		long check, boolean stable)
	{}

	/** One benchmark's rows, with the 1-minute load average before and after (NaN if unknown). */
	record Result(Benchmark benchmark, List<Row> rows, double loadBefore, double loadAfter) {}

	private Bench() {}

	public static void main(final String[] args) {
		if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
			System.out.println(Options.USAGE);
			return;
		}
		final Options o;
		try {
			o = Options.parse(args);
		}
		catch (final IllegalArgumentException e) {
			System.err.println("bench: " + e.getMessage());
			System.exit(2);
			return;
		}
		try {
			final List<Result> results = run(o, System.out);
			if (o.json() != null) {
				Report.writeJson(o.json(), o, results);
				System.out.println("saved " + o.json().toAbsolutePath());
			}
		}
		catch (final IllegalArgumentException | IOException e) {
			System.err.println("bench: " + e.getMessage());
			System.exit(1);
		}
	}

	/** Runs the selected benchmarks, printing each table to {@code out} as soon as it is done. */
	static List<Result> run(final Options o, final PrintStream out) {
		final List<Benchmarks.Entry> selected = new ArrayList<>();
		for (final Benchmarks.Entry e : Benchmarks.ALL)
			if (o.selects(e.name())) selected.add(e);
		if (o.list()) {
			for (final Benchmarks.Entry e : selected)
				out.println(e.name() + ": " + e.factory().apply(o.size()).description());
			return List.of();
		}
		if (selected.isEmpty()) throw new IllegalArgumentException("no benchmark matches " + o.filters() +
			"; known: " + Benchmarks.ALL.stream().map(Benchmarks.Entry::name).toList());
		out.printf(Locale.ROOT, "Java %s, %d cores, %s; reps %d, warmup %d%s%n", System.getProperty(
			"java.version"), Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"), o.reps(),
			o.warmup(), o.size() == Benchmarks.Size.QUICK ? ", QUICK sizes (smoke run, numbers not meaningful)" :
				"");
		final List<Result> results = new ArrayList<>();
		for (final Benchmarks.Entry e : selected) {
			final Result r = measure(e.factory().apply(o.size()), o);
			Report.printTable(out, r);
			results.add(r);
		}
		return results;
	}

	/**
	 * Warm-up runs of every variant, then {@code reps} rounds that time each variant once.
	 * <p>
	 * NB: rounds interleave the variants (a b c, a b c, ...) instead of timing all repetitions of one
	 * variant in a row, so that a burst of load from other processes spreads over all variants and
	 * the ratios stay meaningful.
	 */
	static Result measure(final Benchmark b, final Options o) {
		final double loadBefore = load();
		final List<Benchmark.Variant> vs = b.variants();
		final long[][] ns = new long[vs.size()][o.reps()];
		final long[][] checks = new long[vs.size()][o.reps()];
		for (final Benchmark.Variant v : vs)
			for (int w = 0; w < o.warmup(); w++)
				v.work().run();
		for (int r = 0; r < o.reps(); r++)
			for (int k = 0; k < vs.size(); k++) {
				// NB: collect garbage left by earlier runs now rather than inside the timed call.
				System.gc();
				final long t0 = System.nanoTime();
				checks[k][r] = vs.get(k).work().run();
				ns[k][r] = System.nanoTime() - t0;
			}
		final double loadAfter = load();

		int base = 0;
		while (!vs.get(base).name().equals(b.baseline()))
			base++;
		final double baseMedian = median(ns[base]) / vs.get(base).units();
		final List<Row> rows = new ArrayList<>();
		for (int k = 0; k < vs.size(); k++) {
			final Benchmark.Variant v = vs.get(k);
			final double med = median(ns[k]) / v.units();
			final long min = Arrays.stream(ns[k]).min().getAsLong();
			final long first = checks[k][0];
			final boolean stable = Arrays.stream(checks[k]).allMatch(c -> c == first);
			rows.add(new Row(v.name(), v.units(), ns[k].clone(), med, (double) min / v.units(), med / baseMedian,
				checks[k][o.reps() - 1], stable));
		}
		return new Result(b, rows, loadBefore, loadAfter);
	}

	static double median(final long[] xs) {
		final long[] s = xs.clone();
		Arrays.sort(s);
		final int n = s.length;
		return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + (double) s[n / 2]);
	}

	/** The system's 1-minute load average, or NaN where the platform does not report it. */
	static double load() {
		final double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return l >= 0 ? l : Double.NaN;
	}
}
