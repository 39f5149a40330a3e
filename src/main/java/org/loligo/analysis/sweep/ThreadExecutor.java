package org.loligo.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.loligo.engine.sim.SimulationListener;

/**
 * Runs a sweep's points on worker threads of this JVM: each worker takes the next point not yet taken.
 * The order in which points finish does not matter: results are put in index order. After a point
 * fails no new point starts.
 */
public final class ThreadExecutor implements SweepExecutor {

	@Override
	public String name() {
		return "threads";
	}

	@Override
	public List<PointResult> run(final List<SweepPoint> points, final PointRunner runner, final Options options,
		final SimulationListener listener)
	{
		final int n = points.size();
		final int workers = Math.max(1, Math.min(n, options.threads() > 0 ? options.threads() : Runtime
			.getRuntime().availableProcessors()));
		final PointResult[] results = new PointResult[n];
		final AtomicInteger next = new AtomicInteger(), done = new AtomicInteger();
		final ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
			final Thread t = new Thread(r, "loligo-sweep");
			t.setDaemon(true);
			return t;
		});
		try {
			final List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < workers; w++)
				futures.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
						results[i] = PointResult.run(runner, points.get(i));
						done.incrementAndGet();
						if (results[i].isFailure()) next.set(n); // the sweep fails: start no more points
					}
				}));
			// NB: the listener is polled on the calling thread only (its contract), while workers run.
			for (final Future<?> f : futures)
				while (!waitFor(f)) {
					listener.progress(done.get(), n);
					if (listener.isCancelled()) next.set(n); // no new point starts; running ones finish
				}
			listener.progress(done.get(), n);
		}
		finally {
			pool.shutdownNow();
		}
		final List<PointResult> out = new ArrayList<>(n);
		for (final PointResult r : results)
			if (r != null) out.add(r);
		return out;
	}

	/** Waits up to 200 ms; true when f is done. */
	private static boolean waitFor(final Future<?> f) {
		try {
			f.get(200, java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (final java.util.concurrent.TimeoutException e) {
			return false;
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.util.concurrent.CancellationException("interrupted");
		}
		catch (final ExecutionException e) {
			throw new IllegalStateException("sweep worker failed: " + e.getCause(), e.getCause());
		}
	}
}
