package org.loligo.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Runs the parallel tasks of a run the same way everywhere in Loligo: on a pool of daemon threads,
 * with progress reported to a {@link SimulationListener} every 100 ms, a cancel (or an interrupt of
 * the calling thread) passed on by setting a stop flag that the tasks poll, and the first failure
 * rethrown once every task has ended.
 */
public final class Workers {

	/** How often progress is reported and cancellation checked, ms. */
	static final long POLL_MS = 100;

	private Workers() {}

	/**
	 * Runs the tasks on {@code threads} threads and waits for all of them.
	 *
	 * @param name     thread name, e.g. "loligo-sim"
	 * @param stop     set when the listener cancels, the caller is interrupted, or a task fails
	 * @param done     units of work done so far (read while tasks run)
	 * @param total    units of work in all
	 * @throws RuntimeException the first task failure
	 */
	public static void run(final String name, final int threads, final List<? extends Runnable> tasks,
		final AtomicBoolean stop, final SimulationListener listener, final LongSupplier done, final long total)
	{
		final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
			final Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		});
		try {
			final List<Future<?>> futures = new ArrayList<>();
			for (final Runnable task : tasks)
				futures.add(pool.submit(task));
			RuntimeException failure = null;
			boolean interrupted = false;
			for (final Future<?> f : futures) {
				while (true) {
					try {
						f.get(POLL_MS, TimeUnit.MILLISECONDS);
						break;
					}
					catch (final TimeoutException e) {
						listener.progress(done.getAsLong(), total);
						if (listener.isCancelled()) stop.set(true);
					}
					catch (final ExecutionException e) {
						stop.set(true); // let the other tasks end quickly
						if (failure == null) failure = e.getCause() instanceof RuntimeException re ? re :
							new IllegalStateException(e.getCause());
						break;
					}
					catch (final InterruptedException e) {
						// An interrupt is a cancel: stop the tasks, wait for them, return what was done.
						stop.set(true);
						interrupted = true;
					}
				}
			}
			if (interrupted) Thread.currentThread().interrupt();
			if (failure != null) throw failure;
			listener.progress(total, total);
		}
		finally {
			pool.shutdownNow();
		}
	}
}
