package org.loligo.analysis.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.Workers;

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
		// NB: stop is set by a cancel (Workers polls the listener on this thread) and by a failed point: no new
		// point starts after either; running ones finish.
		final AtomicBoolean stop = new AtomicBoolean();
		final Runnable worker = () -> {
			for (int i = next.getAndIncrement(); i < n && !stop.get(); i = next.getAndIncrement()) {
				results[i] = PointResult.run(runner, points.get(i));
				options.finished().accept(results[i]);
				done.incrementAndGet();
				if (results[i].isFailure()) stop.set(true); // the sweep fails
			}
		};
		Workers.run("loligo-sweep", workers, Collections.nCopies(workers, worker), stop, listener, done::get, n);
		final List<PointResult> out = new ArrayList<>(n);
		for (final PointResult r : results)
			if (r != null) out.add(r);
		return out;
	}
}
