package org.loligo.engine.network.coba;

import org.loligo.engine.record.SpikeDetector;
import org.loligo.engine.record.SpikeStore;
import org.loligo.engine.sim.DivergenceCheck;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.RateTable;

/**
 * The neurons {@code [from, to)} of a COBA-HH network, advanced by one worker thread for the whole run.
 * One step k (from time (k-1)·dt to k·dt), in one pass over the block's state:
 * <ol>
 * <li><b>deliver</b> the spikes every block detected at step k-1, in block order and so in neuron order,
 * to this block's targets: {@code ge += we} (excitatory source) or {@code gi += wi};</li>
 * <li><b>integrate</b> each neuron by exponential Euler with everything else frozen at time t (Brian2's
 * {@code exponential_euler}), in two passes over the block: {@link MembranePass} takes V exactly at frozen
 * gates and conductances, {@code V' = V∞ + (V - V∞)·exp(-G·dt/C)} with
 * {@code G = gNa m³h + gK n⁴ + gL + ge + gi} and
 * {@code V∞ = (gNa m³h ENa + gK n⁴ EK + gL EL + ge Ee + gi Ei)/G}, and {@code ge·exp(-dt/τe)},
 * {@code gi·exp(-dt/τi)} exactly (several neurons per instruction where the JVM has the Vector API); the
 * second pass moves the gates, {@code x' = A(V)·x + B(V)} with V = V(t) from the {@link RateTable};</li>
 * <li><b>check</b> the engine's divergence rule ({@link DivergenceCheck}): V within ±1000 mV every step,
 * as one flag folded over the block (the named check only when it is down), and the gates in [0, 1] every
 * {@link CobaRun#POLL} steps and at the end. NB: the gates' check is not per step because it cost the
 * fused loop 15–30 %; exponential Euler's table coefficients keep gates in [0, 1] (convex combinations of
 * x and 1), so only a state put in from outside can leave it, and a NaN gate makes V NaN a step later;</li>
 * <li><b>detect</b>: {@code V' > θ} and the last spike at least {@code refractory} steps ago (the
 * benchmark's rule, Brette et al. 2007: {@link SpikeDetector#refractory});</li>
 * <li><b>record</b> V of the block's recorded neurons every {@code stride} steps;</li>
 * <li>wait at the barrier, after which every block's spike list of step k is complete.</li>
 * </ol>
 * Spike lists are double-buffered by the parity of k: a block writes list k while the others may still
 * read list k-1, and nobody can reach step k+1 before all have passed the barrier of step k. Each
 * conductance is only written by the block that owns its neuron, and the sum it receives in a step is
 * added in source order whatever the blocks are, so results do not depend on the thread count.
 * <p>
 * Units: V in mV, conductances in mS/cm² (nS·1e-6/area), C in µF/cm², t in ms.
 */
final class CobaBlock {

	final int index, from, to;
	/** This block's spikes of the whole run, in order of step then neuron. */
	final SpikeStore spikes = new SpikeStore();
	int completedSteps;

	private final CobaRun run;
	/** This step's (k & 1) and the previous step's spike lists of this block, and their lengths. */
	final int[][] stepSpikes = new int[2][];
	final int[] stepCount = new int[2];
	/** Pass 1's table positions of V(t) for pass 2's gate update (index i - from; see MembranePass). */
	private final double[] slot;
	private final double[] frac;
	/** Scratch for the exact gate coefficients where V is off the table. */
	private final double[] exact = new double[6];
	private final MembranePass membrane;
	private final BlockDivergence divergence;

	CobaBlock(final CobaRun run, final int index, final int from, final int to) {
		this.run = run;
		this.index = index;
		this.from = from;
		this.to = to;
		stepSpikes[0] = new int[to - from];
		stepSpikes[1] = new int[to - from];
		slot = new double[to - from];
		frac = new double[to - from];
		membrane = run.membrane;
		divergence = new BlockDivergence();
	}

