package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.io.ResultSets;
import org.loligo.io.SummaryJson;

/**
 * The output directory as a unit, from the shell: a run killed with SIGTERM writes a partial set and
 * exits 143; one killed with SIGKILL leaves a set that the next run replaces by one consistent set; a
 * second run into a directory a live run holds is refused naming it; an unwritable directory is refused
 * before any work.
 */
@Tag("slow")
class ResultSetEndToEndTest {

	/** A run long enough to be stopped (minutes if it ran to the end). */
	private static final String LONG = "neurons=200,duration=200000,recordNeurons=2,seed=3,outputDirectory=";

	@TempDir
	Path dir;

	@Test
	@Timeout(120)
	void sigtermWritesAPartialSetAndExits143() throws Exception {
		final Path out = dir.resolve("term");
		final Child c = Child.start("--run", "Simulate HH Neuron", LONG + out);
		c.awaitProgress();
		final long t0 = System.nanoTime();
		// SIGTERM; NB: through the handle: Process.destroy() would also close our end of its pipes
		c.process.toHandle().destroy();
		assertTrue(c.process.waitFor(30, TimeUnit.SECONDS), "stopped");
		System.out.printf("SIGTERM to exit: %.2f s%n", (System.nanoTime() - t0) / 1e9);
		assertEquals(143, c.process.exitValue(), c.err());
		final Map<String, Object> s = ResultSets.assertConsistent(out);
		assertEquals(Boolean.TRUE, s.get("partial"));
		final double completed = ((Number) s.get("completed_ms")).doubleValue();
		assertTrue(completed > 0 && completed < 200000, "completed_ms " + completed);
		final List<String> stopped = c.err().lines().filter(l -> l.startsWith("Stopped by SIGTERM")).toList();
		assertEquals(List.of("Stopped by SIGTERM: partial results up to " + s.get("completed_ms") +
			" ms of 200000.0 ms written to " + out + " (summary.json: \"partial\": true)"), stopped, "stderr:\n" + c
				.err());
		// the spikes written are those before completed_ms
		for (final String line : Files.readAllLines(out.resolve("spikes.csv")).subList(1, 10))
			assertTrue(Double.parseDouble(line.split(",")[1]) <= completed, line);
	}

	@Test
	@Timeout(180)
	void aKilledRunThenARerunGiveOneConsistentSetAndALiveRunHoldsItsDirectory() throws Exception {
		final Path out = dir.resolve("kill");
		// an earlier set of another command, whose extra files the rerun must remove
		final Path chain = Path.of("test-data/chain4.tif").toAbsolutePath();
		final LauncherEndToEndTest.Run coupled = LauncherEndToEndTest.freshJvm("--run", "Coupled HH Network",
			"neurons=4,topology=matrix,matrixFile=" + chain + ",duration=50,outputDirectory=" + out);
		assertEquals(0, coupled.status(), coupled.err());
		assertTrue(Files.exists(out.resolve("weights.tif")));
		final Child c = Child.start("--run", "Simulate HH Neuron", LONG + out);
		c.awaitProgress();
		// a second run while the first holds the directory: refused, naming the first
		final LauncherEndToEndTest.Run second = LauncherEndToEndTest.freshJvm("--run", "Simulate HH Neuron",
			"duration=10,outputDirectory=" + out);
		assertEquals(1, second.status());
		assertTrue(second.err().contains("outputDirectory: '" + out + "' is in use by run ") && second.err()
			.contains("(Simulate HH Neuron, process " + c.process.pid() + " on "), second.err());
		c.process.toHandle().destroyForcibly(); // SIGKILL
		c.process.waitFor();
		// the earlier set is still whole (the killed run's staging folder beside it)
		assertEquals("Coupled HH Network", ResultSets.assertListedFiles(out).get("command"));
		final LauncherEndToEndTest.Run rerun = LauncherEndToEndTest.freshJvm("--run", "Simulate HH Neuron",
			"duration=20,seed=3,outputDirectory=" + out);
		assertEquals(0, rerun.status(), rerun.err());
		final Map<String, Object> s = ResultSets.assertConsistent(out);
		assertEquals("Simulate HH Neuron", s.get("command"));
		try (var files = Files.list(out)) {
			assertEquals(List.of(".loligo.lock", "spikes.csv", "summary.json", "traces.csv", "traces.png"), files.map(
				p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	@Timeout(60)
	void anUnwritableDirectoryIsRefusedBeforeAnyWork() throws Exception {
		final Path ro = ResultSets.unwritableDirectory(dir);
		Assumptions.assumeTrue(ro != null, "no unwritable directory on this machine");
		// minutes of work if the directory were checked only at the end
		final LauncherEndToEndTest.Run r = LauncherEndToEndTest.freshJvm("--run", "Simulate HH Neuron",
			"neurons=200,duration=500000,recordNeurons=0,outputDirectory=" + ro.resolve("sub"));
		assertEquals(1, r.status());
		assertTrue(r.err().contains("Error: outputDirectory: cannot write to '" + ro.resolve("sub") +
			"'") && r.err().contains("nothing was run"), r.err());
		assertFalse(r.err().contains("%]"), "no progress shown: " + r.err());
	}

	/** A launcher in a child JVM whose standard error is read as it comes. */
	private static final class Child {

		final Process process;
		private final StringBuffer err = new StringBuffer();
		private final CompletableFuture<Void> errRead;

		private Child(final Process process) {
			this.process = process;
			// NB: own threads, not the common pool (one thread on a two-core machine would read only one stream)
			errRead = CompletableFuture.runAsync(() -> {
				final byte[] buf = new byte[4096];
				try (var in = process.getErrorStream()) {
					for (int n; (n = in.read(buf)) > 0;)
						err.append(new String(buf, 0, n, StandardCharsets.UTF_8));
				}
				catch (final java.io.IOException e) {
					err.append("(reading stderr failed: " + e + ")");
				}
			}, r -> new Thread(r).start());
			new Thread(() -> LauncherEndToEndTest.read(process.getInputStream())).start();
		}

		static Child start(final String... args) throws Exception {
			final List<String> cmd = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java")
				.getPath(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class
					.getName()));
			cmd.addAll(List.of(args));
			return new Child(new ProcessBuilder(cmd).start());
		}

		/** Waits until the run has made progress (it is past its checks and simulating). */
		void awaitProgress() throws InterruptedException {
			while (!err.toString().matches("(?s).*\\[ *[1-9][0-9]*%\\].*")) {
				assertTrue(process.isAlive(), "ended early: " + err);
				Thread.sleep(50);
			}
		}

		/** Standard error, all of it once the process has ended. */
		String err() {
			if (!process.isAlive()) errRead.join();
			return err.toString();
		}
	}
}
