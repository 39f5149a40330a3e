package org.loligo.scijava.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link GuiSession} in its own JVM with the display of {@code DISPLAY} (an X server; CI starts Xvfb
 * in {@code .ci/run}): a JVM of its own because the other tests make this one headless for good. Without
 * a display the test is skipped with a message saying how to run it (CI sets {@code LOLIGO_REQUIRE_GUI=1},
 * which turns the skip into a failure). Screenshots of each command's
 * windows and of the error dialog land in {@code target/gui-screenshots}.
 */
@Tag("slow")
class GuiTest {

	@Test
	void commandsInImageJsWindows() throws Exception {
		final String display = System.getenv("DISPLAY");
		if ((display == null || display.isBlank()) && "1".equals(System.getenv("LOLIGO_REQUIRE_GUI")))
			throw new AssertionError("LOLIGO_REQUIRE_GUI=1 but DISPLAY is not set: CI must run the GUI test");
		if (display == null || display.isBlank()) {
			System.err.println("GuiTest SKIPPED: no display (DISPLAY is not set). Run it with an X server, e.g. " +
				"'Xvfb :99 & DISPLAY=:99 mvn -B test -Dtest=GuiTest'; CI runs it under Xvfb (.ci/run).");
			Assumptions.abort("no display (DISPLAY is not set)");
		}
		final Path shots = Path.of("target", "gui-screenshots");
		final Path log = Files.createTempFile("loligo-gui", ".log");
		final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		final Process p = new ProcessBuilder(List.of(java, "-Djava.awt.headless=false", "-Xmx768m",
			"--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"), GuiSession.class
				.getName(), shots.toString())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		final boolean ended = p.waitFor(150, TimeUnit.SECONDS);
		if (!ended) p.destroyForcibly();
		final String out = Files.readString(log, StandardCharsets.UTF_8);
		Files.deleteIfExists(log);
		assertTrue(ended, "the GUI session did not end within 150 s:\n" + out);
		assertEquals(0, p.exitValue(), out);
		for (final String s : new String[] { "simulate-plot", "ensemble-band", "hopf-plot", "error-dialog",
			"table-spikes" })
			assertTrue(new File(shots.toFile(), s + ".png").length() > 0, "screenshot " + s);
	}
}
