package org.loligo.engine.network;

import java.util.Arrays;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.input.NoiseDrive;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.record.TraceRecorder;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.record.SpikeStore;
import org.loligo.engine.sim.ConductanceStepper;
import org.loligo.engine.sim.DivergenceCheck;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.engine.sim.Stepper;

/**
 * The neurons [from, to) of a network, run by one thread in lock step with the others (see
 * {@link NetworkSimulation} for the schedule). Between the two barriers of a step it writes only its
 * own neurons; what it reads of the others (V for gap junctions, the gates s) was written before the
 * barrier.
 */
final class NetworkWorker implements Runnable {

	final int from, to;
	/** Spikes found by this worker: (step, neuron, time), in step then neuron order. */
	final SpikeStore spikes = new SpikeStore();
	/** This step's spiking neurons, ascending (read by the barrier action for delivery). */
	int[] stepSpikes = new int[16];
	int stepSpikeCount;

	private final NetworkSimulation run;
	private final SimulationSpec spec;
	private final PopulationState s;
	private final SynapticState syn;
	private final ConductanceStepper expEuler;
	private final Stepper euler;
	private final CyclicBarrier barrier;
	/** The run's per-neuron arrays (length n); this worker writes only [from, to). */
	private final double[] iNow, g, gE, gap, vOld;
	private final SpikeDetector detector;
	private final DivergenceCheck divergence;
	private final double dt;
	/** The worker's current noise (white or OU, the population runner's), null without noise. */
	private final NoiseDrive noise;
	private final boolean white;
	/** This worker's recorded neurons. */
	private final TraceRecorder.Block traces;

	NetworkWorker(final NetworkSimulation run, final int from, final int to, final UniformRandomProvider[] streams,
		final CyclicBarrier barrier)
	{
		this.run = run;
		this.spec = run.spec.population();
		this.s = run.state;
		this.syn = run.synapses;
		this.expEuler = run.expEuler;
		this.euler = run.euler;
		this.from = from;
		this.to = to;
		this.barrier = barrier;
		this.dt = spec.dt();
		iNow = run.iNow;
		g = run.g;
		gE = run.gE;
		gap = run.gap;
		vOld = run.vOld;
		detector = run.detector;
		for (int i = from; i < to; i++)
			detector.init(i, s.v[i]);
		divergence = new DivergenceCheck(spec.model(), s, spec.scheme().name(), dt);
		// NB: the population runner's drive, so that the same σ gives the same bits.
		noise = streams == null ? null : new NoiseDrive(spec.noise(), spec.model().cm(), dt, streams, from, to, true);
		white = noise != null && noise.white();
		traces = run.traces.block(from, to);
	}

	@Override
	public void run() {
		final long steps = spec.steps(), stride = run.stride;
		try {
			if (noise != null) noise.start(); // OU: stationary start, N(0, σ_i²)
			for (long k = 0;; k++) {
				// Deliver what arrives now, then the input at t_k, then record the state at t_k.
				syn.input(k, s, from, to, g, gE, gap);
				if (k % stride == 0) record((int) (k / stride));
				if (k == steps || run.halted) break;
				stimulate(k * dt);
				barrier.await();
				integrate(k);
				barrier.await(); // the action delivers this step's spikes and polls for cancellation
			}
		}
		catch (final InterruptedException | BrokenBarrierException e) {
			// Another worker failed or the run was interrupted: stop quietly; the failure is reported there.
		}
		catch (final RuntimeException e) {
			// NB: break the barrier so that the others, waiting or yet to arrive, stop instead of waiting for
			// this thread forever: await() with the interrupt flag set breaks it (reset() would not). Then
			// rethrow: Workers.run reports the first failure.
			Thread.currentThread().interrupt();
			try {
				barrier.await();
			}
			catch (final InterruptedException | BrokenBarrierException expected) {
				// the barrier is broken now
			}
			throw e;
		}
	}

	/**
	 * Injected current at t (stimulus, gap junctions, OU noise; for euler also the synaptic current at
	 * V(t)), and this step's noise draws, one per neuron from its own stream, as the population run draws.
	 */
	private void stimulate(final double t) {
		for (int i = from; i < to; i++) {
			final double stim = Stimuli.at(spec.stimuli(), i, t);
			iNow[i] = expEuler != null ? stim + gap[i] : stim + gap[i] + (gE[i] - g[i] * s.v[i]);
		}
		if (noise != null) {
			noise.nextWhite();
			noise.addOu(iNow, iNow, iNow);
		}
	}

	/** From t_k to t_k+1: the scheme, the synapses' own state, noise, checks and spike detection. */
	private void integrate(final long k) {
		final double[] v = s.v;
		System.arraycopy(v, from, vOld, from, to - from);
		if (expEuler != null) expEuler.step(s, from, to, iNow, g, gE);
		else euler.step(s, from, to, iNow, iNow, iNow);
		syn.advance(k, vOld, from, to, dt, expEuler != null);
		stepSpikeCount = 0;
		final double t = k * dt;
		for (int i = from; i < to; i++) {
			final double vi = white ? v[i] + noise.whiteIncrement(i) : v[i];
			v[i] = vi;
			divergence.check(i, vi, k + 1);
			final double spike = detector.step(i, t, dt, vOld[i], vi);
			if (spike == spike) addSpike(k + 1, i, spike); // not NaN
		}
	}

	private void addSpike(final long step, final int i, final double time) {
		spikes.add(step, i, time);
		if (stepSpikeCount == stepSpikes.length) stepSpikes = Arrays.copyOf(stepSpikes, 2 * stepSpikeCount);
		stepSpikes[stepSpikeCount++] = i;
	}

	private void record(final int sample) {
		traces.sample(sample, s);
		for (int c = 0; c < traces.size(); c++) {
			final int i = traces.neuron(c), r = traces.position(c);
			run.gTrace[r][sample] = g[i];
			run.iTrace[r][sample] = gap[i] + (gE[i] - g[i] * s.v[i]);
		}
	}
}
