package org.loligo.engine.poisson;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.loligo.engine.network.SynapseModel;
import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.sim.ConductanceExpEuler;
import org.loligo.engine.sim.ConductanceStepper;
import org.loligo.engine.sim.DivergenceCheck;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.Simulation;

/**
 * One trial: one HH neuron under the Poisson drive. The schedule of step k, from t = k·dt to t + dt:
 * <ol>
 * <li><b>inputs</b>: the drive gives the transmitted counts c_E, c_I arriving in (t, t + dt];</li>
 * <li><b>integrate</b>: the engine's staggered exp-euler (gates at V(t), then V with the new gates) under
 * the constant current, as the network's {@link ConductanceExpEuler}, which folds the synaptic
 * conductance (zero with kick synapses) into the total: {@code G = g_Na m³h + g_K n⁴ + g_L + ḡ_E + ḡ_I},
 * {@code V∞ = (g_Na m³h E_Na + g_K n⁴ E_K + g_L E_L + I + ḡ_E E_E + ḡ_I E_I)/G},
 * {@code V' = V∞ + (V - V∞)·exp(-G·dt/C)}, where ḡ = g·(τ/dt)(1 - e^{-dt/τ}) is the exact mean of the
 * decaying conductance over the step;</li>
 * <li><b>deliver</b>: kicks {@code V += w·c_E - r·w·c_I}; conductances decay exactly and jump,
 * {@code g ← g·e^{-dt/τ} + w·c} (so inputs of this step act from t + dt on);</li>
 * <li><b>check</b> (non-finite or |V| &gt; {@link Simulation#V_LIMIT}, gates outside [0, 1]) and
 * <b>detect</b> with {@link SpikeDetector} on the step's total change of V (kicks included, so a kick
 * across θ is not missed);</li>
 * <li><b>record</b> (trial 0 only) every {@code stride} steps.</li>
 * </ol>
 * NB: with both conductances exactly 0 (no input yet, or p = 0) the conductance step gives the population
 * stepper's doubles (ConductanceExpEuler's NB), so the deterministic neuron is reproduced bit for bit.
 */
final class Trial {

	/** Steps between checks of the stop flag and progress updates. */
	private static final int POLL = 1024;

	private Trial() {}

	/** Outcome of one trial: spike times (ms, ascending), steps done, and the trace if recorded. */
	record Outcome(double[] spikes, long steps, PoissonTrace trace) {}

	/** @param step the exp-euler step with the synaptic conductance folded in (zero for kick synapses) */
	static Outcome run(final PoissonSpec spec, final ConductanceStepper step,
		final int trial, final InputDrive drive, final boolean record, final AtomicBoolean stop,
		final AtomicLong progress)
	{
		final SynapseSpec syn = spec.synapse();
		final boolean cond = syn.kind() == SynapseSpec.Kind.CONDUCTANCE;
		final double dt = spec.dt();
		final long steps = spec.steps(), stride = spec.stride();
		final PopulationState s = PopulationState.atRest(spec.model(), 1);
		final double[] v = s.v;
		final DivergenceCheck divergence = new DivergenceCheck(spec.model(), s, "exp-euler", dt);
		final double[] iNow = { spec.current() };
		final double kickE = syn.weight(), kickI = syn.inhibitionRatio() * syn.weight();
		// NB: with kicks the factors are unused (the conductances stay 0).
		final SynapseModel exc = syn.excitatory(), inh = syn.inhibitory();
		final double decayE = exc.decayFactor(dt), decayI = inh.decayFactor(dt);
		final double meanE = exc.stepMean(dt), meanI = inh.stepMean(dt);
		final double wE = syn.weightExc(), wI = syn.weightInh(), eE = syn.reversalExc(), eI = syn.reversalInh();
		final double[] gSyn = new double[1], gSynE = new double[1];
		final SpikeDetector detector = new SpikeDetector(spec.threshold(), spec.hysteresis(), 1);
		detector.init(0, v[0]);
		final PoissonTrace tr = record ? PoissonTrace.allocate((int) spec.samples(), s.gateCount(), stride *
			dt) : null;
		if (tr != null) sample(tr, 0, s, 0, 0);
		final int[] counts = new int[2];
		double[] spikes = new double[16];
		int nSpikes = 0, accE = 0, accI = 0;
		double ge = 0, gi = 0;
		long k = 0;
		while (k < steps) {
			final double t = k * dt;
			drive.next(counts);
			final double vOld = v[0];
			// NB: with kicks ge = gi = 0, and the conductance step is then the plain exp-euler step.
			final double gE = ge * meanE, gI = gi * meanI;
			gSyn[0] = gE + gI;
			gSynE[0] = gE * eE + gI * eI;
			step.step(s, 0, 1, iNow, gSyn, gSynE);
			double vNew = v[0];
			if (cond) {
				ge = ge * decayE + wE * counts[0];
				gi = gi * decayI + wI * counts[1];
			}
			else vNew += kickE * counts[0] - kickI * counts[1];
			k++;
			// NB: the engine's message names a neuron; here the neuron is the trial's.
			divergence.check(0, vNew, k, trial);
			v[0] = vNew;
			final double spike = detector.step(0, t, dt, vOld, vNew);
			if (spike == spike) { // not NaN
				if (nSpikes == spikes.length) spikes = Arrays.copyOf(spikes, 2 * nSpikes);
				spikes[nSpikes++] = spike;
			}
			if (tr != null) {
				accE += counts[0];
				accI += counts[1];
				if (k % stride == 0) {
					sample(tr, (int) (k / stride), s, ge, gi);
					tr.excCount()[(int) (k / stride)] = accE;
					tr.inhCount()[(int) (k / stride)] = accI;
					accE = accI = 0;
				}
			}
			if (k % POLL == 0) {
				progress.addAndGet(POLL);
				if (stop.get()) break;
			}
		}
		progress.addAndGet(k % POLL);
		final PoissonTrace out = tr == null ? null : k == steps ? tr : tr.truncate((int) (k / stride) + 1);
		return new Outcome(Arrays.copyOf(spikes, nSpikes), k, out);
	}

	private static void sample(final PoissonTrace tr, final int j, final PopulationState s, final double ge,
		final double gi)
	{
		tr.v()[j] = s.v[0];
		for (int q = 0; q < s.gateCount(); q++)
			tr.gates()[q][j] = s.gates[q][0];
		tr.gExc()[j] = ge;
		tr.gInh()[j] = gi;
	}
}
