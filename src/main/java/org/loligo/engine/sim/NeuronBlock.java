package org.loligo.engine.sim;

import java.util.Arrays;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.input.NoiseDrive;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.record.SpikeStore;
import org.loligo.engine.record.StepObserver;
import org.loligo.engine.record.TraceRecorder;

/**
 * The neurons {@code [from, to)} of a population, run by one worker thread for the whole duration,
 * following the schedule documented in {@link Simulation}. Writes only its own slice of the shared
 * state and its own trace rows.
 * <p>
 * Per step, the schedule's per-neuron tail (noise increment, divergence check, spike detection) is
 * {@link #finish}. A {@link FusedStepper} calls it from its own loop right after computing each
 * neuron, so the whole step is one pass over the state; other steppers advance the block first and
 * {@code finish} then runs in a second pass. Both give the same numbers.
 */
final class NeuronBlock implements Runnable {

	/**
	 * A stepper that runs a whole step of the schedule in one loop: for each neuron it computes the new
	 * state from the old, then stores {@code block.finish(i, vOld, vNew, mNew, hNew, nNew)} as V and the
	 * new gates (in any order: a divergence ends the run); a generic stepper stores the new gates first and
	 * then {@code block.finish(i, vOld, vNew)} as V.
	 */
	interface FusedStepper extends Stepper {

		void step(PopulationState s, int from, int to, double[] iNow, NeuronBlock block);
	}

	/** Steps between checks of the stop flag and progress updates. */
	static final int POLL = 256;

	/**
	 * The per-neuron arrays of a step, shared by the blocks of one run (each writes only its own range):
	 * injected currents at t, t + dt/2 and t + dt (one array when the later currents are not needed), V
	 * before the step (for steppers that are not fused) and the spike detector.
	 */
	static final class Scratch {

		final double[] iNow, iMid, iNext, vPrev;
		final SpikeDetector detector;
		final boolean fused;

		Scratch(final SimulationSpec spec, final Stepper stepper, final SynapticInput input, final int size) {
			// NB: synaptic input acts between the kernel and the rest of the step, so the step runs in two passes.
			fused = input == null && stepper instanceof FusedStepper;
			iNow = new double[size];
			// NB: currents held over the step are read at t + dt/2 and t + dt as they were at t.
			final boolean later = stepper.usesLaterCurrents() && !Stimuli.heldOverStep(spec.stimuli()) && input == null;
			iMid = later ? new double[size] : iNow;
			iNext = later ? new double[size] : iNow;
			vPrev = fused ? null : new double[size];
			detector = new SpikeDetector(spec.threshold(), spec.hysteresis(), size);
		}

		/** Bytes per neuron: currents (1 or 3), V before the step unless fused, the detector's flag. */
		static long bytesPerNeuron(final boolean later, final boolean twoPasses) {
			return 8L * (1 + (later ? 2 : 0) + (twoPasses ? 1 : 0)) + 1;
		}
	}

	final int from, to;
	final SpikeStore spikes = new SpikeStore();
	/** With a coupled input: this step's spiking neurons, ascending (read by {@link Lockstep} for delivery). */
	int[] stepSpikes;
	int stepSpikeCount;
	volatile long progressSteps;
	long completedSteps;

	private final SimulationSpec spec;
	private final Stepper stepper;
	private final FusedStepper fused;
	private final PopulationState s;
	/** This block's recorded neurons. */
	private final TraceRecorder.Block traces;
	private final long stride;
	private final AtomicBoolean stop;
	private final double[] iNow, iMid, iNext, vPrev;
	/** The divergence rule for steppers that store their gates first. */
	private final DivergenceCheck divergence;
	/** The block's current noise (white or OU), null without noise. */
	private final NoiseDrive noise;
	/** Whether finish() adds a white-noise increment to V; this step's increments: {@code dv[dvBase + i]}. */
	private final boolean white;
	private double[] dv;
	private int dvBase;
	/** The spike rule (see {@link SimulationSpec#hysteresis()}), for this block's neurons. */
	private final SpikeDetector detector;
	private final BandAccumulator band;
	/** Called after every step, null if none. */
	private final StepObserver observer;
	/** Synaptic input and the arrays it writes, null if none; the lock step of a coupled input, else null. */
	private final SynapticInput input;
	private final SynapticCurrents syn;
	private final Lockstep lock;
	/** Whether the synaptic input adds to the injected current (explicit currents, or g not folded). */
	private final boolean synapticCurrents;
	private final double dt;
	/** Index of the step being finished (the new state is at time k·dt) and its start time k·dt - dt. */
	private long k;
	private double t;

