package org.loligo.spark;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;

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
		// NB: the cluster jar leaves out Groovy and Jython (their classes clash with Spark's); Loligo's
		// script-language plugins are then skipped instead of failing to load.
		if (!present("groovy.lang.GroovyObject") || !present("org.python.core.PyObject")) System.setProperty(
			"scijava.plugin.blocklist", "org.loligo.scijava.LoligoGroovyLanguage:org.loligo.scijava.LoligoJythonLanguage");
		// NB: spark-submit puts the application jar on its class loader twice (as the primary resource and in
		// spark.jars); SciJava would then read the jar's plugin index twice and find every command twice.
		final Thread t = Thread.currentThread();
		t.setContextClassLoader(new DistinctResources(t.getContextClassLoader()));
		System.exit(org.loligo.scijava.Main.run(args, System.out, System.err));
	}

	private static boolean present(final String className) {
		try {
			Class.forName(className, false, Thread.currentThread().getContextClassLoader());
			return true;
		}
		catch (final ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** Its parent's classes and resources, each resource URL listed once. */
	static final class DistinctResources extends ClassLoader {

		DistinctResources(final ClassLoader parent) {
			super(parent);
		}

		@Override
		public Enumeration<URL> getResources(final String name) throws IOException {
			final LinkedHashSet<String> seen = new LinkedHashSet<>();
			final java.util.List<URL> out = new java.util.ArrayList<>();
			for (final URL u : Collections.list(super.getResources(name)))
				if (seen.add(u.toExternalForm())) out.add(u);
			return Collections.enumeration(out);
		}
	}
}
