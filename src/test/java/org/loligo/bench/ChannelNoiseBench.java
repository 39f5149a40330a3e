package org.loligo.bench;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.channel.ChannelNoiseScheme;
import org.loligo.engine.noise.channel.ChannelPatch;
import org.loligo.engine.sim.Scheme;
import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationSpec;

/**
 * {@code channel-noise}: HH1952 neurons under a constant 10 µA/cm² with channel noise, each method at
 * 100 and 1000 µm² (6,000 / 60,000 Na channels), one thread. Full size: 100 neurons for 200 ms at
 * dt = 0.01 ms (2·10⁶ neuron-steps); baseline the deterministic exp-euler in the same run.
 */
final class ChannelNoiseBench {

	static final String BASELINE = "exp-euler (no noise)";

	private ChannelNoiseBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final boolean quick = size == Benchmarks.Size.QUICK;
		final int neurons = quick ? 10 : 100;
		final double duration = quick ? 10 : 200;
		final List<Benchmark.Variant> vs = new ArrayList<>();
		vs.add(variant(BASELINE, Schemes.EXP_EULER, neurons, duration));
		for (final double area : new double[] { 100, 1000 })
			for (final ChannelNoiseScheme.Method m : ChannelNoiseScheme.Method.values())
				vs.add(variant(m.label() + " " + (int) area + " µm²", new ChannelNoiseScheme(m, ChannelPatch.ofArea(
					area)), neurons, duration));
		return new Benchmark("channel-noise", String.format("%d HH1952 neurons, I = 10 µA/cm², %s ms at dt = " +
			"0.01 ms, channel noise at 100 and 1000 µm², 1 thread", neurons, duration), "neuron-step", BASELINE, vs);
	}

	private static Benchmark.Variant variant(final String name, final Scheme scheme, final int neurons,
		final double duration)
	{
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).neurons(neurons).stimulus(Stimuli
			.constant(10)).duration(duration).dt(0.01).scheme(scheme).seed(1).threads(1).build();
		return new Benchmark.Variant(name, spec.steps() * spec.neurons(), () -> Simulation.run(spec)
			.spikeCount());
	}
}
