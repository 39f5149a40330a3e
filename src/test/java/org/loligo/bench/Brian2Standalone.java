package org.loligo.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A Brian2 C++ standalone project as a benchmark variant: a peer script under {@code bench/peers/}
 * generates and compiles it in a temporary directory on the first call (the harness's untimed warm-up);
 * every call then runs the compiled binary ({@code main} in that directory), which is what the harness
 * times. Brian2's own measure of its run ({@code results/last_run_info.txt}) is printed beside it. The
 * check value is Brian2's spike count, the size of its spike-monitor file. Brian2 is Debian's
 * python3-brian, run by /usr/bin/python3; it is only compared with, never a dependency of Loligo.
 */
final class Brian2Standalone {

	static final String PYTHON = "/usr/bin/python3";

	private final String script;
	private final List<String> buildArgs;
	private Path dir;

	/**
	 * @param script    the peer script's file name under bench/peers
	 * @param buildArgs its arguments, with {@code {dir}} where the project directory goes
	 */
	Brian2Standalone(final String script, final String... buildArgs) {
		this.script = script;
		this.buildArgs = List.of(buildArgs);
	}

	/** Why Brian2 cannot run here, or null when it can. */
	static String missing() {
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

	/** Builds on the first call; runs the binary; returns Brian2's spike count. */
	long run() {
		try {
			if (dir == null) build();
			final long t0 = System.nanoTime();
			exec(dir.toFile(), 1800, dir.resolve("main").toString());
			final double wall = (System.nanoTime() - t0) / 1e9;
			final Path info = dir.resolve("results/last_run_info.txt");
			final String own = Files.exists(info) ? String.format(Locale.ROOT, ", run %.3f s by its own measure",
				Double.parseDouble(Files.readString(info).trim().split("\\s+")[0])) : "";
			System.out.printf(Locale.ROOT, "  brian2 (%s): binary %.3f s wall%s%n", script, wall, own);
			return spikeCount();
		}
		catch (final IOException e) {
			throw new IllegalStateException("Brian2 run failed: " + e.getMessage(), e);
		}
	}

	private void build() throws IOException {
		dir = Files.createTempDirectory("loligo-brian2-");
		final Path peer = projectRoot().resolve("bench/peers").resolve(script);
		if (!Files.exists(peer)) throw new IOException(peer + " not found");
		final List<String> cmd = new ArrayList<>(List.of(PYTHON, peer.toString()));
		for (final String a : buildArgs)
			cmd.add(a.replace("{dir}", dir.toString()));
		final long t0 = System.nanoTime();
		final String out = exec(null, 3600, cmd.toArray(new String[0]));
		final String[] lines = out.trim().split("\n");
		System.out.printf(Locale.ROOT, "  brian2 (%s) built in %.0f s (not timed): %s%n", script, (System.nanoTime() -
			t0) / 1e9, lines[lines.length - 1]);
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

	/** The project root: two levels above target/test-classes, where this class was loaded from. */
	static Path projectRoot() {
		try {
			return Path.of(Brian2Standalone.class.getProtectionDomain().getCodeSource().getLocation().toURI())
				.getParent().getParent();
		}
		catch (final java.net.URISyntaxException e) {
			return Path.of("").toAbsolutePath();
		}
	}
}
