package org.loligo.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.loligo.analysis.sweep.PointResult;
import org.loligo.analysis.sweep.PointRunner;
import org.loligo.analysis.sweep.SweepExecutor;
import org.loligo.analysis.sweep.SweepPoint;
import org.loligo.engine.sim.SimulationListener;

/**
 * {@code executor=spark}: a sweep's points as Spark tasks. The points are spread over
 * {@link #partitions partitions}, each task runs its points one after another (each point on one thread,
 * with its own seed), and the driver collects the results and puts them in index order, so that the
 * results are the same bits as on threads whatever the master, the partitions or the executors.
 * Found by the plugin through {@code META-INF/services}; the plugin never imports this module.
 */
public final class SparkSweepExecutor implements SweepExecutor {

	/** Tasks per core of the cluster, so that slow points even out without a task per point. */
	static final int TASKS_PER_CORE = 4;

	@Override
	public String name() {
		return "spark";
	}

	@Override
	public List<PointResult> run(final List<SweepPoint> points, final PointRunner runner, final Options options,
		final SimulationListener listener)
	{
		try (SparkContexts sc = SparkContexts.open(options.sparkMaster(), options.appName())) {
			final JavaSparkContext jsc = sc.context();
			// NB: the points a task ran reach the driver's accumulator when the task ends; the driver reports
			// them from there while the job runs (each once: a task run again adds its points again).
			final CollectionAccumulator<PointResult> finished = jsc.sc().collectionAccumulator("Loligo points finished");
			final Set<Integer> told = new HashSet<>();
			final Runnable tell = () -> {
				for (final PointResult p : finished.value())
					if (told.add(p.point().index())) options.finished().accept(p);
			};
			final JavaFutureAction<List<PointResult>> job = jsc.parallelize(points, partitions(points.size(), jsc
				.defaultParallelism())).map(new RunPoint(runner, finished)).collectAsync();
			final List<PointResult> results = SparkJobs.await(job, jsc, points.size(), listener, tell);
			tell.run();
			if (results == null) return List.of(); // cancelled: every point left out, the sweep is partial
			final List<PointResult> sorted = new ArrayList<>(results);
			sorted.sort(Comparator.comparingInt(r -> r.point().index()));
			return sorted;
		}
	}

	/** {@link #TASKS_PER_CORE} tasks per core, at most one per point. */
	static int partitions(final int points, final int cores) {
		return Math.max(1, Math.min(points, TASKS_PER_CORE * Math.max(1, cores)));
	}
}
