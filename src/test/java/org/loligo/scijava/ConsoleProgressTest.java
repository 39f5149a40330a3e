package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.scijava.headless.ConsoleProgress;

/** Tests {@link ConsoleProgress}: one line, never spam. */
public class ConsoleProgressTest {

	@Test
	public void testLogFileGetsALineEveryFivePercentAtMost() {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final ConsoleProgress p = progress(bytes, false);
		p.update(0, 0, "Starting"); // no progress: nothing shown
		for (int i = 0; i <= 1000; i++) p.update(i, 1000, "Simulating");
		p.close();
		final List<String> lines = text(bytes).lines().toList();
		assertEquals(21, lines.size());
		assertEquals("[  0%] Simulating", lines.get(0));
		assertEquals("[ 45%] Simulating", lines.get(9));
		assertEquals("[100%] Simulating", lines.get(20));
	}

	@Test
	public void testTerminalRedrawsOneLine() {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final ConsoleProgress p = progress(bytes, true);
		p.update(1, 4, "Long message");
		p.update(1, 4, null); // same percentage: nothing
		p.update(2, 4, "Short");
		p.update(1, 4, null); // late, out of order: dropped
		p.close();
		p.update(4, 4, null); // after close: dropped
		assertEquals("\r[ 25%] Long message\r[ 50%] Short       \n", text(bytes));
	}

	private static ConsoleProgress progress(final ByteArrayOutputStream bytes,
		final boolean terminal)
	{
		return new ConsoleProgress(new PrintStream(bytes, true,
			StandardCharsets.UTF_8), terminal);
	}

	private static String text(final ByteArrayOutputStream bytes) {
		return bytes.toString(StandardCharsets.UTF_8);
	}
}
