package org.loligo.bench;

import java.util.List;
import java.util.function.Function;

/**
 * The registry of benchmarks the harness knows. To add one, write a class with a
 * {@code static Benchmark create(Size size)} and add a line to {@link #ALL}.
 */
final class Benchmarks {

	/** How big the work is: {@code FULL} for real numbers, {@code QUICK} for a smoke run. */
	enum Size {
		FULL, QUICK
	}

	/** A benchmark by name, built only when selected (building may allocate large inputs). */
	record Entry(String name, Function<Size, Benchmark> factory) {}

	static final List<Entry> ALL = List.of( //
		new Entry("population", PopulationBench::create),
		new Entry("ensemble", EnsembleBench::create),
		new Entry("isi", IsiBench::create),
		new Entry("hopf", HopfBench::create),
		new Entry("poisson", PoissonBench::create),
		new Entry("network", NetworkBench::create),
		new Entry("coba", CobaBench::create),
		new Entry("fi", FiBench::create),
		new Entry("channel-noise", ChannelNoiseBench::create),
		new Entry("csv", CsvBench::create),
		new Entry("process", ProcessBench::create));

	private Benchmarks() {}
}
