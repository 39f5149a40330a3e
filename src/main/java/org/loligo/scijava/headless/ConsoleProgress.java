package org.loligo.scijava.headless;

import java.io.PrintStream;
import java.util.function.LongSupplier;

import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;

/**
 * Shows the progress of {@code StatusService} updates as a console line on
 * standard error: {@code [ 42%] Simulating…}. Status messages without
 * progress are not shown.
 * <p>
 * On a terminal the line is redrawn in place ({@code \r}) at every whole
 * percent, and every second while the run moves within a percent; otherwise
 * (a log file, a pipe) a new line is written every 5 %, and every minute while
 * the run moves less than that. Once a phase has run {@link #ETA_AFTER_NS} the
 * line ends with the time left, {@code (ETA 3 min 20 s)}: elapsed time of the
 * phase × (max − value) / value, the rate so far carried on. NB: {@code StatusService} publishes asynchronously on a thread pool,
 * so updates can arrive out of order; a percentage lower than the last one
 * shown is dropped, except 0 %, which starts a new phase.
 * </p>
 */
public final class ConsoleProgress {

	/** Least step between two lines when not on a terminal, in percent. */
	private static final int LOG_STEP = 5;

	/** A phase shows its time left once it has run this long (ns): earlier the rate is mostly start-up. */
	static final long ETA_AFTER_NS = 2_000_000_000L;

	/** Least time between two redraws within one percent: a second on a terminal, a minute in a log. */
	private static final long TERMINAL_EVERY_NS = 1_000_000_000L, LOG_EVERY_NS = 60_000_000_000L;

	private final PrintStream err;
	private final boolean terminal;
	private String message = "";
	private int lastPercent = -1;
	private int lastWidth;
	private boolean lineOpen;
	private boolean closed;
	private final LongSupplier clock;
	private long phaseStart = Long.MIN_VALUE, lastDraw;
	private double lastFraction = -1;

	/**
	 * @param err where the line is written
	 * @param terminal whether {@code err} is a terminal, to redraw in place
	 */
	public ConsoleProgress(final PrintStream err, final boolean terminal) {
		this(err, terminal, System::nanoTime);
	}

	/** As {@link #ConsoleProgress(PrintStream, boolean)} with a clock in ns (tests). */
	public ConsoleProgress(final PrintStream err, final boolean terminal, final LongSupplier clock) {
		this.err = err;
		this.terminal = terminal;
		this.clock = clock;
	}

	@EventHandler
	public void onEvent(final StatusEvent event) {
		final int max = event.getProgressMaximum();
		final int value = event.getProgressValue();
		final String text = event.getStatusMessage();
		update(value, max, text);
	}

	/** Shows {@code value} of {@code max}, with an optional new message. */
	public synchronized void update(final int value, final int max,
		final String text)
	{
		if (closed) return;
		if (text != null && !text.isBlank()) message = text.strip();
		if (max <= 0 || value < 0) return;
		final long now = clock.getAsLong();
		final double fraction = Math.min(1, (double) value / max);
		final int percent = (int) Math.min(100, 100L * value / max);
		if (percent == 0 && lastPercent > 0 || phaseStart == Long.MIN_VALUE) { // a new phase
			lastPercent = -1;
			lastFraction = -1;
			phaseStart = now;
		}
		if (percent < lastPercent || fraction <= lastFraction) return;
		final boolean newPercent = percent > lastPercent;
		final boolean due = now - lastDraw >= (terminal ? TERMINAL_EVERY_NS : LOG_EVERY_NS);
		if (terminal) {
			if (!newPercent && !due) return;
			redraw(line(percent, now, fraction));
		}
		else if (lastPercent < 0 || percent >= lastPercent + LOG_STEP || percent == 100 && newPercent || due) {
			err.println(line(percent, now, fraction));
		}
		else return;
		lastDraw = now;
		lastFraction = fraction;
		if (newPercent && (terminal || lastPercent < 0 || percent >= lastPercent + LOG_STEP || percent == 100))
			lastPercent = percent;
	}

	/**
	 * The time left of a phase that has run {@code elapsedNs} and done {@code fraction} of its work, as
	 * people read it ({@code 45 s}, {@code 3 min 20 s}, {@code 2 h 05 min}), or null when too early to
	 * tell (under {@link #ETA_AFTER_NS}, or nothing done yet).
	 */
	public static String eta(final long elapsedNs, final double fraction) {
		if (elapsedNs < ETA_AFTER_NS || !(fraction > 0) || fraction >= 1) return null;
		final double left = elapsedNs / 1e9 * (1 - fraction) / fraction;
		final long s = Math.round(left);
		if (left > 99 * 86400) return "more than 99 days";
		if (s < 60) return s + " s";
		if (s < 3600) return s / 60 + " min " + String.format("%02d", s % 60) + " s";
		if (s < 86400) return s / 3600 + " h " + String.format("%02d", s % 3600 / 60) + " min";
		return s / 86400 + " d " + String.format("%02d", s % 86400 / 3600) + " h";
	}

	/** Ends an open progress line so that other output starts on its own. */
	public synchronized void breakLine() {
		if (!lineOpen) return;
		err.println();
		lineOpen = false;
		lastWidth = 0;
	}

	/** Ends the line and ignores later (late) updates. */
	public synchronized void close() {
		breakLine();
		closed = true;
	}

	// -- Helper methods --

	private void redraw(final String line) {
		final StringBuilder sb = new StringBuilder("\r").append(line);
		for (int i = line.length(); i < lastWidth; i++) sb.append(' ');
		err.print(sb);
		err.flush();
		lastWidth = line.length();
		lineOpen = true;
	}

	private String line(final int percent, final long now, final double fraction) {
		final String eta = eta(now - phaseStart, fraction);
		return String.format("[%3d%%] %s", percent, message) + (eta == null ? "" : " (ETA " + eta + ")");
	}
}
