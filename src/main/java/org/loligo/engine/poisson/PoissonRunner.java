package org.loligo.engine.poisson;

import java.util.function.IntFunction;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.sim.ConductanceStepper;
import org.loligo.engine.sim.MemoryBudget;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.Schemes;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationListener;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.engine.sim.SynapticStepper;

/**
 * Runs the trials of a {@link PoissonSpec}: trial k is neuron k of a population run by the engine's
 * schedule ({@link Simulation}), its Poisson drive plugged in as synaptic input ({@link PoissonSynapses}
 * for the step). Trials are independent, and trial k draws only from stream k of
 * {@link RandomStreams#streams}, so the spikes are bitwise the same whatever the thread count. A cancelled
 * run stops every trial at the same step: its result is marked partial, with the simulated time.
 */
public final class PoissonRunner {

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
		final int trials = spec.trials();
		final InputDrive[] d = new InputDrive[trials];
		for (int k = 0; k < trials; k++)
			d[k] = drives.apply(k);
		final PoissonSynapses synapses = new PoissonSynapses(spec, d);
		// Trials are the neurons of one population under the engine's schedule: the same stepper, spike rule
		// and divergence check as every runner, the drive plugged in as synaptic input.
		final SimulationSpec population = SimulationSpec.builder(spec.model()).neurons(trials).stimulus(Stimuli
			.constant(spec.current())).duration(spec.steps() * spec.dt()).dt(spec.dt()).scheme(Schemes.EXP_EULER)
			.threshold(spec.threshold()).hysteresis(spec.hysteresis()).seed(seed).threads(spec.effectiveThreads())
			.unit("trials").build();
		final PoissonTrace trace = PoissonTrace.allocate((int) spec.samples(), spec.model().stateGates().size(), spec
			.stride() * spec.dt());
		final SimulationResult r = Simulation.run(population, new SynapticStepper(ConductanceStepper.of(spec.model(),
			spec.dt(), true), trials, false), synapses, synapses.traceOfTrial0(trace, spec.stride(), PopulationState.atRest(
				spec.model(), 1)), listener);

		final long done = Math.round(r.completed() / spec.dt());
		final double[][] spikes = perTrial(r, trials);
		final PoissonTrace tr = done == spec.steps() ? trace : trace.truncate((int) (done / spec.stride()) + 1);
		return new PoissonResult(spec, seed, SpikeDetector.ruleWithKicks(spec.threshold(), spec.hysteresis()), spikes,
			tr, events, r.partial(), r.completed(), (System.nanoTime() - start) / 1e9);
	}

	/** The run's spikes (in step, then neuron order) as one ascending array per trial. */
	private static double[][] perTrial(final SimulationResult r, final int trials) {
		final int[] count = new int[trials];
		for (final int k : r.spikeNeurons())
			count[k]++;
		final double[][] out = new double[trials][];
		for (int k = 0; k < trials; k++)
			out[k] = new double[count[k]];
		java.util.Arrays.fill(count, 0);
		final int[] who = r.spikeNeurons();
		final double[] when = r.spikeTimes();
		for (int q = 0; q < who.length; q++)
			out[who[q]][count[who[q]]++] = when[q];
		return out;
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

	static void checkMemory(final PoissonSpec spec) {
		final MemoryBudget.Estimate e = estimate(spec);
		if (e.items().get(1).bytes() / 26 > Integer.MAX_VALUE / 2) throw new IllegalArgumentException(
			"inputMode: inputMode=explicit would store " + e.items().get(1).count() + " input events, more than the " +
				"2^30 a run holds; use inputMode=superposed (the same statistics), fewer inputs or a shorter duration");
		MemoryBudget.require(e, "Use a longer recordInterval, a shorter duration or inputMode=superposed");
	}

}
