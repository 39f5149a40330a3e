package org.loligo.scijava.headless;

import java.io.PrintStream;

import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;

/**
 * Shows the progress of {@code StatusService} updates as a console line on
 * standard error: {@code [ 42%] Simulating…}. Status messages without
 * progress are not shown.
 * <p>
 * On a terminal the line is redrawn in place ({@code \r}) at every whole
 * percent; otherwise (a log file, a pipe) a new line is written at most every
 * 5 %. NB: {@code StatusService} publishes asynchronously on a thread pool,
 * so updates can arrive out of order; a percentage lower than the last one
 * shown is dropped, except 0 %, which starts a new phase.
 * </p>
 */
public final class ConsoleProgress {

	/** Least step between two lines when not on a terminal, in percent. */
	private static final int LOG_STEP = 5;

	private final PrintStream err;
	private final boolean terminal;
	private String message = "";
	private int lastPercent = -1;
	private int lastWidth;
	private boolean lineOpen;
	private boolean closed;

	/**
	 * @param err where the line is written
	 * @param terminal whether {@code err} is a terminal, to redraw in place
	 */
	public ConsoleProgress(final PrintStream err, final boolean terminal) {
		this.err = err;
		this.terminal = terminal;
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
		final int percent = (int) Math.min(100, 100L * value / max);
		if (percent == 0 && lastPercent > 0) lastPercent = -1; // a new phase
		if (percent <= lastPercent) return;
		if (terminal) redraw(percent);
		else if (lastPercent < 0 || percent >= lastPercent + LOG_STEP ||
			percent == 100)
		{
			err.println(line(percent));
		}
		else return;
		lastPercent = percent;
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

	private void redraw(final int percent) {
		final String line = line(percent);
		final StringBuilder sb = new StringBuilder("\r").append(line);
		for (int i = line.length(); i < lastWidth; i++) sb.append(' ');
		err.print(sb);
		err.flush();
		lastWidth = line.length();
		lineOpen = true;
	}

	private String line(final int percent) {
		return String.format("[%3d%%] %s", percent, message);
	}
}
