package org.loligo.spark;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.util.CollectionAccumulator;
import org.loligo.analysis.sweep.PointResult;
import org.loligo.analysis.sweep.PointRunner;
import org.loligo.analysis.sweep.SweepPoint;

/**
 * The task of one sweep point on an executor: runs the point and returns its result, a failure included
 * (as data: Spark would otherwise retry the task and report a stack trace instead of the command's
 * message).
 * <p>
 * NB: a class of its own in {@code src/main}, never a lambda in a test: executors load it by name from
 * their class path.
 */
final class RunPoint implements Function<SweepPoint, PointResult> {

	private static final long serialVersionUID = 1L;

	private final PointRunner runner;
	/** Where the driver hears of finished points (when their task ends), for its status lines. */
	private final CollectionAccumulator<PointResult> finished;

	RunPoint(final PointRunner runner, final CollectionAccumulator<PointResult> finished) {
		this.runner = runner;
		this.finished = finished;
	}

	@Override
	public PointResult call(final SweepPoint point) {
		final PointResult r = PointResult.run(runner, point);
		finished.add(r);
		return r;
	}
}
