package org.loligo.engine.split;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The executors of split runs by name, found through {@link ServiceLoader} (a
 * {@code META-INF/services/org.loligo.engine.split.PartExecutor} entry): {@code spark} when the
 * loligo-spark module is on the class path. {@code threads} is not one of them: a run on threads is a run
 * in one piece.
 */
public final class PartExecutors {

	private PartExecutors() {}

	/**
	 * The executor for {@code executor=name}, or null for {@code threads}.
	 *
	 * @throws IllegalArgumentException naming {@code executor} and what is available; for {@code spark}
	 *           without the loligo-spark module, how to get it
	 */
	public static PartExecutor byName(final String name) {
		final String n = name == null ? "" : name.trim();
		if (n.equalsIgnoreCase("threads")) return null;
		final List<String> known = new ArrayList<>(List.of("threads"));
		final ClassLoader l = Thread.currentThread().getContextClassLoader();
		for (final PartExecutor e : ServiceLoader.load(PartExecutor.class, l != null ? l : PartExecutors.class
			.getClassLoader()))
		{
			if (e.name().equalsIgnoreCase(n)) return e;
			known.add(e.name());
		}
		if (n.equalsIgnoreCase("spark")) throw new IllegalArgumentException("executor=spark needs the loligo-spark " +
			"module and Apache Spark on the class path (loligo-spark/scripts/loligo-spark, or spark-submit with " +
			"loligo-spark-<version>-cluster.jar); available here: " + String.join(", ", known));
		throw new IllegalArgumentException("executor: unknown executor '" + name + "'; available: " + String.join(", ",
			known));
	}
}
