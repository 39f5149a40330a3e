package org.loligo.bench;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.network.Connectivity;
import org.loligo.engine.network.NetworkSimulation;
import org.loligo.engine.network.NetworkSpec;
import org.loligo.engine.network.SynapseModel;
import org.loligo.engine.network.TopologyChoice;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationSpec;

/**
 * {@code network}: N HH1952 neurons under 10 µA/cm², coupled at random (p = 0.1, 0.005 mS/cm²), per
 * synapse model on 1 and 2 threads, against the same neurons uncoupled in the population runner
 * (baseline) and in the network runner with zero coupling (the price of the lock-step schedule). Full
 * size: 500 neurons for 200 ms at dt = 0.01 ms (10⁷ neuron-steps, 25,000 connections).
 */
final class NetworkBench {

	static final String BASELINE = "population t1";

	private NetworkBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final boolean quick = size == Benchmarks.Size.QUICK;
		final int n = quick ? 50 : 500;
		final double duration = quick ? 10 : 200;
		final List<Benchmark.Variant> vs = new ArrayList<>();
		final SimulationSpec pop1 = population(n, duration, 1);
		vs.add(new Benchmark.Variant(BASELINE, pop1.steps() * n, () -> Simulation.run(pop1).spikeCount()));
		vs.add(variant("uncoupled t1", new NetworkSpec(pop1, Connectivity.allToAll(n, 0), SynapseModel.sigmoid())));
		for (final String kind : List.of("sigmoid", "exponential", "gap"))
			for (final int threads : new int[] { 1, 2 }) {
				final SynapseModel syn = new SynapseModel(kind, 0, 5, 1, 2, 0, 2);
				final Connectivity c = new TopologyChoice("random", 0.005, 0.1, null).build(n, 7, kind.equals("gap"));
				vs.add(variant(kind + " t" + threads, new NetworkSpec(population(n, duration, threads), kind.equals(
					"gap") ? c : c.withDelay(1), syn)));
			}
		return new Benchmark("network", String.format("%,d HH1952 neurons, I = 10 µA/cm², random p = 0.1, " +
			"coupling 0.005 mS/cm², delay 1 ms (not gap), %s ms at dt = 0.01 ms", n, duration == Math.rint(duration) ?
				Long.toString((long) duration) : Double.toString(duration)), "neuron-step", BASELINE, vs);
	}

	private static SimulationSpec population(final int n, final double duration, final int threads) {
		return SimulationSpec.builder(Models.HH1952).neurons(n).stimulus(Stimuli.constant(10)).duration(duration)
			.dt(0.01).threads(threads).seed(1).build();
	}

	private static Benchmark.Variant variant(final String name, final NetworkSpec spec) {
		return new Benchmark.Variant(name, spec.population().steps() * spec.population().neurons(),
			() -> NetworkSimulation.run(spec).population().spikeCount());
	}
}
