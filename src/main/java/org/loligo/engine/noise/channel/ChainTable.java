package org.loligo.engine.noise.channel;

import java.util.List;

import org.loligo.engine.model.Gate;
import org.loligo.engine.model.NeuronModel;

/**
 * The per-step coefficients of every gate of any {@link NeuronModel} over one step h (ms) at frozen V:
 * the generic counterpart of {@link SubunitTable}, computed exactly at every call or interpolated in a
 * table on the same grid (1/16 mV on [-160, 160) mV, linear in V; outside it, exact).
 * <p>
 * Layout of a coefficient vector, for state gate k (the model's state order) at {@code GATE·k}:
 * {@code pOpen, pStay, α + β, α, β} (see {@link Subunits}: a closed subunit is open after h with
 * probability pOpen, an open one with pStay; rates in 1/ms); then x∞ of each instantaneous gate q at
 * {@link #instant(int)}; then, with matrices, the (p+1)×(p+1) transition matrix over h of a channel's
 * p subunits of gate k, row-major, at {@link #matrix(int)} ({@link Subunits#rows}).
 * <p>
 * Rates: α, β of RATES gates as given; for TAU_INF gates {@code α = x∞/τ, β = (1 - x∞)/τ} with x∞
 * clipped to [0, 1]. NB: a chain needs rates ≥ 0, but a fitted x∞ can leave [0, 1]: Dayan &amp;
 * Abbott's a∞ of Connor–Stevens exceeds 1 (by at most 1.3 %) between +40 and +98 mV, which its spike
 * peaks (+46 to +49 mV) touch for a fraction of a millisecond; there the chain's x∞ is 1 (a itself stays
 * below 0.91 in the deterministic model, since τ_a ≥ 0.36 ms). Instantaneous gates' x∞ is used as
 * given, as the deterministic schemes do.
 * <p>
 * Interpolating between two grid points is a convex combination, so probabilities stay in [0, 1], rates
 * stay ≥ 0 and the matrices' rows stay probability vectors.
 */
final class ChainTable {

	/** Doubles per state gate: pOpen, pStay, α + β, α, β. */
	static final int GATE = 5, P_OPEN = 0, P_STAY = 1, ALPHA = 3, BETA = 4;
	/** Scratch doubles {@link #at} needs: those of {@link Subunits#rows} for 8 subunits. */
	static final int SCRATCH = 18;

	private final Gate[] states, instants;
	private final double h;
	private final int[] matrixAt;
	private final boolean matrices;
	/** Coefficients per vector: all with matrices, else gates and instantaneous gates only. */
	final int size;
	private final double[] table;

	/**
	 * @param h        the step the probabilities are for, ms
	 * @param matrices whether to include the subunit transition matrices
	 * @param tabulate whether to build the table (else every call is exact)
	 */
	ChainTable(final NeuronModel model, final double h, final boolean matrices, final boolean tabulate) {
		final List<Gate> st = model.stateGates(), in = model.instantGates();
		this.states = st.toArray(Gate[]::new);
		this.instants = in.toArray(Gate[]::new);
		this.h = h;
		this.matrices = matrices;
		matrixAt = new int[states.length];
		int at = GATE * states.length + instants.length;
		for (int k = 0; k < states.length; k++) {
			matrixAt[k] = at;
			if (matrices) at += (states[k].power() + 1) * (states[k].power() + 1);
		}
		size = at;
		table = tabulate ? tabulate() : null;
	}

	/** Where x∞ of instantaneous gate q is. */
	int instant(final int q) {
		return GATE * states.length + q;
	}

	/** Where the subunit transition matrix of state gate k starts. */
	int matrix(final int k) {
		return matrixAt[k];
	}

	/** The coefficients at V (mV) into out[0, size); scratch needs {@link #SCRATCH} doubles. */
	void at(final double v, final double[] out, final double[] scratch) {
		final double x = (v - SubunitTable.V_MIN) * SubunitTable.INV_STEP;
		if (table == null || !(x >= 0 && x < SubunitTable.POINTS)) {
			exact(v, out, scratch);
			return;
		}
		final int j = (int) x;
		final double f = x - j;
		final int n = size, b = 2 * n * j;
		final double[] t = table;
		for (int c = 0; c < n; c++)
			out[c] = t[b + c] + f * t[b + n + c];
	}

	/** Overwrites the instantaneous gates' x∞ in a coefficient vector with their values at V (mV). */
	void instantsAt(final double v, final double[] out) {
		final double x = (v - SubunitTable.V_MIN) * SubunitTable.INV_STEP;
		final boolean inside = table != null && x >= 0 && x < SubunitTable.POINTS;
		final int j = inside ? (int) x : 0, n = size, b = 2 * n * j;
		final double f = x - j;
		for (int q = 0; q < instants.length; q++) {
			final int c = instant(q);
			out[c] = inside ? table[b + c] + f * table[b + n + c] : instants[q].inf(v);
		}
	}

	/** Whether the model has instantaneous gates. */
	boolean hasInstants() {
		return instants.length > 0;
	}

	/** Exact coefficients at V (mV) into out[0, size); scratch needs {@link #SCRATCH} doubles. */
	void exact(final double v, final double[] out, final double[] scratch) {
		for (int k = 0; k < states.length; k++) {
			final Gate g = states[k];
			final double a, b;
			if (g.kind() == Gate.Kind.TAU_INF) {
				final double inf = Math.min(1, Math.max(0, g.inf(v))), tau = g.tau(v);
				a = inf / tau;
				b = (1 - inf) / tau;
			}
			else {
				a = g.alpha(v);
				b = g.beta(v);
			}
			final int o = GATE * k;
			Subunits.pair(a, b, h, out, o);
			out[o + ALPHA] = a;
			out[o + BETA] = b;
		}
		for (int q = 0; q < instants.length; q++)
			out[instant(q)] = instants[q].inf(v);
		if (matrices) for (int k = 0; k < states.length; k++) {
			final int o = GATE * k;
			Subunits.rows(states[k].power(), out[o + P_STAY], out[o + P_OPEN], out, matrixAt[k], scratch);
		}
	}

	/** Record j: the values at V_j, then their increments to V_{j+1}. */
	private double[] tabulate() {
		final int n = size;
		final double[] t = new double[SubunitTable.POINTS * 2 * n];
		final double[] left = new double[n], right = new double[n], scratch = new double[SCRATCH];
		exact(SubunitTable.V_MIN, right, scratch);
		for (int j = 0; j < SubunitTable.POINTS; j++) {
			System.arraycopy(right, 0, left, 0, n);
			exact(SubunitTable.V_MIN + (j + 1) / SubunitTable.INV_STEP, right, scratch);
			for (int c = 0; c < n; c++) {
				t[2 * n * j + c] = left[c];
				t[2 * n * j + n + c] = right[c] - left[c];
			}
		}
		return t;
	}
}
