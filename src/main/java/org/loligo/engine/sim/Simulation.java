package org.loligo.engine.sim;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.record.Band;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.record.SpikeStore;
import org.loligo.engine.record.StepObserver;
import org.loligo.engine.record.TraceRecorder;

/**
 * Runs a population of independent neurons described by a {@link SimulationSpec}: the single neuron,
 * the stochastic ensemble, and — through the plug-ins of {@link #run(SimulationSpec, Stepper, StepObserver,
 * SimulationListener)} — the Poisson-driven neuron (its trials as neurons, the drive as
 * {@link SynapticInput}) and the f–I sweep (its lanes, via {@link PopulationBlock} and a step observer).
 * <p>
 * The schedule of one step (in {@code NeuronBlock}):
 * <ol>
 * <li><b>drive</b>: the stimuli's currents at t (and, with OU noise, the noise current); synaptic input,
 * if any, gives its conductances;</li>
 * <li><b>integrate</b>: the scheme advances every neuron from t to t + dt; synaptic input then updates
 * itself (decay, arrivals, kicks); with white noise the Euler–Maruyama increment is added to V;</li>
 * <li><b>check</b>: a non-finite V, |V| &gt; {@link #V_LIMIT} or a gate outside [0, 1] stops the run
 * with a {@link DivergenceException};</li>
 * <li><b>detect spikes</b>: {@code V(t) < θ ≤ V(t + dt)}, time interpolated linearly in the step;</li>
 * <li><b>observe</b> and <b>record</b>: the step observer, if any, then traces every {@code stride} steps
 * (step 0, the initial state, included).</li>
 * </ol>
 * Neurons are independent, so each worker thread owns a contiguous block of neurons for the whole run
 * and threads never synchronise within it. Noise draws come from one stream per neuron, so results do
 * not depend on the number of threads. (Coupled networks add delivery between neurons and run in lock
 * step: {@code NetworkSimulation}; COBA-HH has its specialised fused kernel.)
 */
public final class Simulation {

	/** |V| beyond this many mV is treated as divergence. */
	public static final double V_LIMIT = 1000.0;


	private Simulation() {}

	/** Runs without progress reporting or cancellation. */
	public static SimulationResult run(final SimulationSpec spec) {
		return run(spec, SimulationListener.NONE);
	}

	/**
	 * Runs the spec. Checks memory first; returns partial results (marked so) when the listener cancels.
	 *
	 * @throws IllegalArgumentException when the recording would not fit in memory
	 * @throws DivergenceException when the state blows up
	 */
	public static SimulationResult run(final SimulationSpec spec, final SimulationListener listener) {
		return run(spec, null, null, listener);
	}

	/**
	 * Runs the spec with a stepper the caller prepared ({@code null}: the spec's scheme), such as the scheme
	 * under synaptic input ({@link SynapticStepper}), and a step observer ({@code null}: none). The
	 * schedule, noise, checks, spike rule and recording are the spec's.
	 */
	public static SimulationResult run(final SimulationSpec spec, final Stepper prepared, final StepObserver observer,
		final SimulationListener listener)
	{
		return run(spec, prepared, observer, listener, null);
	}

	/**
	 * A run of the population {@code spec} that is one part of a larger one ({@link SimulationParts}): its
	 * streams are given, its band is summed in the larger population's chunks, and the raw outputs the
	 * parts are combined from are handed back in {@code part}.
	 */
	static final class Part {

		/** The part's streams (null without noise) and the larger population's band chunk size. */
		final UniformRandomProvider[] streams;
		final int bandChunk;
		/** Filled by the run: the band's sums and the step of each spike. */
		BandAccumulator band;
		long[] spikeSteps;

		Part(final UniformRandomProvider[] streams, final int bandChunk) {
			this.streams = streams;
			this.bandChunk = bandChunk;
		}
	}

