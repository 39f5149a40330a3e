package org.loligo.bench;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.model.Models;
import org.loligo.engine.poisson.PoissonInput;
import org.loligo.engine.poisson.PoissonRunner;
import org.loligo.engine.poisson.PoissonSpec;
import org.loligo.engine.poisson.SynapseSpec;

/**
 * {@code poisson}: one HH1952 neuron under 80 % excitatory / 20 % inhibitory Poisson inputs at 10 Hz,
 * p = 0.5, 1 mV / 4 mV kicks, I = 3 µA/cm², one thread. Full size: 1,000 ms at dt = 0.01 ms per trial,
 * 10 trials superposed, 2 trials explicit. Baseline: superposed with 100 inputs. The claim to check:
 * superposed with 5,000 (and 100,000) inputs costs the same per step (ratio ≤ 1.1); explicit grows with
 * the number of inputs.
 */
final class PoissonBench {

	static final String BASELINE = "superposed 100";

	private PoissonBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final boolean quick = size == Benchmarks.Size.QUICK;
		final double duration = quick ? 50 : 1000;
		final List<Benchmark.Variant> vs = new ArrayList<>();
		for (final int n : new int[] { 100, 5000, 100_000 })
			vs.add(variant("superposed " + n, spec(n, PoissonInput.Mode.SUPERPOSED, quick ? 2 : 10, duration)));
		for (final int n : new int[] { 100, 5000 })
			vs.add(variant("explicit " + n, spec(n, PoissonInput.Mode.EXPLICIT, quick ? 1 : 2, duration)));
		return new Benchmark("poisson", String.format("Poisson-driven HH1952 neuron, N inputs (80 %% exc) at 10 Hz, " +
			"p = 0.5, kicks, %s ms at dt = 0.01 ms per trial, 1 thread", (long) duration), "step", BASELINE, vs);
	}

	private static PoissonSpec spec(final int inputs, final PoissonInput.Mode mode, final int trials,
		final double duration)
	{
		final PoissonInput in = new PoissonInput(inputs * 4 / 5, inputs / 5, 10, 0.5, mode);
		return new PoissonSpec(Models.HH1952, in, SynapseSpec.kick(1, 4), 3, trials, duration, 0.01, 0, 10,
			duration, 1, 1);
	}

	private static Benchmark.Variant variant(final String name, final PoissonSpec spec) {
		return new Benchmark.Variant(name, spec.steps() * spec.trials(), () -> PoissonRunner.run(spec).spikeCount());
	}
}
