package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.io.SummaryJson;

/**
 * "Simulate HH Neuron" from the shell: the launcher in a fresh JVM by menu label and by class name, the
 * bad-input path, {@code --list}, and both example scripts headless.
 */
class LauncherEndToEndTest {

	@TempDir
	Path dir;

	record Run(int status, String out, String err) {}

	static Run freshJvm(final String... args) throws Exception {
		final List<String> cmd = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java")
			.getPath(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class
				.getName()));
		cmd.addAll(List.of(args));
		final Process p = new ProcessBuilder(cmd).start();
		// Read both streams concurrently so that neither can fill up and block the child.
		final CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
		final String out = read(p.getInputStream());
		return new Run(p.waitFor(), out, err.get());
	}

	static String read(final java.io.InputStream in) {
		try {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (final java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	static Run inProcess(final String... args) {
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err,
			true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void menuLabelInAFreshJvmWritesEverything() throws Exception {
		final Path out = dir.resolve("run");
		final Run r = freshJvm("--run", "Simulate HH Neuron", "neurons=2,stimulus=pulses,current=0,amplitude=30," +
			"pulseTimes=[10 40 | 25],duration=60,seed=5,outputDirectory=" + out);
		assertEquals(0, r.status(), r.err());
		assertTrue(r.out().contains("spikeCount = 3"), r.out());
		for (final String f : new String[] { "spikes.csv", "traces.csv", "traces.png", "summary.json" })
			assertTrue(Files.isRegularFile(out.resolve(f)), f);
		final Map<String, Object> s = SummaryJson.read(out.resolve("summary.json"));
		assertEquals("10 40 | 25", s.get("pulseTimes"));
		assertEquals(5L, s.get("seed"));
	}

	@Test
	void badInputInAFreshJvmExitsNonZeroAndWritesNothing() throws Exception {
		final Path out = dir.resolve("bad");
		final Run r = freshJvm("--run", SimulateNeuron.class.getName(), "dt=0,outputDirectory=" + out);
		assertTrue(r.status() != 0);
		assertTrue(r.err().contains("Parameter 'dt' must be a number (double) > 0; got '0'"), r.err());
		assertFalse(Files.exists(out));
		final Run m = freshJvm("--run", "Simulate HH Neuron", "model=Izhikevich");
		assertTrue(m.status() != 0);
		assertTrue(m.err().contains("HH1952"), m.err());
	}

	@Test
	void listDescribesTheCommandsParameters() {
		final Run r = inProcess("--list");
		assertEquals(0, r.status(), r.err());
		for (final String s : new String[] { "Simulate HH Neuron", "SimulateNeuron", "dt", "ms", "recordInterval",
			"exp-euler", "outputDirectory" })
			assertTrue(r.out().contains(s), "--list lacks " + s + ":\n" + r.out());
	}

	@Test
	void groovyExampleRunsHeadless() throws Exception {
		example("scripts/Simulate_HH_Neuron_Example.groovy");
	}

	@Test
	void jythonExampleRunsHeadless() throws Exception {
		example("scripts/Simulate_HH_Neuron_Example.py");
	}

	private void example(final String script) throws Exception {
		final Path out = dir.resolve("example");
		final Run r = inProcess("--run", script, "current=10,duration=100,outputDirectory=" + out);
		assertEquals(0, r.status(), r.err());
		// HH1952 at 10 µA/cm²: about 68 Hz, so 6 or 7 spikes in 100 ms and an ISI near 14.6 ms.
		assertTrue(r.out().matches("(?s).*spikeCount = [67]\\b.*"), r.out());
		final String isi = r.out().replaceAll("(?s).*meanIsiMs = ([0-9.]+).*", "$1");
		assertEquals(14.6, Double.parseDouble(isi), 0.5, r.out());
		assertTrue(Files.isRegularFile(out.resolve("spikes.csv")));
	}
}