	/** {@link #run(SimulationSpec, Stepper, StepObserver, SimulationListener)}, as a part when {@code part} is set. */
	static SimulationResult run(final SimulationSpec spec, final Stepper prepared, final StepObserver observer,
		final SimulationListener listener, final Part part)
	{
		final long steps = spec.steps();
		checkMemory(spec, steps);
		final long start = System.nanoTime();
		final long seed = RandomStreams.resolveSeed(spec.seed());
		final RecordSpec rec = spec.record();
		final int samples = (int) rec.samples(steps, spec.dt());
		final long stride = rec.stride(spec.dt());
		final TraceRecorder traces = new TraceRecorder(rec, spec.model(), steps, spec.dt());
		final UniformRandomProvider[] streams = part != null ? part.streams : needsStreams(spec) ? RandomStreams
			.streams(seed, spec.neurons()) : null;
		final Stepper stepper = prepared != null ? prepared : spec.scheme().prepare(spec.model(), spec.dt(), spec
			.rateTables(), streams);
		final PopulationState state = PopulationState.atRest(spec.model(), spec.neurons());
		final BandAccumulator band = rec.band() ? new BandAccumulator(spec.neurons(), samples, part != null ? part
			.bandChunk : BandAccumulator.chunkSize(spec.neurons())) : null;

		// Blocks are whole band chunks when a band is recorded (see BandAccumulator), so that no chunk is
		// shared between threads; otherwise any split will do.
		final int unit = band == null ? 1 : band.chunkSize;
		final int units = (spec.neurons() + unit - 1) / unit;
		final int threads = Math.min(spec.effectiveThreads(), units);
		final NeuronBlock[] blocks = new NeuronBlock[threads];
		final AtomicBoolean stop = new AtomicBoolean();
		for (int b = 0; b < threads; b++) {
			final int from = (int) Math.min(spec.neurons(), (long) units * b / threads * unit);
			final int to = (int) Math.min(spec.neurons(), (long) units * (b + 1) / threads * unit);
			blocks[b] = new NeuronBlock(spec, stepper, state, from, to, streams, traces.block(from, to), stride, stop,
				band, observer);
		}
		runBlocks(blocks, stop, listener, steps * spec.neurons());

		long done = steps;
		for (final NeuronBlock b : blocks)
			done = Math.min(done, b.completedSteps);
		final SpikeStore[] parts = new SpikeStore[threads];
		for (int b = 0; b < threads; b++)
			parts[b] = blocks[b].spikes;
		final SpikeStore.Merged spikes = SpikeStore.merge(parts, done);
		final Band bandOut = band == null ? Band.empty() : band.band((int) (done / stride) + 1, stride, spec.dt());
		if (part != null) {
			part.band = band;
			part.spikeSteps = spikes.steps();
		}
		return new SimulationResult(spec, seed, SpikeDetector.rule(spec.threshold(), spec.hysteresis()), spikes.neurons(),
			spikes.times(), traces.traces(done),
			bandOut, done * spec.dt(), done < steps, (System.nanoTime() - start) / 1e9);
	}

	/** Whether a run of the spec draws random numbers (current noise or a stochastic scheme). */
	static boolean needsStreams(final SimulationSpec spec) {
		return !spec.noise().isNone() || spec.scheme().stochastic();
	}

	/** Bytes per neuron of its noise: sampler and stream (~96 B), scale, and white draws ahead or OU current. */
	static long noiseBytes(final SimulationSpec spec) {
		if (spec.noise().isNone()) return 0;
		return 96 + 8 + (spec.noise().isWhite() ? org.loligo.engine.input.NoiseDrive.AHEAD * 8L : 8);
	}

	/**
	 * What a run allocates, item by item ({@link MemoryBudget}): the state (V and the gates), each worker's
	 * per-neuron arrays (currents, V before the step, the spike detector's flags), the noise, the traces and
	 * the band; in the command's parameter names ({@link SimulationSpec#unit()}).
	 */
	public static MemoryBudget.Estimate estimate(final SimulationSpec spec) {
		final long n = spec.neurons(), steps = spec.steps(), threads = spec.effectiveThreads();
		final RecordSpec rec = spec.record();
		final long samples = rec.samples(steps, spec.dt());
		final int gates = spec.model().stateGates().size();
		final boolean later = spec.scheme() == Schemes.RK4, second = spec.scheme() == Schemes.RK4 || spec.scheme()
			.stochastic();
		final long perThread = 8L * (1 + (later ? 2 : 0) + (second ? 1 : 0)) + 1;
		final String unit = spec.unit(), count = String.format(java.util.Locale.ROOT, "%,d %s", n, unit);
		final MemoryBudget.Builder b = MemoryBudget.builder()
			.add("state (V and " + gates + " gates)", count, 8L * (1 + gates), n, unit)
			.add("worker arrays", String.format(java.util.Locale.ROOT, "%d thread%s × %,d %s", threads, threads == 1 ?
				"" : "s", n, unit), perThread, MemoryBudget.times(threads, n), unit)
			.add("noise", count, noiseBytes(spec), n, unit)
			.add("traces", String.format(java.util.Locale.ROOT, "%,d samples × %,d %s × %d variables", samples, rec
				.neurons().length, unit, rec.variables().size()), 8, MemoryBudget.times(samples, (long) rec.neurons().length *
					rec.variables().size()), spec.recordParameter());
		if (rec.band()) b.add("band", String.format(java.util.Locale.ROOT, "%,d samples", samples),
			BandAccumulator.bytes(spec.neurons(), samples) / Math.max(1, samples), samples, "recordInterval");
		return b.build();
	}

	private static void checkMemory(final SimulationSpec spec, final long steps) {
		final RecordSpec rec = spec.record();
		final long samples = rec.samples(steps, spec.dt());
		if (samples > Integer.MAX_VALUE - 8 && rec.neurons().length > 0) throw new IllegalArgumentException(
			"recordInterval: " + samples + " trace samples per " + spec.unit().replaceAll("s$", "") + " exceed the " +
				"limit of 2^31 - 9; use recordInterval >= " + spec.duration() / (Integer.MAX_VALUE - 10.0) + " ms or " +
				spec.recordParameter() + "=0");
		MemoryBudget.require(estimate(spec), "Use fewer " + spec.unit() + ", record fewer (" + spec
			.recordParameter() + ") or less often (a longer recordInterval), or a shorter duration");
	}

	private static void runBlocks(final NeuronBlock[] blocks, final AtomicBoolean stop,
		final SimulationListener listener, final long total)
	{
		Workers.run("loligo-sim", blocks.length, java.util.Arrays.asList(blocks), stop, listener, () -> {
			long done = 0;
			for (final NeuronBlock b : blocks)
				done += b.progressSteps * (b.to - b.from);
			return done;
		}, total);
	}
}
