package org.loligo.engine.split;

import java.io.Serializable;
import java.util.List;
import java.util.function.IntFunction;

import org.loligo.engine.sim.SimulationListener;

/**
 * Runs the parts of a split run somewhere else — a Spark cluster, in the loligo-spark module — and returns
 * their results in the parts' order. Found at run time by {@link PartExecutors} through
 * {@link java.util.ServiceLoader}, so that the plugin never depends on the module.
 * <p>
 * The parts' results depend only on the parts, so whatever the executor, the machines or the order in
 * which the parts run, the combined result is the same bits.
 */
public interface PartExecutor {

	/** Where to run: a Spark master URL (empty = the one spark-submit set) and the job's name. */
	record Options(String master, String appName) {}

	/** The name users give as {@code executor=…}. */
	String name();

	/**
	 * Plans the parts for the slots the executor has (its cores: {@code plan.apply(slots)}), runs them and
	 * returns their results in order.
	 *
	 * @param listener progress counted in parts; cancel
	 * @throws java.util.concurrent.CancellationException when the listener cancels (nothing is returned)
	 * @throws RuntimeException a part's own failure (e.g. a divergence), as the part threw it
	 */
	<R extends Serializable> List<R> run(IntFunction<List<PartTask<R>>> plan, Options options,
		SimulationListener listener);
}