	/** Runs all steps (or until the run stops); the barrier is null with one block. */
	void run(final SpinBarrier barrier) {
		final CobaRun r = run;
		final int steps = r.steps, stride = r.stride, recorded = Math.min(r.recorded, to);
		for (int k = 1; k <= steps; k++) {
			deliver(k - 1 & 1);
			step(k);
			if (k % CobaRun.POLL == 0 || k == steps) divergence.check(k);
			if (k % stride == 0) for (int i = from; i < recorded; i++)
				r.traces[i][k / stride] = r.v[i];
			if (k % CobaRun.POLL == 0 && index == 0) r.poll(k);
			if (barrier != null) barrier.await(index);
			if (k % CobaRun.POLL == 0 && r.stop) {
				completedSteps = k;
				return;
			}
		}
		completedSteps = steps;
	}

	/** Adds the conductance jumps of every block's spikes of the previous step to this block's targets. */
	private void deliver(final int parity) {
		final CobaRun r = run;
		final int[] targets = r.targets, lo = r.split[index], hi = r.split[index + 1];
		final double[] ge = r.ge, gi = r.gi;
		final double we = r.we, wi = r.wi;
		final int nExc = r.nExc;
		for (final CobaBlock c : r.blocks) {
			final int[] list = c.stepSpikes[parity];
			for (int q = 0, n = c.stepCount[parity]; q < n; q++) {
				final int s = list[q];
				if (s < nExc) for (int p = lo[s], e = hi[s]; p < e; p++)
					ge[targets[p]] += we;
				else for (int p = lo[s], e = hi[s]; p < e; p++)
					gi[targets[p]] += wi;
			}
		}
	}

	/**
	 * Integrates the block from step k-1 to k and fills this step's spike list: pass 1 ({@link MembranePass})
	 * computes V(t + dt), decays the conductances and finds V(t) on the gate table; pass 2 advances the
	 * gates from the table and detects spikes.
	 * <p>
	 * NB: two passes, not one fused loop. Per neuron the work is one long dependent chain (division, exp);
	 * in one loop body with the table lookups the out-of-order core overlaps barely two neurons, and the
	 * table's gathers would keep pass 1 from running several neurons per vector instruction.
	 */
	private void step(final int k) {
		if (membrane == MembranePass.SCALAR) {
			fusedScalarStep(k);
			return;
		}
		final CobaRun r = run;
		final double[] slots = slot;
		final double[] fracs = frac;
		membrane.run(r, from, to, slots, fracs);
		final double[] v = r.v, m = r.m, h = r.h, n = r.n, t = r.table.coefficients;
		final SpikeDetector detector = r.detector;
		final int base = from;
		final int[] list = stepSpikes[k & 1];
		int count = 0;
		boolean ok = true;
		for (int i = from; i < to; i++) {
			final double mi = m[i], hi = h[i], ni = n[i], f = fracs[i - base];
			final int b = (int) slots[i - base];
			final double mN, hN, nN;
			if (b >= 0) {
				mN = (t[b] + f * t[b + 1]) * mi + (t[b + 2] + f * t[b + 3]);
				hN = (t[b + 4] + f * t[b + 5]) * hi + (t[b + 6] + f * t[b + 7]);
				nN = (t[b + 8] + f * t[b + 9]) * ni + (t[b + 10] + f * t[b + 11]);
			}
			else {
				final double[] ab = r.exactCoefficients(f, exact); // f is V(t) here (see MembranePass)
				mN = ab[0] * mi + ab[1];
				hN = ab[2] * hi + ab[3];
				nN = ab[4] * ni + ab[5];
			}
			m[i] = mN;
			h[i] = hN;
			n[i] = nN;
			ok &= inRange(v[i]);
			if (detector.fires(i, k, v[i])) list[count++] = i;
		}
		if (!ok) divergence.check(k);
		stepCount[k & 1] = count;
		if (count > 0) keep(list, count, k);
	}

