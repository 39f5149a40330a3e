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
 * Runs a population of neurons described by a {@link SimulationSpec}: the single neuron, the stochastic
 * ensemble, and — through the plug-ins of {@link #run(SimulationSpec, Stepper, SynapticInput, StepObserver,
 * SimulationListener)} — the Poisson-driven neuron (its trials as neurons, the drive as
 * {@link SynapticInput}), coupled networks (the synapses as a coupled synaptic input: {@code NetworkSimulation})
 * and the f–I sweep (its lanes, via {@link PopulationBlock} and a step observer).
 * <p>
 * The schedule of one step from t_k to t_k+1 (in {@code NeuronBlock}):
 * <ol>
 * <li><b>input</b>: synaptic input, if any, applies what arrives at step k and gives each neuron its
 * conductance and current at t_k; then the state at t_k is <b>recorded</b> (traces every {@code stride}
 * steps, step 0 included; the band);</li>
 * <li><b>drive</b>: the stimuli's currents at t_k (and, with OU noise, the noise current), plus the
 * synaptic current unless the kernel folds the conductances in;</li>
 * <li><b>integrate</b>: the synapses' own update at t_k, the scheme's kernel from t_k to t_k+1, then an
 * update that needs the new V (kicks); with white noise the Euler–Maruyama increment is added to V;</li>
 * <li><b>check</b>: a non-finite V, |V| &gt; {@link #V_LIMIT} or a gate outside [0, 1] stops the run
 * with a {@link DivergenceException};</li>
 * <li><b>detect spikes</b>: {@code V(t) < θ ≤ V(t + dt)}, time interpolated linearly in the step, with
 * the spec's hysteresis;</li>
 * <li><b>observe</b> and, for coupled neurons, <b>deliver</b> the step's spikes.</li>
 * </ol>
 * Each worker thread owns a contiguous block of neurons for the whole run. Independent neurons never
 * synchronise; coupled ones meet twice per step ({@link Lockstep}) and their spikes are delivered once,
 * in neuron order. Noise draws come from one stream per neuron, so results do not depend on the number
 * of threads. (COBA-HH has its specialised fused kernel.)
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
		return run(spec, prepared, null, observer, listener, null);
	}

	/**
	 * Runs the spec under synaptic input ({@code null}: none), with a prepared stepper as above: a
	 * {@link SynapticStepper} folds the input's conductances into exp-euler's V update (and the input writes
	 * into its {@link SynapticStepper#currents()}); with any other stepper they enter as the explicit
	 * current {@code gE - g·V(t)}. A {@link SynapticInput#coupled() coupled} input runs the workers in lock
	 * step ({@link Lockstep}).
	 */
	public static SimulationResult run(final SimulationSpec spec, final Stepper prepared, final SynapticInput input,
		final StepObserver observer, final SimulationListener listener)
	{
		return run(spec, prepared, input, observer, listener, null);
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

	/** {@link #run(SimulationSpec, Stepper, SynapticInput, StepObserver, SimulationListener)}, as a part when {@code part} is set. */
	static SimulationResult run(final SimulationSpec spec, final Stepper prepared, final SynapticInput input,
		final StepObserver observer, final SimulationListener listener, final Part part)
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
		final SynapticCurrents syn = input == null ? null : stepper instanceof SynapticStepper ss ? ss.currents() :
			new SynapticCurrents(spec.neurons(), input.hasCurrents(), false);
		final Lockstep lock = input != null && input.coupled() ? new Lockstep(threads, input, stop, NeuronBlock.POLL) :
			null;
		final NeuronBlock.Scratch scratch = new NeuronBlock.Scratch(spec, stepper, input, spec.neurons());
		for (int b = 0; b < threads; b++) {
			final int from = (int) Math.min(spec.neurons(), (long) units * b / threads * unit);
			final int to = (int) Math.min(spec.neurons(), (long) units * (b + 1) / threads * unit);
			blocks[b] = new NeuronBlock(spec, stepper, state, from, to, streams, traces.block(from, to), stride, stop,
				band, observer, input, syn, lock, scratch);
		}
		if (lock != null) lock.blocks(blocks);
		runBlocks(blocks, stop, listener, steps * spec.neurons(), lock != null);

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
	 * What a run allocates, item by item ({@link MemoryBudget}): the state (V and the gates), the step's
	 * per-neuron arrays shared by the workers (currents, V before the step, the spike detector's flags), the noise, the traces and
	 * the band; in the command's parameter names ({@link SimulationSpec#unit()}).
	 */
	public static MemoryBudget.Estimate estimate(final SimulationSpec spec) {
		final long n = spec.neurons(), steps = spec.steps();
		final RecordSpec rec = spec.record();
		final long samples = rec.samples(steps, spec.dt());
		final int gates = spec.model().stateGates().size();
		final boolean later = spec.scheme() == Schemes.RK4, second = spec.scheme() == Schemes.RK4 || spec.scheme()
			.stochastic();
		final String unit = spec.unit(), count = String.format(java.util.Locale.ROOT, "%,d %s", n, unit);
		final MemoryBudget.Builder b = MemoryBudget.builder()
			.add("state (V and " + gates + " gates)", count, 8L * (1 + gates), n, unit)
			.add("step arrays", count, NeuronBlock.Scratch.bytesPerNeuron(later, second), n, unit)
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
		final SimulationListener listener, final long total, final boolean lockstep)
	{
		// NB: workers in lock step must all run at once.
		Workers.run(lockstep ? "loligo-network" : "loligo-sim", blocks.length, java.util.Arrays.asList(blocks), stop,
			listener, () -> {
				long done = 0;
				for (final NeuronBlock b : blocks)
					done += b.progressSteps * (b.to - b.from);
				return done;
			}, total);
	}
}
