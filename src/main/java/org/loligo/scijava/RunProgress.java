package org.loligo.scijava;

import ij.IJ;

import java.util.function.LongSupplier;

import org.loligo.engine.sim.SimulationListener;
import org.scijava.Cancelable;

/**
 * A run's progress as the status bar (or the launcher's console line) shows it, and the ways a user
 * stops a run.
 * <p>
 * Progress is monotonic and throttled: a fraction at or below the last one shown is dropped (the engine's
 * threads report out of order, and a later phase may start its own count), and at most one update per
 * {@link #MIN_INTERVAL_NANOS} reaches the sink, except the end (100 %), which is always shown. A run
 * stops when the command is cancelled (SciJava's cancel), its thread is interrupted, or — with a display —
 * when Esc is pressed in an ImageJ window ({@code IJ.escapePressed()}, reset when the run starts); Esc
 * also cancels the command, so that SciJava knows. The engine then returns what it has, marked partial.
 */
public final class RunProgress implements SimulationListener {

	/** Where progress goes: {@code value} of {@code max}, with a message. */
	@FunctionalInterface
	public interface Sink {

		void show(int value, int max, String message);
	}

	/** At most ten updates a second. */
	public static final long MIN_INTERVAL_NANOS = 100_000_000L;

	/** Progress is reported in millionths, so that a very long run moves (and shows a time left) long before 1 %. */
	public static final int MAX = 1_000_000;

	private final Sink sink;
	private final Cancelable command;
	private final String what;
	private final boolean watchEscape;
	private final LongSupplier clock;
	private int lastShown = -1;
	private long next = Long.MIN_VALUE;

	/**
	 * @param sink        where progress goes, or null for none
	 * @param command     the running command (its cancel stops the run)
	 * @param what        the status message
	 * @param watchEscape whether Esc in ImageJ stops the run (only with a display)
	 * @param clock       nanoseconds, for the throttle ({@code System::nanoTime})
	 */
	public RunProgress(final Sink sink, final Cancelable command, final String what, final boolean watchEscape,
		final LongSupplier clock)
	{
		this.sink = sink;
		this.command = command;
		this.what = what;
		this.watchEscape = watchEscape;
		this.clock = clock;
		if (watchEscape) IJ.resetEscape();
	}

	@Override
	public void progress(final long done, final long total) {
		// NB: a cancelled run reports no more progress (its end is not 100 %).
		if (sink == null || total <= 0 || isCancelled()) return;
		final int value = (int) Math.max(0, Math.min(MAX, (double) MAX * done / total));
		final long now = clock.getAsLong();
		synchronized (this) {
			if (value <= lastShown || value < MAX && now < next) return;
			lastShown = value;
			next = now + MIN_INTERVAL_NANOS;
			// NB: inside the lock, so that two threads cannot hand the sink their values in reverse order.
			sink.show(value, MAX, what);
		}
	}

	@Override
	public boolean isCancelled() {
		if (command.isCanceled() || Thread.currentThread().isInterrupted()) return true;
		if (watchEscape && IJ.escapePressed()) {
			command.cancel("Esc pressed");
			return true;
		}
		return false;
	}
}
