package org.loligo.engine.poisson;

import org.loligo.engine.network.SynapseModel;
import org.loligo.engine.record.StepObserver;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.SynapticCurrents;
import org.loligo.engine.sim.SynapticInput;

/**
 * The Poisson drive of every trial as synaptic input to the population schedule (trial k is neuron k).
 * Each step:
 * <ol>
 * <li>{@link #input} and {@link #beforeIntegration}: trial k's drive gives the transmitted counts c_E, c_I
 * arriving in (t, t + dt], and the step's conductances are the exact means of the decaying ones over the step,
 * {@code ḡ = g·(τ/dt)(1 - e^{-dt/τ})} ({@link SynapseModel#stepMean}), so that
 * {@code G = … + ḡ_E + ḡ_I} and {@code Σ g·E = ḡ_E E_E + ḡ_I E_I} enter V's exponential (zero with
 * kicks);</li>
 * <li>{@link #afterIntegration}: kicks {@code V += w·c_E - r·w·c_I}; conductances decay exactly and jump,
 * {@code g ← g·e^{-dt/τ} + w·c} (so inputs of this step act from t + dt on).</li>
 * </ol>
 * NB: with both conductances exactly 0 (no input yet, or p = 0) the conductance step gives the population
 * stepper's doubles (ConductanceExpEuler's NB), so the deterministic neuron is reproduced bit for bit.
 * <p>
 * Trial 0's trace ({@link #traceOfTrial0}) also records g_E, g_I and the counts of each sample interval.
 */
final class PoissonSynapses implements SynapticInput {

	private final InputDrive[] drives;
	/** Per trial: this step's transmitted counts (E, I) and the conductances g_E, g_I, mS/cm². */
	private final int[][] counts;
	private final double[] ge, gi;
	private final boolean conductance;
	private final double kickE, kickI, decayE, decayI, meanE, meanI, wE, wI, eE, eI;

	PoissonSynapses(final PoissonSpec spec, final InputDrive[] drives) {
		this.drives = drives;
		final int n = drives.length;
		counts = new int[n][2];
		ge = new double[n];
		gi = new double[n];
		final SynapseSpec syn = spec.synapse();
		conductance = syn.kind() == SynapseSpec.Kind.CONDUCTANCE;
		kickE = syn.weight();
		kickI = syn.inhibitionRatio() * syn.weight();
		// NB: with kicks the conductance factors are unused (the conductances stay 0).
		final SynapseModel exc = syn.excitatory(), inh = syn.inhibitory();
		final double dt = spec.dt();
		decayE = exc.decayFactor(dt);
		decayI = inh.decayFactor(dt);
		meanE = exc.stepMean(dt);
		meanI = inh.stepMean(dt);
		wE = syn.weightExc();
		wI = syn.weightInh();
		eE = syn.reversalExc();
		eI = syn.reversalInh();
	}

	@Override
	public void input(final long k, final PopulationState s, final int from, final int to, final SynapticCurrents out) {
		final double[] g = out.g, gE = out.gE;
		for (int i = from; i < to; i++) {
			final double a = ge[i] * meanE, b = gi[i] * meanI;
			g[i] = a + b;
			gE[i] = a * eE + b * eI;
		}
	}

	/** The step's transmitted counts, drawn before the step is integrated and applied after it. */
	@Override
	public void beforeIntegration(final long k, final PopulationState s, final int from, final int to) {
		for (int i = from; i < to; i++)
			drives[i].next(counts[i]);
	}

	@Override
	public void afterIntegration(final long k, final double[] v, final int from, final int to) {
		for (int i = from; i < to; i++) {
			final int[] c = counts[i];
			if (conductance) {
				ge[i] = ge[i] * decayE + wE * c[0];
				gi[i] = gi[i] * decayI + wI * c[1];
			}
			else v[i] += kickE * c[0] - kickI * c[1];
		}
	}

	/**
	 * An observer that records trial 0 into {@code trace} every {@code stride} steps (sample 0, the rest
	 * state, is filled here): V, the gates, g_E, g_I and the counts transmitted since the last sample.
	 */
	StepObserver traceOfTrial0(final PoissonTrace trace, final long stride, final PopulationState rest) {
		sample(trace, 0, rest);
		final int[] acc = new int[2];
		return (k, s, from, to) -> {
			if (from != 0) return; // the worker that owns trial 0
			acc[0] += counts[0][0];
			acc[1] += counts[0][1];
			if (k % stride != 0) return;
			final int j = (int) (k / stride);
			sample(trace, j, s);
			trace.excCount()[j] = acc[0];
			trace.inhCount()[j] = acc[1];
			acc[0] = acc[1] = 0;
		};
	}

	private void sample(final PoissonTrace tr, final int j, final PopulationState s) {
		tr.v()[j] = s.v[0];
		for (int q = 0; q < s.gateCount(); q++)
			tr.gates()[q][j] = s.gates[q][0];
		tr.gExc()[j] = ge[0];
		tr.gInh()[j] = gi[0];
	}
}