	NeuronBlock(final SimulationSpec spec, final Stepper stepper, final PopulationState state, final int from,
		final int to, final UniformRandomProvider[] streams, final TraceRecorder.Block traces, final long stride,
		final AtomicBoolean stop, final BandAccumulator band, final StepObserver observer)
	{
		this(spec, stepper, state, from, to, streams, traces, stride, stop, band, observer, null, null, null,
			new Scratch(spec, stepper, null, state.size()));
	}

	NeuronBlock(final SimulationSpec spec, final Stepper stepper, final PopulationState state, final int from,
		final int to, final UniformRandomProvider[] streams, final TraceRecorder.Block traces, final long stride,
		final AtomicBoolean stop, final BandAccumulator band, final StepObserver observer, final SynapticInput input,
		final SynapticCurrents syn, final Lockstep lock, final Scratch scratch)
	{
		this.observer = observer;
		this.input = input;
		this.syn = syn;
		this.lock = lock;
		synapticCurrents = syn != null && (syn.current != null || !syn.folded);
		stepSpikes = lock == null ? null : new int[16];
		this.spec = spec;
		this.stepper = stepper;
		this.fused = scratch.fused ? (FusedStepper) stepper : null;
		this.s = state;
		this.from = from;
		this.to = to;
		this.traces = traces;
		this.stride = stride;
		this.stop = stop;
		this.dt = spec.dt();
		this.band = band;
		this.divergence = new DivergenceCheck(spec.model(), state, spec.scheme().name(), spec.dt());
		iNow = scratch.iNow;
		iMid = scratch.iMid;
		iNext = scratch.iNext;
		vPrev = scratch.vPrev;
		noise = spec.noise().isNone() ? null : new NoiseDrive(spec.noise(), spec.model().cm(), dt, streams, from, to);
		white = noise != null && noise.white();
		detector = scratch.detector;
	}

	@Override
	public void run() {
		try {
			steps();
		}
		catch (final InterruptedException | BrokenBarrierException e) {
			// Another worker failed or the run was interrupted: stop quietly; the failure is reported there.
		}
		catch (final RuntimeException e) {
			if (lock != null) lock.abandon(); // then rethrow: Workers.run reports the first failure
			throw e;
		}
	}

	/** The schedule (see {@link Simulation}) from step 0 until the end, a stop or a failure. */
	private void steps() throws InterruptedException, BrokenBarrierException {
		final long steps = spec.steps();
		stepper.init(s, from, to);
		for (int i = from; i < to; i++)
			detector.init(i, s.v[i]);
		if (noise != null) noise.start(); // OU: stationary start, N(0, σ_i²)
		final boolean constant = (noise == null || !noise.hasOu()) && !synapticCurrents && fillConstantCurrents();
		for (;;) {
			// The input at t_k (arrivals and kicks included), then the state at t_k is recorded.
			if (input != null) input.input(k, s, from, to, syn);
			if (k % stride == 0) record((int) (k / stride));
			if (k == steps) break;
			if (k % POLL == 0 && k > 0) {
				progressSteps = k;
				// NB: a coupled run stops where the lock step decided, so that every worker stops at one step.
				if (lock == null ? stop.get() : lock.halted) break;
			}
			t = k * dt;
			if (!constant) fillCurrents(t, dt);
			// NB: noise is drawn before the step, one draw per neuron from its own stream: the same numbers
			// in the same order per neuron whatever the thread count.
			if (noise != null) {
				noise.nextWhite();
				noise.addOu(iNow, iMid, iNext);
				// NB: read in finish() from this block's fields, so the fused loop keeps them in registers.
				dv = noise.buffer();
				dvBase = noise.base();
			}
			if (lock != null) lock.awaitInputs();
			if (input != null) input.beforeIntegration(k, s, from, to);
			stepSpikeCount = 0;
			k++;
			if (fused != null) fused.step(s, from, to, iNow, this);
			else stepThenFinish();
			if (observer != null) observer.afterStep(k, s, from, to);
			if (lock != null) lock.awaitStep(); // delivers this step's spikes, decides a stop
		}
		completedSteps = k;
		progressSteps = k;
	}

