package org.loligo.bench;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationSpec;

/**
 * {@code population}: N independent HH1952 neurons under a constant 10 µA/cm² (regular firing), for
 * each scheme on 1 and 2 threads, plus exp-euler with exact rates instead of the rate table. Full size:
 * 1,000 neurons for 1,000 ms at dt = 0.01 ms (10⁸ neuron-steps); baseline exp-euler on one thread.
 */
final class PopulationBench {

	static final String BASELINE = "exp-euler t1";

	private PopulationBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final boolean quick = size == Benchmarks.Size.QUICK;
		final int neurons = quick ? 100 : 1000;
		final double duration = quick ? 20 : 1000, dt = 0.01;
		final List<Benchmark.Variant> vs = new ArrayList<>();
		for (final String scheme : List.of("exp-euler", "euler", "rk4"))
			for (final int threads : new int[] { 1, 2 })
				vs.add(variant(scheme + " t" + threads, spec(neurons, duration, dt, scheme, threads, true)));
		// What the rate table buys: the same scheme computing the six rates exactly at every step.
		vs.add(2, variant("exp-euler exact-rates t1", spec(neurons, duration, dt, "exp-euler", 1, false)));
		return new Benchmark("population", String.format("%,d HH1952 neurons, I = 10 µA/cm², %s ms at dt = %s " +
			"ms", neurons, fmt(duration), fmt(dt)), "neuron-step", BASELINE, vs);
	}

	private static SimulationSpec spec(final int neurons, final double duration, final double dt,
		final String scheme, final int threads, final boolean tables)
	{
		return SimulationSpec.builder(Models.HH1952).neurons(neurons).stimulus(Stimuli.constant(10)).duration(
			duration).dt(dt).scheme(scheme).threads(threads).rateTables(tables).build();
	}

	private static Benchmark.Variant variant(final String name, final SimulationSpec spec) {
		return new Benchmark.Variant(name, spec.steps() * spec.neurons(), () -> Simulation.run(spec)
			.spikeCount());
	}

	private static String fmt(final double x) {
		return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
	}
}
