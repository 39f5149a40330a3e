package org.loligo.engine.network.coba;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.sim.MemoryBudget;
import org.loligo.engine.sim.SimulationListener;

/**
 * Runs a COBA-HH network ({@link CobaSpec}; the step is documented in {@link CobaBlock}).
 * <p>
 * Initial state, as in Brian2's COBAHH example: {@code V = EL + (5ξ - 5)} mV,
 * {@code ge = (1.5ξ + 4)·10} nS, {@code gi = (12ξ + 20)·10} nS (ξ standard normal; all V first, then all
 * ge, then all gi; gi can start negative, as there), and the gates m = h = n = 0 (Brian2's default: the
 * example does not set them). Random streams from the master seed: stream 0 draws the connectivity,
 * stream 1 the initial state; both are drawn on the calling thread, so the thread count changes nothing.
 * <p>
 * Threads: the neurons are split into equal contiguous blocks, one per thread (the caller runs block 0
 * and reports progress); the blocks meet at a {@link SpinBarrier} once per step.
 */
public final class CobaNetwork {

	/** Fraction of free heap the run may claim before it is refused. */

	private CobaNetwork() {}

	/** A conductance in nS as mS/cm² of the 20,000 µm² Traub–Miles cell (6 nS = 0.03 mS/cm²). */
	public static double toPerArea(final double nS) {
		return nS * 1e-6 / Models.TRAUB_MILES_AREA_CM2;
	}

	/** Runs without progress or cancellation. */
	public static CobaResult run(final CobaSpec spec) {
		return run(spec, SimulationListener.NONE);
	}

	/**
	 * Builds the network and runs it; a cancel returns the steps done so far, marked partial.
	 *
	 * @throws IllegalArgumentException before any work when the run would not fit in memory
	 */
	public static CobaResult run(final CobaSpec spec, final SimulationListener listener) {
		return run(spec, listener, PassChoice.forRun((long) spec.steps() * spec.neurons()));
	}

	/**
	 * The run with the vector membrane pass where this JVM has it ({@code vector = true}) or with the scalar
	 * pass, whatever the run's length ({@link #run(CobaSpec, SimulationListener)} chooses by it); the same
	 * bits either way. For comparisons (the benchmark harness times both).
	 */
	public static CobaResult run(final CobaSpec spec, final SimulationListener listener, final boolean vector) {
		return run(spec, listener, PassChoice.forced(vector));
	}

	private static CobaResult run(final CobaSpec spec, final SimulationListener listener, final PassChoice choice) {
		final MembranePass membrane = choice.pass();
		checkMemory(spec);
		final long start = System.nanoTime();
		final long seed = RandomStreams.resolveSeed(spec.seed());
		final UniformRandomProvider[] streams = RandomStreams.streams(seed, 2);
		final Connectivity c = connect(spec, streams[0]);
		final double[][] init = initialState(spec, streams[1]);
		final int threads = spec.effectiveThreads();
		final int[] bounds = new int[threads + 1];
		for (int b = 0; b <= threads; b++)
			bounds[b] = (int) ((long) spec.neurons() * b / threads);
		final CobaRun run = new CobaRun(spec, c, init, bounds, listener, membrane);
		final CobaBlock[] blocks = new CobaBlock[threads];
		for (int b = 0; b < threads; b++)
			blocks[b] = new CobaBlock(run, b, bounds[b], bounds[b + 1]);
		run.blocks = blocks;
		runBlocks(blocks);
		final int done = blocks[0].completedSteps;
		choice.ran(done, spec.neurons());
		return CobaResult.collect(spec, seed, c.synapses(), blocks, run.traces, done, done < spec.steps(),
			(System.nanoTime() - start) / 1e9, choice.description());
	}

	/** The connectivity the spec asks for, from the given stream. */
	public static Connectivity connect(final CobaSpec spec, final UniformRandomProvider rng) {
		final int nExc = spec.excitatory();
		if (spec.inDegree() == 0) return Connectivity.random(spec.neurons(), nExc, spec.connectionProbability(),
			rng);
		final int kExc = (int) Math.round(spec.inDegree() * spec.excitatoryFraction());
		return Connectivity.fixedInDegree(spec.neurons(), nExc, kExc, spec.inDegree() - kExc, rng);
	}

