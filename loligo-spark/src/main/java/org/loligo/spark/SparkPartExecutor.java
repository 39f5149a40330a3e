package org.loligo.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.IntFunction;

import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.split.PartExecutor;
import org.loligo.engine.split.PartTask;

/**
 * {@code executor=spark} for split runs (an ensemble's trials): one Spark task per part, as many parts as
 * the cluster has cores ({@code defaultParallelism}); the driver collects the parts' results in the parts'
 * order. A part that fails fails the run with its own exception (a divergence names its trial), not with
 * Spark's retries and stack trace. Found by the plugin through {@code META-INF/services}.
 */
public final class SparkPartExecutor implements PartExecutor {

	@Override
	public String name() {
		return "spark";
	}

	@Override
	public <R extends Serializable> List<R> run(final IntFunction<List<PartTask<R>>> plan, final Options options,
		final SimulationListener listener)
	{
		try (SparkContexts sc = SparkContexts.open(options.master(), options.appName())) {
			final JavaSparkContext jsc = sc.context();
			final List<PartTask<R>> tasks = plan.apply(jsc.defaultParallelism());
			// NB: as many slices as tasks, so that each Spark task runs exactly one part.
			final JavaFutureAction<List<RunPart.Outcome>> job = jsc.parallelize(tasks, tasks.size()).map(new RunPart<R>())
				.collectAsync();
			final List<RunPart.Outcome> outcomes = SparkJobs.await(job, jsc, tasks.size(), listener, () -> {});
			if (outcomes == null) throw new CancellationException("cancelled: the Spark job was stopped; nothing written");
			final List<R> out = new ArrayList<>(outcomes.size());
			for (final RunPart.Outcome o : outcomes) {
				if (o.failure() != null) throw o.failure();
				@SuppressWarnings("unchecked")
				final R r = (R) o.value();
				out.add(r);
			}
			return out;
		}
	}
}
