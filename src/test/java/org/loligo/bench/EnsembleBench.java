package org.loligo.bench;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationSpec;

/**
 * {@code ensemble}: the stochastic ensemble of issue 3. Full size: 1,000 HH1952 trials, I = 6 µA/cm²,
 * white noise σ = 1 µA/cm²·ms^½, 2,000 ms at dt = 0.01 ms (2·10⁸ neuron-steps), Euler–Maruyama, on 1
 * and 2 threads, plus exp-euler-maruyama. Baseline: euler-maruyama on 2 threads. Brian2 2.5's C++
 * standalone build of the same model ({@code bench/peers/ensemble_brian2.py}, Euler–Maruyama, 2 OpenMP
 * threads) runs as a separate process in the same harness run ({@link Brian2Standalone}; compile
 * excluded, left out in --quick mode or without Brian2).
 */
final class EnsembleBench {

	static final String BASELINE = "euler-maruyama t2";

	private EnsembleBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final boolean quick = size == Benchmarks.Size.QUICK;
		final int trials = quick ? 50 : 1000;
		final double duration = quick ? 20 : 2000;
		final List<Benchmark.Variant> vs = new ArrayList<>();
		vs.add(variant("euler-maruyama t1", spec(trials, duration, "euler-maruyama", 1)));
		vs.add(variant(BASELINE, spec(trials, duration, "euler-maruyama", 2)));
		vs.add(variant("exp-euler-maruyama t2", spec(trials, duration, "exp-euler-maruyama", 2)));
		final String why = quick ? "--quick (compiling takes about a minute)" : Brian2Standalone.missing();
		if (why == null) vs.add(new Benchmark.Variant("brian2 cpp_standalone t2", (long) trials * Math.round(duration /
			0.01), new Brian2Standalone("ensemble_brian2.py", "--build", "{dir}", "--neurons", Integer.toString(trials),
				"--duration", Double.toString(duration), "--threads", "2")::run));
		else System.out.println("ensemble: Brian2 variant left out: " + why);
		return new Benchmark("ensemble", String.format("%,d HH1952 trials, I = 6 µA/cm², white noise σ = 1, %d ms at " +
			"dt = 0.01 ms", trials, (long) duration), "neuron-step", BASELINE, vs);
	}

	private static SimulationSpec spec(final int trials, final double duration, final String method,
		final int threads)
	{
		return SimulationSpec.builder(Models.HH1952).neurons(trials).stimulus(Stimuli.constant(6)).duration(duration)
			.dt(0.01).scheme(Schemes.forSde(method)).noise(CurrentNoise.white(1)).seed(1).threads(threads).build();
	}

	private static Benchmark.Variant variant(final String name, final SimulationSpec spec) {
		return new Benchmark.Variant(name, spec.steps() * spec.neurons(), () -> Simulation.run(spec).spikeCount());
	}
}
