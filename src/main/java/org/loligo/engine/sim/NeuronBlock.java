package org.loligo.engine.sim;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.loligo.engine.input.Stimulus;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.record.SpikeStore;
import org.loligo.engine.record.TraceVariable;

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
	private static final int POLL = 256;

	final int from, to;
	final SpikeStore spikes = new SpikeStore();
	volatile long progressSteps;
	long completedSteps;

	private final SimulationSpec spec;
	private final Stepper stepper;
	private final FusedStepper fused;
	private final PopulationState s;
	private final NormalizedGaussianSampler[] gauss;
	private final double[][] data;
	private final long stride;
	private final AtomicBoolean stop;
	private final double[] iNow, iMid, iNext, vPrev;
	/** The divergence rule for steppers that store their gates first. */
	private final DivergenceCheck divergence;
	/** The recorded variables, bound to the model. */
	private final TraceVariable.Probe[] probes;
	/** This step's white-noise increments of V (mV) when they are drawn per step, else null. */
	private final double[] dv;
	/** Each neuron's (σ_i/C)·sqrt(dt) (mV per unit draw), null without white noise. */
	private final double[] dvScale;
	/**
	 * White-noise draws ahead of use, {@link #AHEAD} per neuron, {@code ahead[q·width + (i - from)]} for the
	 * q-th of the batch; null when not batched (OU noise, or a scheme that draws from the same streams).
	 * NB: each neuron's stream serves only this noise then, so drawing its next AHEAD numbers at once gives
	 * the very sequence that one draw per step gives, with the sampler hot in a tight loop instead of
	 * a thousand samplers touched once per step.
	 */
	private final double[] ahead;
	private int aheadUsed;
	/** Where finish() reads neuron i's noise increment this step: {@code noise[noiseBase + i]} (dv or ahead). */
	private final double[] noise;
	private int noiseBase;
	static final int AHEAD = 32;
	/** Whether white noise is drawn ahead where it can be (tests compare with one draw per step). */
	static volatile boolean drawAhead = true;
	/** The OU noise current of each neuron (µA/cm²), null without OU noise. */
	private final double[] ou;
	/** The spike rule (see {@link SimulationSpec#hysteresis()}), for this block's neurons. */
	private final SpikeDetector detector;
	private final BandAccumulator band;
	private final double dt;
	/** Index of the step being finished (the new state is at time k·dt) and its start time k·dt - dt. */
	private long k;
	private double t;
	/** Recorded neurons in this block: their position r in the record spec and their index. */
	private final int[] recR, recId;

	NeuronBlock(final SimulationSpec spec, final Stepper stepper, final PopulationState state, final int from,
		final int to, final UniformRandomProvider[] streams, final double[][] data, final long stride,
		final AtomicBoolean stop, final BandAccumulator band)
	{
		this.spec = spec;
		this.stepper = stepper;
		this.fused = stepper instanceof FusedStepper f ? f : null;
		this.s = state;
		this.from = from;
		this.to = to;
		this.data = data;
		this.stride = stride;
		this.stop = stop;
		this.dt = spec.dt();
		this.band = band;
		this.divergence = new DivergenceCheck(spec.model(), state, spec.scheme().name(), spec.dt());
		this.probes = spec.record().variables().stream().map(x -> x.bind(spec.model())).toArray(
			TraceVariable.Probe[]::new);
		final int size = state.size();
		iNow = new double[size];
		iMid = stepper.usesLaterCurrents() ? new double[size] : iNow;
		iNext = stepper.usesLaterCurrents() ? new double[size] : iNow;
		vPrev = fused == null ? new double[size] : null;
		final boolean noisy = !spec.noise().isNone();
		final boolean white = noisy && spec.noise().isWhite();
		ou = noisy && spec.noise().isOu() ? new double[size] : null;
		dvScale = white ? new double[size] : null;
		if (white) for (int i = from; i < to; i++)
			dvScale[i] = spec.noise().sigmaOf(i) / spec.model().cm() * Math.sqrt(dt);
		detector = new SpikeDetector(spec.threshold(), spec.hysteresis(), size);
		ahead = drawAhead && white && !spec.scheme().stochastic() ? new double[AHEAD * (to - from)] : null;
		dv = white && ahead == null ? new double[size] : null;
		aheadUsed = AHEAD;
		noise = ahead != null ? ahead : dv;
		gauss = noisy ? new NormalizedGaussianSampler[size] : null;
		if (noisy) for (int i = from; i < to; i++)
			gauss[i] = ZigguratSampler.NormalizedGaussian.of(streams[i]);
		final int[] ids = spec.record().neurons();
		int c = 0;
		for (final int id : ids)
			if (id >= from && id < to) c++;
		recR = new int[c];
		recId = new int[c];
		c = 0;
		for (int r = 0; r < ids.length; r++)
			if (ids[r] >= from && ids[r] < to) {
				recR[c] = r;
				recId[c++] = ids[r];
			}
	}

	@Override
	public void run() {
		final long steps = spec.steps();
		final double ouDecay = ou == null ? 0 : spec.noise().ouDecay(dt), ouKick = ou == null ? 0 : spec.noise()
			.ouKick(dt);
		stepper.init(s, from, to);
		for (int i = from; i < to; i++)
			detector.init(i, s.v[i]);
		if (ou != null) for (int i = from; i < to; i++)
			ou[i] = spec.noise().sigma() * gauss[i].sample(); // stationary start, N(0, σ²)
		final boolean constant = ou == null && fillConstantCurrents();
		record(0);
		while (k < steps) {
			t = k * dt;
			if (!constant) fillCurrents(t, dt);
			// NB: noise is drawn before the step, one draw per neuron from its own stream: the same numbers
			// in the same order per neuron whatever the thread count.
			if (ahead != null) drawAhead();
			else if (dv != null) for (int i = from; i < to; i++)
				dv[i] = dvScale[i] * gauss[i].sample(); // Euler–Maruyama: (σ/C)·sqrt(dt)·ξ
			if (ou != null) addOuCurrent(ouDecay, ouKick);
			k++;
			if (fused != null) fused.step(s, from, to, iNow, this);
			else stepThenFinish();
			if (k % stride == 0) record((int) (k / stride));
			if (k % POLL == 0) {
				progressSteps = k;
				if (stop.get()) break;
			}
		}
		completedSteps = k;
		progressSteps = k;
	}

	/**
	 * Points {@link #finish} at this step's white-noise increments in the batch drawn ahead, refilled
	 * (already scaled: {@code (σ_i/C)·sqrt(dt)·ξ}, the very double a per-step draw gives) every
	 * {@link #AHEAD} steps; nothing is copied per step.
	 */
	private void drawAhead() {
		final int width = to - from;
		if (aheadUsed == AHEAD) {
			for (int i = from; i < to; i++) {
				final NormalizedGaussianSampler g = gauss[i];
				final double scale = dvScale[i];
				for (int q = 0, at = i - from; q < AHEAD; q++, at += width)
					ahead[at] = scale * g.sample(); // Euler–Maruyama: (σ/C)·sqrt(dt)·ξ
			}
			aheadUsed = 0;
		}
		noiseBase = aheadUsed * width - from;
		aheadUsed++;
	}

	/**
	 * Adds each neuron's OU current, held over the step, to the injected currents, then advances it
	 * exactly: {@code I ← a·I + σ·sqrt(1 - a²)·ξ}.
	 */
	private void addOuCurrent(final double decay, final double kick) {
		for (int i = from; i < to; i++) {
			final double x = ou[i];
			iNow[i] += x;
			if (iMid != iNow) {
				iMid[i] += x;
				iNext[i] += x;
			}
			ou[i] = decay * x + kick * gauss[i].sample();
		}
	}

	/** A step of a stepper that is not fused: integrate the block, then finish every neuron. */
	private void stepThenFinish() {
		final double[] v = s.v;
		System.arraycopy(v, from, vPrev, from, to - from);
		stepper.step(s, from, to, iNow, iMid, iNext);
		for (int i = from; i < to; i++)
			v[i] = finish(i, vPrev[i], v[i]);
	}

	/**
	 * {@link #finish(int, double, double, double, double, double)} for a neuron whose new gates are already
	 * in the state (any number of them): the same checks, V first, then the gates in state order.
	 */
	double finish(final int i, final double vOld, final double vNew) {
		final double vi = noise == null ? vNew : vNew + noise[noiseBase + i];
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
		final double vi = noise == null ? vNew : vNew + noise[noiseBase + i];
		if (!(vi >= -Simulation.V_LIMIT && vi <= Simulation.V_LIMIT)) diverged(i, "V", vi);
		if (!(mNew >= 0 && mNew <= 1)) diverged(i, "m", mNew);
		if (!(hNew >= 0 && hNew <= 1)) diverged(i, "h", hNew);
		if (!(nNew >= 0 && nNew <= 1)) diverged(i, "n", nNew);
		return detect(i, vOld, vi);
	}

	/** Spike detection (the hysteresis rule of {@link SimulationSpec#hysteresis()}); returns vi. */
	private double detect(final int i, final double vOld, final double vi) {
		final double spike = detector.step(i, t, dt, vOld, vi);
		if (spike == spike) spikes.add(k, i, spike); // not NaN
		return vi;
	}

	/** Fills the currents once if they never change; returns whether it did. */
	private boolean fillConstantCurrents() {
		final List<Stimulus> st = spec.stimuli();
		for (final Stimulus x : st)
			if (!x.isConstant()) return false;
		for (int i = from; i < to; i++)
			iNow[i] = st.get(st.size() == 1 ? 0 : i).at(0);
		if (iMid != iNow) {
			System.arraycopy(iNow, from, iMid, from, to - from);
			System.arraycopy(iNow, from, iNext, from, to - from);
		}
		return true;
	}

	private void fillCurrents(final double t, final double dt) {
		fill(iNow, t);
		if (iMid != iNow) {
			fill(iMid, t + 0.5 * dt);
			fill(iNext, t + dt);
		}
	}

	private void fill(final double[] out, final double t) {
		final List<Stimulus> st = spec.stimuli();
		if (st.size() == 1) java.util.Arrays.fill(out, from, to, st.get(0).at(t));
		else for (int i = from; i < to; i++)
			out[i] = st.get(i).at(t);
	}

	private void diverged(final int i, final String var, final double value) {
		throw new DivergenceException(i, k * dt, var, value, spec.scheme().name(), dt);
	}

	private void record(final int sample) {
		if (band != null) band.add(sample, s.v, from, to);
		if (recR.length == 0) return;
		final int nRec = spec.record().neurons().length;
		for (int c = 0; c < recR.length; c++) {
			final int i = recId[c];
			for (int q = 0; q < probes.length; q++)
				data[q * nRec + recR[c]][sample] = probes[q].value(s, i);
		}
	}
}
