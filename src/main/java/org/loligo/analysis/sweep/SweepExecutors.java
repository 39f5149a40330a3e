package org.loligo.analysis.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The executors by name: {@code threads} always; others (e.g. {@code spark}) when a module that
 * provides them (a {@code META-INF/services/org.loligo.analysis.sweep.SweepExecutor} entry) is on the
 * class path.
 */
public final class SweepExecutors {

	private SweepExecutors() {}

	/**
	 * @throws IllegalArgumentException naming {@code executor} and what is available; for {@code spark}
	 *           without the loligo-spark module, how to get it
	 */
	public static SweepExecutor byName(final String name) {
		final String n = name == null ? "" : name.trim();
		if (n.equalsIgnoreCase("threads")) return new ThreadExecutor();
		final List<String> known = new ArrayList<>(List.of("threads"));
		for (final SweepExecutor e : ServiceLoader.load(SweepExecutor.class, loader())) {
			if (e.name().equalsIgnoreCase(n)) return e;
			known.add(e.name());
		}
		if (n.equalsIgnoreCase("spark")) throw new IllegalArgumentException("executor=spark needs the loligo-spark " +
			"module and Apache Spark on the class path (run with spark-submit and loligo-spark-<version>-cluster.jar, " +
			"or add loligo-spark and spark-core to the class path); available here: " + String.join(", ", known));
		throw new IllegalArgumentException("executor: unknown executor '" + name + "'; available: " + String.join(
			", ", known));
	}

	private static ClassLoader loader() {
		final ClassLoader l = Thread.currentThread().getContextClassLoader();
		return l != null ? l : SweepExecutors.class.getClassLoader();
	}
}
