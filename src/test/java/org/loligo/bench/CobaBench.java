package org.loligo.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.loligo.engine.network.coba.CobaNetwork;
import org.loligo.engine.network.coba.CobaSpec;
import org.loligo.engine.sim.SimulationListener;

/**
 * {@code coba}: the COBA-HH benchmark network (Brette et al. 2007), 4,000 neurons, p = 0.02, 1 s at
 * dt = 0.1 ms (4·10⁷ neuron-steps), on 1 and 2 threads (baseline: 1 thread), and on 1 thread with the
 * scalar membrane pass (what a JVM without the Vector API module gets); scaling at fixed in-degree
 * 80 for N = 1,000 … 64,000 over 500 ms on 2 threads (units are neuron-steps, so equal ns per unit means
 * linear scaling); and Brian2 2.5's C++ standalone mode on the same network as an external process, with
 * 1 and 2 OpenMP threads.
 * <p>
 * NB: Brian2. {@code bench/peers/coba_brian2.py --mode cpp_standalone} generates and compiles the project
 * once, in the first (warm-up) call of the variant, and prints its compile time (excluded). Every call then
 * runs the compiled binary ({@code main} in the project directory), which builds the synapses, runs the
 * network and writes its spikes: the same work as a Loligo run, which also builds its network. The harness
 * times that call; Brian2's own measure of the network run alone ({@code results/last_run_info.txt}) is
 * printed beside it. The check value is Brian2's spike count (the size of its spike-monitor file). Without
 * /usr/bin/python3 and Brian2, or in --quick mode (compiling takes about a minute), the variant is left out
 * with a note.
 */
final class CobaBench {

	static final String BASELINE = "loligo t1";
	private static final String PYTHON = "/usr/bin/python3";

	private CobaBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final boolean quick = size == Benchmarks.Size.QUICK;
		final int neurons = quick ? 400 : 4000;
		final double duration = quick ? 100 : 1000, scaleDuration = quick ? 50 : 500;
		final List<Benchmark.Variant> vs = new ArrayList<>();
		final CobaSpec base = CobaSpec.benchmark().withNeurons(neurons).withRun(duration, 1, 1);
		vs.add(variant(BASELINE, base));
		vs.add(new Benchmark.Variant("loligo t1 scalar pass", (long) base.steps() * neurons, () -> CobaNetwork.run(
			base, SimulationListener.NONE, false).spikeCount()));
		vs.add(variant("loligo t2", base.withRun(duration, 1, 2)));
		for (final int n : quick ? new int[] { 250, 1000 } : new int[] { 1000, 4000, 16000, 64000 })
			vs.add(variant(String.format(Locale.ROOT, "k80 N=%d t2", n), base.withNeurons(n).withConnectivity(0, 80)
				.withRun(scaleDuration, 1, 2)));
		final String why = quick ? "--quick (compiling takes about a minute)" : brian2Missing();
		if (why == null) for (final int threads : new int[] { 1, 2 })
			vs.add(new Benchmark.Variant("brian2 cpp_standalone t" + threads, (long) base.steps() * neurons,
				new Brian2(neurons, duration, threads)::run));
		else System.out.println("coba: Brian2 variant left out: " + why);
		return new Benchmark("coba", String.format(Locale.ROOT, "COBA-HH network (Brette et al. 2007): %,d " +
			"neurons, p = 0.02, %s ms at dt = 0.1 ms; scaling at in-degree 80 over %s ms; Brian2 cpp_standalone " +
			"as a separate process (compile excluded)", neurons, fmt(duration), fmt(scaleDuration)), "neuron-step",
			BASELINE, vs);
	}

	/** A variant on the vector pass (a run in a JVM that has compiled it, as the harness's warm-up does). */
	private static Benchmark.Variant variant(final String name, final CobaSpec spec) {
		return new Benchmark.Variant(name, (long) spec.steps() * spec.neurons(), () -> CobaNetwork.run(spec,
			SimulationListener.NONE, true).spikeCount());
	}

	/** Why Brian2 cannot run here, or null when it can. */
	private static String brian2Missing() {
		if (!Files.isExecutable(Path.of(PYTHON))) return PYTHON + " not found";
		try {
			final Process p = new ProcessBuilder(PYTHON, "-c", "import brian2").redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			if (!p.waitFor(60, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				return "'import brian2' did not finish within 60 s";
			}
			return p.exitValue() == 0 ? null : "'" + PYTHON + " -c \"import brian2\"' failed (install python3-brian)";
		}
		catch (final IOException e) {
			return e.getMessage();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	/** The Brian2 variant: compiles on its first call, then runs the compiled binary. */
	private static final class Brian2 {

		private final int neurons, threads;
		private final double duration;
		private Path dir;

		Brian2(final int neurons, final double duration, final int threads) {
			this.neurons = neurons;
			this.duration = duration;
			this.threads = threads;
		}

		long run() {
			try {
				if (dir == null) build();
				final long t0 = System.nanoTime();
				exec(dir.toFile(), 600, dir.resolve("main").toString());
				final double wall = (System.nanoTime() - t0) / 1e9;
				final String info = Files.readString(dir.resolve("results/last_run_info.txt")).trim();
				System.out.printf(Locale.ROOT, "  brian2: binary %.3f s wall, network run %.3f s by its own measure%n",
					wall, Double.parseDouble(info.split("\\s+")[0]));
				return spikeCount();
			}
			catch (final IOException e) {
				throw new IllegalStateException("Brian2 run failed: " + e.getMessage(), e);
			}
		}

		private void build() throws IOException {
			dir = Files.createTempDirectory("loligo-coba-brian2-");
			final Path script = projectRoot().resolve("bench/peers/coba_brian2.py");
			if (!Files.exists(script)) throw new IOException(script + " not found");
			final String out = exec(null, 1800, PYTHON, script.toString(), "--mode", "cpp_standalone", "--neurons",
				Integer.toString(neurons), "--duration", Double.toString(duration), "--seed", "1", "--threads", Integer
					.toString(threads), "--dir", dir.toString());
			final String[] lines = out.trim().split("\n");
			System.out.println("  brian2 build + first run: " + lines[lines.length - 1]);
		}

		private long spikeCount() throws IOException {
			try (var files = Files.list(dir.resolve("results"))) {
				final Path i = files.filter(f -> f.getFileName().toString().startsWith("_dynamic_array_spikemonitor_i"))
					.findFirst().orElseThrow(() -> new IOException("no spike monitor output in " + dir));
				return Files.size(i) / Integer.BYTES;
			}
		}

		private static String exec(final File cwd, final int timeoutSeconds, final String... cmd) throws IOException {
			final Process p = new ProcessBuilder(cmd).directory(cwd).redirectErrorStream(true).start();
			final String out;
			try {
				out = new String(p.getInputStream().readAllBytes());
				if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
					p.destroyForcibly();
					throw new IOException(String.join(" ", cmd) + " timed out");
				}
			}
			catch (final InterruptedException e) {
				p.destroyForcibly();
				Thread.currentThread().interrupt();
				throw new IOException("interrupted", e);
			}
			if (p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " failed:\n" + out);
			return out;
		}
	}

	/** The project root: two levels above target/test-classes, where this class was loaded from. */
	static Path projectRoot() {
		try {
			return Path.of(CobaBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
				.getParent();
		}
		catch (final java.net.URISyntaxException e) {
			return Path.of("").toAbsolutePath();
		}
	}

	private static String fmt(final double x) {
		return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
	}
}
