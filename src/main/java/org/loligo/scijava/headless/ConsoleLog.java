package org.loligo.scijava.headless;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.scijava.log.LogLevel;
import org.scijava.log.LogListener;
import org.scijava.log.LogMessage;
import org.scijava.log.LogService;
import org.scijava.log.StderrLogService;

/**
 * Prints SciJava log messages for a console user, on standard error only
 * (standard output carries the results).
 * <p>
 * Quiet by default: warnings and errors as one line each, no stack trace, and
 * the status lines of the {@link #STATUS} sub-logger. An
 * error that carries an exception is held back instead, because during a run
 * it is the run's failure, which the launcher reports once;
 * {@link #flushPending()} prints the held ones as single lines when they were
 * not. With {@code verbose}, informational messages are shown too and every
 * message is printed in full, stack traces included.
 * </p>
 */
public final class ConsoleLog implements LogListener {

	/**
	 * The name of the sub-logger whose informational messages are status lines a console user wants even
	 * when quiet (e.g. Parameter Sweep's one line per finished point): {@code log.subLogger(STATUS,
	 * LogLevel.INFO)}.
	 */
	public static final String STATUS = "loligo-status";

	private final PrintStream err;
	private final boolean verbose;
	private final ConsoleProgress progress;
	private final List<LogMessage> pending = new ArrayList<>();

	private ConsoleLog(final PrintStream err, final boolean verbose,
		final ConsoleProgress progress)
	{
		this.err = err;
		this.verbose = verbose;
		this.progress = progress;
	}

	/**
	 * Routes the log service's output through a new console log. NB: only the
	 * plain {@link StderrLogService} can be muted; with another implementation
	 * its own output is left alone and nothing is added.
	 *
	 * @param progress the progress line to break before a message, or null
	 */
	public static ConsoleLog install(final LogService log, final PrintStream err,
		final boolean verbose, final ConsoleProgress progress)
	{
		final ConsoleLog console = new ConsoleLog(err, verbose, progress);
		if (!(log instanceof StderrLogService)) return console;
		final PrintStream mute = new PrintStream(OutputStream.nullOutputStream());
		((StderrLogService) log).setPrintStreams(level -> mute);
		// NB: errors are always let through: a run's failure may be one.
		final int level = log.getLevel();
		log.setLevel(verbose ? Math.max(level, LogLevel.INFO) : Math.max(Math.min(
			level, LogLevel.WARN), LogLevel.ERROR));
		log.addLogListener(console);
		return console;
	}

	@Override
	public synchronized void messageLogged(final LogMessage message) {
		if (verbose) {
			print(message.toString().stripTrailing());
		}
		else if (message.level() <= LogLevel.ERROR && message
			.throwable() != null)
		{
			pending.add(message);
		}
		else if (message.level() <= LogLevel.INFO && message.source() != null && STATUS.equals(message.source()
			.name()))
		{
			print(firstLine(message.text()));
		}
		else if (message.level() <= LogLevel.WARN && !isHeadlessNoise(message)) {
			print("[" + LogLevel.prefix(message.level()) + "] " + firstLine(message
				.text()));
		}
	}

	/** Prints held-back errors as single lines. */
	public synchronized void flushPending() {
		for (final LogMessage m : pending) {
			final String text = m.text() == null ? "" : firstLine(m.text()) + ": ";
			print("[ERROR] " + text + Errors.userMessage(m.throwable()));
		}
		pending.clear();
	}

	/** Forgets held-back errors, once the failure they caused is reported. */
	public synchronized void discardPending() {
		pending.clear();
	}

	// -- Helper methods --

	private void print(final String line) {
		if (progress != null) progress.breakLine();
		err.println(line);
	}

	/**
	 * NB: A script that runs a command with {@code process = true} gets its
	 * outputs handed to {@code DisplayPostprocessor}, which has no display for
	 * numbers without a UI and warns about each. Headless, that is expected.
	 */
	private static boolean isHeadlessNoise(final LogMessage message) {
		final String text = message.text();
		return text != null && text.startsWith("Ignoring unsupported output:");
	}

	private static String firstLine(final String text) {
		if (text == null) return "";
		final String s = text.strip();
		final int nl = s.indexOf('\n');
		return nl < 0 ? s : s.substring(0, nl).strip();
	}
}
