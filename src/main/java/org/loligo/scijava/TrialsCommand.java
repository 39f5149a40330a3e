package org.loligo.scijava;

import org.loligo.engine.split.PartExecutor;
import org.loligo.engine.split.PartExecutors;
import org.scijava.plugin.Parameter;

/**
 * The base of the commands whose trials are independent and may run as Spark tasks
 * ({@code executor=spark}, {@code sparkMaster}): "Stochastic HH Ensemble" and "Poisson-Driven HH
 * Neuron". Split or not, the files are the same bytes (see {@link SplitRuns}).
 */
public abstract class TrialsCommand extends SpikingCommand {

	// -- Where the trials run --

	@Parameter(persist = false, label = "Executor", choices = { "threads", "spark" }, description =
		"threads: trials on this machine's threads; spark: trials split across Spark tasks (needs the " +
			"loligo-spark module), with the same results")
	protected String executor = "threads";

	@Parameter(persist = false, label = "Spark master", required = false, description =
		"With executor=spark: local[2], local-cluster[2,1,1024], spark://host:7077, ...; empty = spark-submit's " +
			"master, else local[*]")
	protected String sparkMaster = "";

	/**
	 * The executor asked for, checked before any work: null for threads.
	 *
	 * @throws IllegalArgumentException for an unknown executor, spark without the module, sparkMaster
	 *           without spark, or threads with spark (each task runs on one thread)
	 */
	protected PartExecutor partExecutor() {
		final PartExecutor ex = PartExecutors.byName(executor);
		if (ex == null && sparkMaster != null && !sparkMaster.isBlank()) throw new IllegalArgumentException(
			"sparkMaster: only executor=spark uses it; leave it out or set executor=spark");
		if (ex != null && threads != 0) throw new IllegalArgumentException("threads: with executor=" + ex.name() +
			" each task runs its trials on one thread and the cluster's cores set the parallelism; leave threads " +
			"out (0)");
		return ex;
	}

	/** The executor's options for this command's run. */
	protected PartExecutor.Options partOptions(final String label, final int trials) {
		return new PartExecutor.Options(sparkMaster, "Loligo " + label + " (" + trials + " trials)");
	}
}
