package org.loligo.spark;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.spark.SparkJobInfo;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.loligo.engine.sim.SimulationListener;

/** Waiting for a Spark job the way Loligo's runs wait: progress from its finished tasks, cancel on request. */
final class SparkJobs {

	private SparkJobs() {}

	/**
	 * Waits for the job, reporting progress in {@code total} units (scaled from its finished tasks) and
	 * calling {@code poll} (on this thread) about four times a second.
	 *
	 * @return the job's result, or null when the listener cancelled (the job is then cancelled)
	 * @throws CancellationException when the calling thread is interrupted (the job is cancelled)
	 */
	static <T> List<T> await(final JavaFutureAction<List<T>> job, final JavaSparkContext jsc, final long total,
		final SimulationListener listener, final Runnable poll)
	{
		while (true) {
			try {
				return job.get(250, TimeUnit.MILLISECONDS);
			}
			catch (final TimeoutException e) {
				listener.progress(done(job, jsc, total), total);
				poll.run();
				if (listener.isCancelled()) {
					job.cancel(true);
					return null;
				}
			}
			catch (final InterruptedException e) {
				job.cancel(true);
				Thread.currentThread().interrupt();
				throw new CancellationException("interrupted");
			}
			catch (final ExecutionException e) {
				throw new IllegalStateException("the Spark job failed: " + e.getCause().getMessage(), e.getCause());
			}
		}
	}

	private static long done(final JavaFutureAction<?> job, final JavaSparkContext jsc, final long total) {
		long done = 0, tasks = 0;
		for (final int id : job.jobIds()) {
			final SparkJobInfo info = jsc.statusTracker().getJobInfo(id);
			if (info == null) continue;
			for (final int stage : info.stageIds()) {
				final SparkStageInfo s = jsc.statusTracker().getStageInfo(stage);
				if (s == null) continue;
				done += s.numCompletedTasks();
				tasks += s.numTasks();
			}
		}
		return tasks == 0 ? 0 : done * total / tasks;
	}
}
