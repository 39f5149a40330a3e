package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.io.ResultSets;

/**
 * Every example that {@code --list} prints runs as printed, from a fresh directory, in a fresh JVM (the
 * ISI example reads the spikes of the Simulate example, which therefore runs first).
 */
@Tag("slow")
class ListExamplesTest {

	private static final Pattern EXAMPLE = Pattern.compile("  example: \\S+ --run \"([^\"]+)\" \"([^\"]*)\"");

	@TempDir
	Path dir;

	@Test
	void everyExampleRunsAsPrinted() throws Exception {
		final LauncherEndToEndTest.Run list = LauncherEndToEndTest.inProcess("--list");
		assertEquals(0, list.status(), list.err());
		final List<String[]> examples = new ArrayList<>();
		final Matcher m = EXAMPLE.matcher(list.out());
		while (m.find())
			examples.add(new String[] { m.group(1), m.group(2) });
		assertEquals(10, examples.size(), list.out());
		examples.sort(Comparator.comparing(e -> e[0].equals("Simulate HH Neuron") ? 0 : 1));
		for (final String[] e : examples) {
			final List<String> cmd = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java")
				.getPath(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class
					.getName(), "--run", e[0], e[1]));
			final Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
			final CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> LauncherEndToEndTest.read(p
				.getErrorStream()));
			LauncherEndToEndTest.read(p.getInputStream());
			assertEquals(0, p.waitFor(), e[0] + " \"" + e[1] + "\":\n" + err.get());
			if (e[1].contains("outputFile=")) { // Export Model writes one file, no result set
				final Path file = dir.resolve(e[1].replaceAll(".*outputFile=([^,]+).*", "$1"));
				assertTrue(java.nio.file.Files.size(file) > 0, e[0]);
				continue;
			}
			final String out = e[1].replaceAll(".*outputDirectory=([^,]+).*", "$1");
			assertTrue(e[1].contains("outputDirectory="), e[0]);
			assertEquals(e[0], ResultSets.assertConsistent(dir.resolve(out)).get("command"));
		}
	}
}
