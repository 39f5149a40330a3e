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

	/** Time left = elapsed × (1 − f) / f: 10 s for 20 % gives 40 s; 2 h for 1 ‰ gives 1998 h. */
	@Test
	public void testEtaArithmetic() {
		assertEquals(null, ConsoleProgress.eta(1_000_000_000L, 0.5), "under 2 s: too early");
		assertEquals(null, ConsoleProgress.eta(10_000_000_000L, 0), "nothing done: no rate");
		assertEquals("40 s", ConsoleProgress.eta(10_000_000_000L, 0.2));
		assertEquals("3 min 20 s", ConsoleProgress.eta(50_000_000_000L, 0.2));
		assertEquals("2 h 05 min", ConsoleProgress.eta(3000_000_000_000L, 3000.0 / 10500));
		assertEquals("83 d 06 h", ConsoleProgress.eta(7200_000_000_000L, 0.001));
		assertEquals("more than 99 days", ConsoleProgress.eta(7200_000_000_000L, 1e-6));
	}

	/** A run that moves within one percent: redrawn each second on a terminal with its time left. */
	@Test
	public void testTerminalShowsTimeLeftWithinAPercent() {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final long[] now = { 0 };
		final ConsoleProgress p = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true,
			() -> now[0]);
		p.update(0, 1_000_000, "Simulating");
		now[0] = 500_000_000L;
		p.update(1, 1_000_000, null); // within the second: not redrawn
		now[0] = 4_000_000_000L;
		p.update(2000, 1_000_000, null); // 0.2 % after 4 s: 1996 s left
		p.close();
		assertEquals("\r[  0%] Simulating\r[  0%] Simulating (ETA 33 min 16 s)\n", text(bytes));
	}

	/** In a log, a line a minute while the run stays within 5 %. */
	@Test
	public void testLogGetsALineAMinuteWhenSlow() {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final long[] now = { 0 };
		final ConsoleProgress p = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false,
			() -> now[0]);
		for (int s = 0; s <= 180; s++) {
			now[0] = s * 1_000_000_000L;
			p.update(s, 10_000, "Simulating");
		}
		final List<String> lines = text(bytes).lines().toList();
		assertEquals(List.of("[  0%] Simulating", "[  0%] Simulating (ETA 2 h 45 min)",
			"[  1%] Simulating (ETA 2 h 44 min)", "[  1%] Simulating (ETA 2 h 43 min)"), lines); // 10^4 s - elapsed
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
