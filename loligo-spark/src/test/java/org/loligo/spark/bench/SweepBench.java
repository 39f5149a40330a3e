package org.loligo.spark.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.loligo.scijava.ParameterSweep;
import org.loligo.scijava.StochasticEnsemble;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;

/**
 * The sweep benchmark (a main class, not a test: nothing here asserts on time), run by
 * {@code loligo-spark/scripts/bench}:
 * <pre>
 *   scripts/bench [--side N] [--trials N] [--duration MS] [--reps N] [--tasks N] [--sweep yes|no]
 *                 [--split-trials N] [--split-duration MS]
 * </pre>
 * A 2-D "Stochastic HH Ensemble" sweep (current 0–20 × noiseSigma 0–8, side × side points, trials × duration
 * each) on threads (2), on Spark local[2] and on local-cluster[2,1,1024] (two executors in JVMs of their own),
 * in one run, with the ratio of each to threads and a check that the three sweep.csv are the same bytes;
 * then Spark's overhead per task: jobs of {@code tasks} empty tasks on each master (time per task); then
 * a split "Stochastic HH Ensemble" of {@code split-trials} × {@code split-duration} on 2 threads and on
 * Spark local[2] (ratio; files checked identical). {@code --sweep no} runs the split ensemble only.
 * Compare ratios within one run: the machine may be shared.
 */
public final class SweepBench {

	private SweepBench() {}

	public static void main(final String... args) throws Exception {
		final Map<String, String> o = new HashMap<>(Map.of("--side", "20", "--trials", "100", "--duration", "1000",
			"--reps", "1", "--tasks", "400", "--sweep", "yes", "--split-trials", "1024", "--split-duration", "1000"));
		for (int a = 0; a + 1 < args.length; a += 2) {
			if (!o.containsKey(args[a])) throw new IllegalArgumentException("unknown option " + args[a] + "; known: " +
				o.keySet());
			o.put(args[a], args[a + 1]);
		}
		if (o.get("--sweep").equals("no")) {
			System.setProperty("java.awt.headless", "true");
			Files.createDirectories(Paths.get(System.getenv("SPARK_HOME"), "jars"));
			splitEnsemble(Integer.parseInt(o.get("--split-trials")), o.get("--split-duration"));
			return;
		}
		final int side = Integer.parseInt(o.get("--side")), reps = Integer.parseInt(o.get("--reps"));
		final int tasks = Integer.parseInt(o.get("--tasks"));
		System.setProperty("java.awt.headless", "true");
		System.setProperty("spark.executor.extraClassPath", System.getProperty("java.class.path"));
		Files.createDirectories(Paths.get(System.getenv("SPARK_HOME"), "jars"));
		final Path dir = Files.createTempDirectory("loligo-sweep-bench");
		final String axes = "current=0:20:" + 20.0 / (side - 1) + "; noiseSigma=0:8:" + 8.0 / (side - 1);
		final String fixed = "trials=" + o.get("--trials") + ",duration=" + o.get("--duration") + ",recordTrials=0";
		System.out.printf(Locale.ROOT, "sweep: Stochastic HH Ensemble, %d × %d points (%s), %s; %d core(s), " +
			"load %.2f%n", side, side, axes, fixed, Runtime.getRuntime().availableProcessors(), load());
		final String[][] variants = { { "threads", "" }, { "spark", "local[2]" }, { "spark",
			"local-cluster[2,1,1024]" } };
		final double[] seconds = new double[variants.length];
		byte[] reference = null;
		try (Context context = new Context(CommandService.class, ConvertService.class)) {
			for (int v = 0; v < variants.length; v++) {
				final double[] t = new double[reps];
				for (int r = 0; r < reps; r++) {
					final Path out = dir.resolve(v + "-" + r);
					final Map<String, Object> in = new HashMap<>();
					in.put("command", "Stochastic HH Ensemble");
					in.put("parameters", fixed);
					in.put("axes", axes);
					in.put("seed", 1L);
					in.put("executor", variants[v][0]);
					if (!variants[v][1].isEmpty()) in.put("sparkMaster", variants[v][1]);
					else in.put("threads", 2);
					in.put("plotOutputs", "meanRateHz");
					in.put("outputDirectory", out.toFile());
					final long t0 = System.nanoTime();
					context.service(CommandService.class).run(ParameterSweep.class, true, in).get();
					t[r] = (System.nanoTime() - t0) * 1e-9;
					final byte[] csv = Files.readAllBytes(out.resolve("sweep.csv"));
					if (reference == null) reference = csv;
					else if (!Arrays.equals(reference, csv)) throw new IllegalStateException(
						"sweep.csv differs from the threads' for " + Arrays.toString(variants[v]));
				}
				seconds[v] = median(t);
			}
		}
		System.out.println("executor                       wall (s)   ratio to threads   per point (ms)");
		for (int v = 0; v < variants.length; v++)
			System.out.printf(Locale.ROOT, "%-30s %8.2f %18.3f %16.1f%n", String.join(" ", variants[v]).trim(),
				seconds[v], seconds[v] / seconds[0], 1000 * seconds[v] / (side * side));
		System.out.println("sweep.csv identical on all three: yes");
		System.out.println("Spark's overhead per task (" + tasks + " empty tasks, after one warm-up job):");
		for (final String master : List.of("local[2]", "local-cluster[2,1,1024]"))
			System.out.printf(Locale.ROOT, "  %-26s %8.2f ms per task%n", master, 1000 * perTask(master, tasks));
		splitEnsemble(Integer.parseInt(o.get("--split-trials")), o.get("--split-duration"));
		System.out.printf(Locale.ROOT, "load after: %.2f%n", load());
	}