	/**
	 * The step with the scalar pass: both passes in one loop, each neuron's operations exactly those of
	 * {@link MembranePass#scalar} and then pass 2, so the same bits (MembranePassTest compares it with the
	 * vector pass). NB: one loop, because without vector instructions the second pass over the block only
	 * adds memory traffic (the slot and frac arrays): the two-pass scalar step was 3–5 % slower; this one
	 * runs as fast as the single-pass step before the vector pass existed (0.74 s for 4,000 neurons × 1 s
	 * on 1 thread, measured side by side).
	 */
	private void fusedScalarStep(final int k) {
		final CobaRun r = run;
		final double[] v = r.v, m = r.m, h = r.h, n = r.n, ge = r.ge, gi = r.gi, t = r.table.coefficients;
		final double gNa = r.gNa, gK = r.gK, gL = r.gL, eNa = r.eNa, eK = r.eK, gLeL = r.gLeL, eE = r.eE,
			eI = r.eI, minusDtOverC = r.minusDtOverC, decE = r.decayE, decI = r.decayI;
		final SpikeDetector detector = r.detector;
		final int[] list = stepSpikes[k & 1];
		int count = 0;
		boolean ok = true;
		for (int i = from; i < to; i++) {
			final double vi = v[i], mi = m[i], hi = h[i], ni = n[i], gei = ge[i], gii = gi[i];
			final double n2 = ni * ni;
			final double gNaNow = gNa * mi * mi * mi * hi;
			final double gKNow = gK * n2 * n2;
			final double g = gNaNow + gKNow + gL + gei + gii;
			final double vInf = (gNaNow * eNa + gKNow * eK + gLeL + gei * eE + gii * eI) / g;
			final double vNew = vInf + (vi - vInf) * FastExp.exp(minusDtOverC * g);
			ge[i] = gei * decE;
			gi[i] = gii * decI;
			final double x = (vi - RateTable.V_MIN) * RateTable.INV_STEP;
			final double mN, hN, nN;
			if (x >= 0 && x < RateTable.POINTS) {
				final double j = ((x - 0.5) + FastExp.SHIFT) - FastExp.SHIFT; // as MembranePass
				final double f = x - j;
				final int b = (int) (j * RateTable.STRIDE);
				mN = (t[b] + f * t[b + 1]) * mi + (t[b + 2] + f * t[b + 3]);
				hN = (t[b + 4] + f * t[b + 5]) * hi + (t[b + 6] + f * t[b + 7]);
				nN = (t[b + 8] + f * t[b + 9]) * ni + (t[b + 10] + f * t[b + 11]);
			}
			else {
				final double[] ab = r.exactCoefficients(vi, exact);
				mN = ab[0] * mi + ab[1];
				hN = ab[2] * hi + ab[3];
				nN = ab[4] * ni + ab[5];
			}
			m[i] = mN;
			h[i] = hN;
			n[i] = nN;
			v[i] = vNew;
			ok &= inRange(vNew);
			if (detector.fires(i, k, vNew)) list[count++] = i;
		}
		if (!ok) divergence.check(k);
		stepCount[k & 1] = count;
		if (count > 0) keep(list, count, k);
	}

	private void keep(final int[] list, final int count, final int k) {
		final double time = k * run.dt;
		for (int q = 0; q < count; q++)
			spikes.add(k, list[q], time);
	}

	/**
	 * V within ±{@link org.loligo.engine.sim.Simulation#V_LIMIT} mV (false for NaN): non-short-circuit, so
	 * the loop does not branch on it.
	 */
	private static boolean inRange(final double v) {
		final double lim = org.loligo.engine.sim.Simulation.V_LIMIT;
		return v >= -lim & v <= lim;
	}

	/** The engine's divergence rule over this block's state, to name the neuron once the flag is down. */
	private final class BlockDivergence {

		private final DivergenceCheck check = new DivergenceCheck(org.loligo.engine.model.Models.TRAUB_MILES,
			PopulationState.wrap(run.v, new double[][] { run.m, run.h, run.n }), "exp-euler", run.dt);

		void check(final int k) {
			for (int i = from; i < to; i++)
				check.check(i, run.v[i], k);
		}
	}
}