	/** {V, m, h, n, ge, gi} (mV; 1; mS/cm²) as Brian2's example draws them (see the class javadoc). */
	static double[][] initialState(final CobaSpec spec, final UniformRandomProvider rng) {
		final int size = spec.neurons();
		final double[][] s = new double[6][size];
		final NormalizedGaussianSampler g = ZigguratSampler.NormalizedGaussian.of(rng);
		final double eL = Models.TRAUB_MILES.hh().eL();
		for (int i = 0; i < size; i++)
			s[0][i] = eL + (g.sample() * 5 - 5);
		for (int i = 0; i < size; i++)
			s[4][i] = toPerArea((g.sample() * 1.5 + 4) * 10);
		for (int i = 0; i < size; i++)
			s[5][i] = toPerArea((g.sample() * 12 + 20) * 10);
		return s; // m, h, n stay 0
	}

	/**
	 * What the run allocates beyond the JVM ({@link MemoryBudget}): V traces, the neuron × time raster,
	 * the connectivity's int entries and the state (V, m, h, n, ge, gi, and per
	 * neuron a few ints per thread).
	 */
	static MemoryBudget.Estimate estimate(final CobaSpec spec) {
		final long n = spec.neurons(), samples = spec.steps() / spec.recordStride() + 1;
		final long bins = spec.rasterBinMs() > 0 ? spec.rasterBins(spec.rasterBinMs()) : 0;
		// NB: int entries of the connectivity: with a fixed in-degree two per synapse (targets and the
		// construction's sources), with a probability one per expected synapse and 1 % of slack.
		final double entries = spec.inDegree() > 0 ? 2.0 * spec.inDegree() * spec.neurons() : 1.01 * spec
			.connectionProbability() * spec.neurons() * (double) spec.neurons();
		final java.util.Locale l = java.util.Locale.ROOT;
		return MemoryBudget.builder()
			.add("V traces", String.format(l, "%,d neurons × %,d samples", spec.recordNeurons(), samples), 8,
				MemoryBudget.times(spec.recordNeurons(), samples), "recordNeurons")
			.add("raster", String.format(l, "%,d neurons × %,d bins", bins > 0 ? n : 0, bins), 4, MemoryBudget.times(n,
				bins), "duration")
			.add("connectivity entries", String.format(l, "%,.0f", entries), 4, (long) Math.min(Long.MAX_VALUE / 8,
				entries), "neurons")
			.add("state", String.format(l, "%,d neurons", n), 6 * 8 + (4L + spec.effectiveThreads()) * 4, n, "neurons")
			.build();
	}

	static long bytesNeeded(final CobaSpec spec) {
		return estimate(spec).total();
	}

	private static void checkMemory(final CobaSpec spec) {
		MemoryBudget.require(estimate(spec), "Record fewer neurons (recordNeurons) or less often (a longer " +
			"recordInterval), or use a shorter duration or fewer neurons");
	}

	/** Runs block 0 on this thread and the others on their own; rethrows the first failure. */
	private static void runBlocks(final CobaBlock[] blocks) {
		if (blocks.length == 1) {
			blocks[0].run(null);
			return;
		}
		final SpinBarrier barrier = new SpinBarrier(blocks.length);
		final Throwable[] failure = new Throwable[blocks.length];
		final Thread[] threads = new Thread[blocks.length];
		for (int b = 1; b < blocks.length; b++) {
			final int id = b;
			threads[b] = new Thread(() -> guarded(blocks[id], barrier, failure, id), "loligo-coba-" + b);
			threads[b].setDaemon(true);
			threads[b].start();
		}
		guarded(blocks[0], barrier, failure, 0);
		boolean interrupted = false;
		for (int b = 1; b < blocks.length; b++) {
			while (true) {
				try {
					threads[b].join();
					break;
				}
				catch (final InterruptedException e) {
					interrupted = true; // the workers end on their own; keep waiting for them
				}
			}
		}
		if (interrupted) Thread.currentThread().interrupt();
		for (final Throwable t : failure)
			if (t != null && !(t instanceof SpinBarrier.Aborted)) {
				if (t instanceof RuntimeException re) throw re;
				if (t instanceof Error err) throw err;
				throw new IllegalStateException(t);
			}
	}

	private static void guarded(final CobaBlock block, final SpinBarrier barrier, final Throwable[] failure,
		final int id)
	{
		try {
			block.run(barrier);
		}
		catch (final Throwable t) {
			failure[id] = t;
			barrier.abort();
		}
	}
}
