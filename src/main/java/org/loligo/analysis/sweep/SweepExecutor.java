package org.loligo.analysis.sweep;

import java.util.List;
import java.util.function.Consumer;

import org.loligo.engine.sim.SimulationListener;

/**
 * Runs the points of a sweep somewhere (threads here, a Spark cluster in the loligo-spark module) and
 * returns their results. Implementations other than {@link ThreadExecutor} are found at run time by
 * {@link SweepExecutors} through {@link java.util.ServiceLoader}, so the plugin never depends on them.
 * <p>
 * Whatever the executor, each point's result depends only on the point (its values and seed), so the
 * sweep's results are the same bits however the points are spread.
 */
public interface SweepExecutor {

	/**
	 * How to spread the points: worker threads (0 = all cores) or a Spark master URL (empty = the one set by
	 * spark-submit); and who hears of each point as it finishes ({@code finished}, called from any thread:
	 * on threads at once, on Spark when the point's task ends).
	 */
	record Options(int threads, String sparkMaster, String appName, Consumer<PointResult> finished) {

		/** Options without a listener of finished points. */
		public Options(final int threads, final String sparkMaster, final String appName) {
			this(threads, sparkMaster, appName, r -> {});
		}
	}

	/** The name users give as {@code executor=…}. */
	String name();

	/**
	 * Runs every point (in any order, in any place) and returns the results in index order. A point that
	 * fails gives a failed result; the executor does not stop the others for it. When the listener
	 * cancels, the points not started are left out (the list is then shorter).
	 *
	 * @param listener progress counted in points; cancel
	 */
	List<PointResult> run(List<SweepPoint> points, PointRunner runner, Options options,
		SimulationListener listener);
}
