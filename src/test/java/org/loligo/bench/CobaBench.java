package org.loligo.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.loligo.engine.network.coba.CobaNetwork;
import org.loligo.engine.network.coba.CobaSpec;
import org.loligo.engine.sim.SimulationListener;

/**
 * {@code coba}: the COBA-HH benchmark network (Brette et al. 2007), 4,000 neurons, p = 0.02, 1 s at
 * dt = 0.1 ms (4·10⁷ neuron-steps), on 1 and 2 threads (baseline: 1 thread), and on 1 thread with the
 * scalar membrane pass (what a JVM without the Vector API module gets); scaling at fixed in-degree
 * 80 for N = 1,000 … 64,000 over 500 ms on 2 threads (units are neuron-steps, so equal ns per unit means
 * linear scaling); and Brian2 2.5's C++ standalone mode on the same network as an external process, with
 * 1 and 2 OpenMP threads.
 * <p>
 * NB: Brian2. {@code bench/peers/coba_brian2.py --mode cpp_standalone} generates and compiles the project
 * once, in the first (warm-up) call of the variant, and prints its compile time (excluded). Every call then
 * runs the compiled binary ({@code main} in the project directory), which builds the synapses, runs the
 * network and writes its spikes: the same work as a Loligo run, which also builds its network. The harness
 * times that call; Brian2's own measure of the network run alone ({@code results/last_run_info.txt}) is
 * printed beside it. The check value is Brian2's spike count (the size of its spike-monitor file). Without
 * /usr/bin/python3 and Brian2, or in --quick mode (compiling takes about a minute), the variant is left out
 * with a note.
 */
final class CobaBench {

	static final String BASELINE = "loligo t1";
	private CobaBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final boolean quick = size == Benchmarks.Size.QUICK;
		final int neurons = quick ? 400 : 4000;
		final double duration = quick ? 100 : 1000, scaleDuration = quick ? 50 : 500;
		final List<Benchmark.Variant> vs = new ArrayList<>();
		final CobaSpec base = CobaSpec.benchmark().withNeurons(neurons).withRun(duration, 1, 1);
		vs.add(variant(BASELINE, base));
		vs.add(new Benchmark.Variant("loligo t1 scalar pass", (long) base.steps() * neurons, () -> CobaNetwork.run(
			base, SimulationListener.NONE, false).spikeCount()));
		vs.add(variant("loligo t2", base.withRun(duration, 1, 2)));
		for (final int n : quick ? new int[] { 250, 1000 } : new int[] { 1000, 4000, 16000, 64000 })
			vs.add(variant(String.format(Locale.ROOT, "k80 N=%d t2", n), base.withNeurons(n).withConnectivity(0, 80)
				.withRun(scaleDuration, 1, 2)));
		final String why = quick ? "--quick (compiling takes about a minute)" : Brian2Standalone.missing();
		if (why == null) for (final int threads : new int[] { 1, 2 })
			vs.add(new Benchmark.Variant("brian2 cpp_standalone t" + threads, (long) base.steps() * neurons,
				new Brian2Standalone("coba_brian2.py", "--mode", "cpp_standalone", "--neurons", Integer.toString(
					neurons), "--duration", Double.toString(duration), "--seed", "1", "--threads", Integer.toString(
						threads), "--dir", "{dir}")::run));
		else System.out.println("coba: Brian2 variant left out: " + why);
		return new Benchmark("coba", String.format(Locale.ROOT, "COBA-HH network (Brette et al. 2007): %,d " +
			"neurons, p = 0.02, %s ms at dt = 0.1 ms; scaling at in-degree 80 over %s ms; Brian2 cpp_standalone " +
			"as a separate process (compile excluded)", neurons, fmt(duration), fmt(scaleDuration)), "neuron-step",
			BASELINE, vs);
	}

	/** A variant on the vector pass (a run in a JVM that has compiled it, as the harness's warm-up does). */
	private static Benchmark.Variant variant(final String name, final CobaSpec spec) {
		return new Benchmark.Variant(name, (long) spec.steps() * spec.neurons(), () -> CobaNetwork.run(spec,
			SimulationListener.NONE, true).spikeCount());
	}

	private static String fmt(final double x) {
		return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
	}
}
