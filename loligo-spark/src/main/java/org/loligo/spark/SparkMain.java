package org.loligo.spark;

/**
 * The main class for {@code spark-submit}: Loligo's headless launcher, with this module (and so
 * {@code executor=spark}) on the class path and the Spark context spark-submit configured:
 *
 * <pre>
 * spark-submit --master spark://host:7077 --class org.loligo.spark.SparkMain loligo-spark-0.1.0-SNAPSHOT-cluster.jar \
 *   --run "Parameter Sweep" "command=Stochastic HH Ensemble,parameters='trials=100',axes='current=0:20:1',executor=spark,seed=1,outputDirectory=/shared/sweep"
 * </pre>
 *
 * Exit status as the launcher's: 0 success, 1 failed run, 2 bad command line.
 */
public final class SparkMain {

	private SparkMain() {}

	public static void main(final String... args) {
		System.exit(org.loligo.scijava.Main.run(args, System.out, System.err));
	}
}
