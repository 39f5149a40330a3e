package org.loligo.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code process}: whole processes, as a user runs them: {@code scripts/loligo} from start to exit (JVM and
 * SciJava start-up, the run, writing the files), timed by the harness around the process. Variants: a
 * one-step "Simulate HH Neuron" (start-up alone) and the README's COBA-HH command (4,000 neurons, 1 s, its
 * files into a temporary directory), each with the launcher's class-data archive and without it
 * ({@code LOLIGO_CDS=0}: the baseline). The unit is one process; the warm-up call builds the project and
 * the archive if needed. The check value is the process's exit code (0). Needs the project root in
 * {@code -Dloligo.root} (scripts/bench passes it). {@code --quick} runs the one-step command only.
 */
final class ProcessBench {

	static final String BASELINE = "simulate 1 step, no archive";

	private ProcessBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final Path root = Path.of(System.getProperty("loligo.root", "."));
		final List<Benchmark.Variant> vs = new ArrayList<>();
		final String[] oneStep = { "Simulate HH Neuron", "duration=0.01" };
		vs.add(new Benchmark.Variant(BASELINE, 1, () -> run(root, false, oneStep)));
		vs.add(new Benchmark.Variant("simulate 1 step, archive", 1, () -> run(root, true, oneStep)));
		if (size == Benchmarks.Size.FULL) {
			final String dir = tempDir().toString();
			final String[] coba = { "COBA-HH Network", "neurons=4000,duration=1000,seed=1,outputDirectory=" + dir };
			vs.add(new Benchmark.Variant("README COBA, no archive", 1, () -> run(root, false, coba)));
			vs.add(new Benchmark.Variant("README COBA, archive", 1, () -> run(root, true, coba)));
		}
		return new Benchmark("process", "whole scripts/loligo processes, start to exit: a one-step Simulate HH " +
			"Neuron; the README COBA-HH command (4,000 neurons, 1 s, files written)", "process", BASELINE, vs);
	}

	private static Path tempDir() {
		try {
			final Path d = Files.createTempDirectory("loligo-process-bench");
			d.toFile().deleteOnExit();
			return d;
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long run(final Path root, final boolean archive, final String... args) {
		final List<String> cmd = new ArrayList<>();
		cmd.add(root.resolve("scripts/loligo").toString());
		cmd.add("--run");
		cmd.add(args[0]);
		cmd.add(args[1]);
		try {
			// NB: the progress lines go to a file, shown only if the process fails.
			final File log = File.createTempFile("loligo-process-bench", ".log");
			log.deleteOnExit();
			final ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(log).directory(new File(root.toString()));
			pb.environment().put("LOLIGO_CDS", archive ? "1" : "0");
			final int code = pb.start().waitFor();
			if (code != 0) throw new IllegalStateException("scripts/loligo " + String.join(" ", args) + " exited " +
				code + ":\n" + Files.readString(log.toPath()));
			return code;
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}
}
