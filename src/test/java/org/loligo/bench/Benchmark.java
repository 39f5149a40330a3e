package org.loligo.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named benchmark: several variants of the same work, each compared with the {@code baseline}
 * variant measured in the same run of the harness. Times are reported per {@code unit} of work
 * (e.g. "neuron-step"), so variants of different sizes stay comparable.
 *
 * @param name        what {@code --filter} matches, e.g. "population"
 * @param description one line saying what is run (sizes included), printed above the table
 * @param unit        what one unit of work is, e.g. "neuron-step"
 * @param baseline    name of the variant the others are divided by
 * @param variants    in the order they are printed
 */
public record Benchmark(String name, String description, String unit, String baseline,
	List<Variant> variants)
{

	public Benchmark {
		variants = List.copyOf(variants);
		if (variants.isEmpty()) throw new IllegalArgumentException("benchmark " + name + " has no variants");
		final Set<String> seen = new HashSet<>();
		for (final Variant v : variants)
			if (!seen.add(v.name())) throw new IllegalArgumentException("benchmark " + name +
				": duplicate variant " + v.name());
		if (!seen.contains(baseline)) throw new IllegalArgumentException("benchmark " + name +
			": baseline " + baseline + " is not one of its variants " + seen);
	}

	/**
	 * One way of doing the benchmark's work.
	 *
	 * @param name  short label, unique within the benchmark, e.g. "exp-euler t1"
	 * @param units units of work done by one call of {@code work} (> 0)
	 * @param work  the timed call; returns a check value (e.g. a spike count) that the harness prints
	 *              and compares across repetitions, which also keeps the JIT from discarding the work
	 */
	public record Variant(String name, long units, Workload work) {

		public Variant {
			if (units <= 0) throw new IllegalArgumentException("variant " + name + ": units must be > 0");
		}
	}

	/** The timed work of a variant. */
	@FunctionalInterface
	public interface Workload {

		long run();
	}
}