	/** A step of a stepper that is not fused: integrate the block, then finish every neuron. */
	private void stepThenFinish() {
		final double[] v = s.v;
		System.arraycopy(v, from, vPrev, from, to - from);
		stepper.step(s, from, to, iNow, iMid, iNext);
		if (input != null) input.afterIntegration(k - 1, v, from, to);
		for (int i = from; i < to; i++)
			v[i] = finish(i, vPrev[i], v[i]);
	}

	/**
	 * {@link #finish(int, double, double, double, double, double)} for a neuron whose new gates are already
	 * in the state (any number of them): the same checks, V first, then the gates in state order.
	 */
	double finish(final int i, final double vOld, final double vNew) {
		final double vi = white ? vNew + dv[dvBase + i] : vNew;
		divergence.check(i, vi, k);
		return detect(i, vOld, vi);
	}

	/**
	 * The rest of the schedule for neuron i once the scheme has moved it from V = {@code vOld} to the given
	 * state: adds the noise increment to V, stops the run if the state diverged (non-finite V,
	 * |V| &gt; {@link Simulation#V_LIMIT}, a gate outside [0, 1]), records an upward crossing of the
	 * threshold with its time interpolated linearly in the step if detection is armed, and re-arms it once
	 * V is below threshold - hysteresis. Returns the V to store.
	 */
	double finish(final int i, final double vOld, final double vNew, final double mNew, final double hNew,
		final double nNew)
	{
		final double vi = white ? vNew + dv[dvBase + i] : vNew;
		if (!(vi >= -Simulation.V_LIMIT && vi <= Simulation.V_LIMIT)) diverged(i, "V", vi);
		if (!(mNew >= 0 && mNew <= 1)) diverged(i, "m", mNew);
		if (!(hNew >= 0 && hNew <= 1)) diverged(i, "h", hNew);
		if (!(nNew >= 0 && nNew <= 1)) diverged(i, "n", nNew);
		return detect(i, vOld, vi);
	}

	/** Spike detection (the hysteresis rule of {@link SimulationSpec#hysteresis()}); returns vi. */
	private double detect(final int i, final double vOld, final double vi) {
		final double spike = detector.step(i, t, dt, vOld, vi);
		if (spike == spike) { // not NaN
			spikes.add(k, i, spike);
			if (stepSpikes != null) {
				if (stepSpikeCount == stepSpikes.length) stepSpikes = Arrays.copyOf(stepSpikes, 2 * stepSpikeCount);
				stepSpikes[stepSpikeCount++] = i;
			}
		}
		return vi;
	}

	/** Fills the currents once if they never change; returns whether it did. */
	private boolean fillConstantCurrents() {
		if (!Stimuli.constant(spec.stimuli())) return false;
		Stimuli.fill(spec.stimuli(), 0, iNow, from, to);
		if (iMid != iNow) {
			System.arraycopy(iNow, from, iMid, from, to - from);
			System.arraycopy(iNow, from, iNext, from, to - from);
		}
		return true;
	}

	/**
	 * The injected currents of the step from t: the stimuli, plus with synaptic input its explicit currents
	 * and, unless the kernel folds them in, the synaptic current {@code gE - g·V(t)}.
	 */
	private void fillCurrents(final double t, final double dt) {
		Stimuli.fill(spec.stimuli(), t, iNow, from, to);
		if (iMid != iNow) {
			Stimuli.fill(spec.stimuli(), t + 0.5 * dt, iMid, from, to);
			Stimuli.fill(spec.stimuli(), t + dt, iNext, from, to);
		}
		if (!synapticCurrents) return;
		final double[] c = syn.current, v = s.v;
		if (c != null) for (int i = from; i < to; i++)
			iNow[i] += c[i];
		if (!syn.folded) for (int i = from; i < to; i++)
			iNow[i] += syn.gE[i] - syn.g[i] * v[i];
	}

	private void diverged(final int i, final String var, final double value) {
		throw new DivergenceException(i, k * dt, var, value, spec.scheme().name(), dt);
	}

	private void record(final int sample) {
		if (band != null) band.add(sample, s.v, from, to);
		traces.sample(sample, s);
	}
}
