package org.loligo.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context a run uses: the one already running in this JVM (spark-submit's, a notebook's) if
 * any, else a new one for the given master, stopped when the run ends.
 */
final class SparkContexts implements AutoCloseable {

	private final JavaSparkContext context;
	private final boolean owned;

	private SparkContexts(final JavaSparkContext context, final boolean owned) {
		this.context = context;
		this.owned = owned;
	}

	/**
	 * @param master a master URL (local[2], local-cluster[2,1,1024], spark://host:7077, ...), or empty for the
	 *          one set by spark-submit (the {@code spark.master} property), else {@code local[*]}
	 * @throws IllegalArgumentException naming sparkMaster when a context with another master is running
	 */
	static SparkContexts open(final String master, final String appName) {
		final SparkConf conf = new SparkConf().setAppName(appName);
		final String m = master == null ? "" : master.trim();
		if (!m.isEmpty()) conf.setMaster(m);
		else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
		// NB: SparkContext.getActive is not public; getOrCreate returns the running context if there is one,
		// and one started before this call is not ours to stop.
		final long before = System.currentTimeMillis();
		final SparkContext sc = SparkContext.getOrCreate(conf);
		final boolean owned = sc.startTime() >= before;
		if (!owned && !m.isEmpty() && !m.equals(sc.master())) throw new IllegalArgumentException("sparkMaster: " + m +
			" asked, but this JVM already runs a Spark context on " + sc.master() + "; leave sparkMaster empty to " +
			"use it");
		return new SparkContexts(JavaSparkContext.fromSparkContext(sc), owned);
	}

	JavaSparkContext context() {
		return context;
	}

	@Override
	public void close() {
		if (owned) context.stop();
	}
}
