package org.loligo.engine.poisson;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.sim.ConductanceStepper;
import org.loligo.engine.sim.MemoryBudget;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.Workers;

/**
 * Runs the trials of a {@link PoissonSpec} (see {@link Trial} for the schedule of a step). Trials are
 * independent: worker threads take the next trial from a counter, and trial k draws only from stream k
 * of {@link RandomStreams#streams}, so the spikes are bitwise the same whatever the thread count.
 */
public final class PoissonRunner {

	/** Fraction of free heap that recording may claim before the run is refused. */

	private PoissonRunner() {}

	/** Runs without progress reporting or cancellation. */
	public static PoissonResult run(final PoissonSpec spec) {
		return run(spec, SimulationListener.NONE);
	}

	/**
	 * Runs the spec; returns partial results (marked so) when the listener cancels.
	 *
	 * @throws IllegalArgumentException when recording trial 0 would not fit in memory
	 * @throws org.loligo.engine.sim.DivergenceException when the state blows up
	 */
	public static PoissonResult run(final PoissonSpec spec, final SimulationListener listener) {
		checkMemory(spec);
		final long seed = RandomStreams.resolveSeed(spec.seed());
		final UniformRandomProvider[] streams = RandomStreams.streams(seed, spec.trials());
		final InputEvents events = spec.input().mode() == PoissonInput.Mode.EXPLICIT ? new InputEvents(spec.input()
			.excitatoryInputs()) : null;
		return run(spec, seed, k -> InputDrive.of(spec.input(), spec.dt(), streams[k], k == 0 ? events : null),
			events, listener);
	}

	/** Runs with the drives given per trial (tests force inputs this way); {@code events} is passed through. */
	static PoissonResult run(final PoissonSpec spec, final long seed, final IntFunction<InputDrive> drives,
		final InputEvents events, final SimulationListener listener)
	{
		final long start = System.nanoTime();
		final ConductanceStepper step = ConductanceStepper.of(spec.model(), spec.dt(), true);
		final int trials = spec.trials();
		final Trial.Outcome[] out = new Trial.Outcome[trials];
		final AtomicInteger next = new AtomicInteger();
		final AtomicBoolean stop = new AtomicBoolean();
		final AtomicLong progress = new AtomicLong();
		final Runnable worker = () -> {
			for (int k = next.getAndIncrement(); k < trials && !stop.get(); k = next.getAndIncrement())
				out[k] = Trial.run(spec, step, k, drives.apply(k), k == 0, stop, progress);
		};
		runWorkers(worker, spec.effectiveThreads(), stop, progress, listener, spec.steps() * trials);

		int done = 0;
		while (done < trials && out[done] != null && out[done].steps() == spec.steps())
			done++;
		final double[][] spikes = new double[done][];
		for (int k = 0; k < done; k++)
			spikes[k] = out[k].spikes();
		return new PoissonResult(spec, seed, SpikeDetector.ruleWithKicks(spec.threshold(), spec.hysteresis()), spikes,
			out[0] == null ? null : out[0].trace(), events, done < trials, (System.nanoTime() - start) / 1e9);
	}

	/**
	 * What a run allocates beyond the JVM ({@link MemoryBudget}): the trace of trial 0 (V, the gates,
	 * g_E, g_I, the time: doubles; two counts: ints, per sample) and, with explicit inputs, their events
	 * (about 13 bytes each, twice for the growth of the arrays).
	 */
	public static MemoryBudget.Estimate estimate(final PoissonSpec spec) {
		final int doubles = 4 + spec.model().stateGates().size();
		final PoissonInput in = spec.input();
		final long events = in.mode() == PoissonInput.Mode.EXPLICIT ? (long) Math.min(Long.MAX_VALUE / 64, (double) (in
			.excitatoryInputs() + in.inhibitoryInputs()) * in.spikeProbability(spec.dt()) * spec.steps()) : 0;
		return MemoryBudget.builder().add("trace of trial 0", String.format(java.util.Locale.ROOT, "%,d samples", spec
			.samples()), doubles * 8L + 2 * 4L, spec.samples(), "recordInterval").add("input events", String.format(
				java.util.Locale.ROOT, "%,d expected", events), 26, events, "inputMode").build();
	}

	private static void checkMemory(final PoissonSpec spec) {
		final MemoryBudget.Estimate e = estimate(spec);
		if (e.items().get(1).bytes() / 26 > Integer.MAX_VALUE / 2) throw new IllegalArgumentException(
			"inputMode: inputMode=explicit would store " + e.items().get(1).count() + " input events, more than the " +
				"2^30 a run holds; use inputMode=superposed (the same statistics), fewer inputs or a shorter duration");
		MemoryBudget.require(e, "Use a longer recordInterval, a shorter duration or inputMode=superposed");
	}

	private static void runWorkers(final Runnable worker, final int threads, final AtomicBoolean stop,
		final AtomicLong progress, final SimulationListener listener, final long total)
	{
		// The same worker on every thread: each takes the next trial from a shared counter.
		Workers.run("loligo-poisson", threads, java.util.Collections.nCopies(threads, worker), stop, listener,
			progress::get, total);
	}
}