	/**
	 * A split "Stochastic HH Ensemble" (white noise, I = 6 µA/cm², σ = 2): its trials on 2 threads and split
	 * across Spark local[2] tasks, in one run, the ratio to threads, and a check that spikes.csv and band.csv
	 * are the same bytes.
	 */
	private static void splitEnsemble(final int trials, final String duration) throws Exception {
		System.out.printf(Locale.ROOT, "split ensemble: Stochastic HH Ensemble, %d trials × %s ms, recordTrials=0; " +
			"load %.2f%n", trials, duration, load());
		final Path dir = Files.createTempDirectory("loligo-split-bench");
		final String[][] variants = { { "threads", "" }, { "spark", "local[2]" } };
		final double[] seconds = new double[variants.length];
		try (Context context = new Context(CommandService.class, ConvertService.class)) {
			for (int v = 0; v < variants.length; v++) {
				final Map<String, Object> in = new HashMap<>();
				in.put("trials", trials);
				in.put("duration", Double.parseDouble(duration));
				in.put("current", 6.0);
				in.put("noiseSigma", 2.0);
				in.put("recordTrials", 0);
				in.put("seed", 1L);
				in.put("executor", variants[v][0]);
				if (!variants[v][1].isEmpty()) in.put("sparkMaster", variants[v][1]);
				else in.put("threads", 2);
				in.put("outputDirectory", dir.resolve(Integer.toString(v)).toFile());
				final long t0 = System.nanoTime();
				context.service(CommandService.class).run(StochasticEnsemble.class, true, in).get();
				seconds[v] = (System.nanoTime() - t0) * 1e-9;
			}
		}
		for (final String f : List.of("spikes.csv", "band.csv", "trials.csv"))
			if (!Arrays.equals(Files.readAllBytes(dir.resolve("0").resolve(f)), Files.readAllBytes(dir.resolve("1")
				.resolve(f)))) throw new IllegalStateException(f + " differs between threads and Spark");
		System.out.println("executor                       wall (s)   ratio to threads");
		for (int v = 0; v < variants.length; v++)
			System.out.printf(Locale.ROOT, "%-30s %8.2f %18.3f%n", String.join(" ", variants[v]).trim(), seconds[v],
				seconds[v] / seconds[0]);
		System.out.println("spikes.csv, band.csv, trials.csv identical: yes");
	}

	/** Seconds per task of a job of {@code tasks} tasks that do nothing (the second of two jobs). */
	private static double perTask(final String master, final int tasks) {
		final SparkConf conf = new SparkConf().setMaster(master).setAppName("Loligo task overhead");
		try (JavaSparkContext jsc = new JavaSparkContext(conf)) {
			final List<Integer> items = new ArrayList<>();
			for (int i = 0; i < tasks; i++)
				items.add(i);
			jsc.parallelize(items, tasks).count(); // warm-up: executors up, classes loaded
			final long t0 = System.nanoTime();
			jsc.parallelize(items, tasks).count();
			return (System.nanoTime() - t0) * 1e-9 / tasks;
		}
	}

	private static double median(final double[] t) {
		final double[] s = t.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}

	private static double load() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}
}
