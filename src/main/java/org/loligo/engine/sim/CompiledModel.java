package org.loligo.engine.sim;

import java.util.List;

import org.loligo.engine.model.Channel;
import org.loligo.engine.model.Gate;
import org.loligo.engine.model.NeuronModel;

/**
 * A {@link NeuronModel} flattened into arrays for the generic kernels: per channel its maximal
 * conductance and reversal, and per gate of a channel where its value comes from (a state gate's index,
 * or an instantaneous gate's) and its power.
 * <p>
 * The conductance sums follow the operation order of the HH kernels ({@code G = 0 + g_Na + g_K + g_L},
 * {@code Σ g·E} likewise, powers as {@link Gate#multiplyPower}), so a generic kernel on an HH-shaped
 * model gives the specialised kernels' doubles ({@code GenericKernelTest}).
 */
final class CompiledModel {

	final NeuronModel model;
	final int states, instants, channels;
	final double cm;
	final double[] gmax, reversal;
	/** Gates of channel c: {@code ref[c][q]} = state index k, or -1 - (instantaneous index); {@code pow[c][q]}. */
	final int[][] ref, pow;
	final Gate[] stateGates, instantGates;

	CompiledModel(final NeuronModel model) {
		this.model = model;
		final List<Gate> st = model.stateGates(), in = model.instantGates();
		stateGates = st.toArray(Gate[]::new);
		instantGates = in.toArray(Gate[]::new);
		states = st.size();
		instants = in.size();
		cm = model.cm();
		final List<Channel> cs = model.channels();
		channels = cs.size();
		gmax = new double[channels];
		reversal = new double[channels];
		ref = new int[channels][];
		pow = new int[channels][];
		for (int c = 0; c < channels; c++) {
			final Channel ch = cs.get(c);
			gmax[c] = ch.gmax();
			reversal[c] = ch.reversal();
			ref[c] = new int[ch.gates().size()];
			pow[c] = new int[ch.gates().size()];
			for (int q = 0; q < ref[c].length; q++) {
				final Gate g = ch.gates().get(q);
				ref[c][q] = g.hasState() ? st.indexOf(g) : -1 - in.indexOf(g);
				pow[c][q] = g.power();
			}
		}
	}

	/** Channel c's conductance (mS/cm²) with state gates {@code x} and instantaneous gates {@code inst}. */
	double conductance(final int c, final double[] x, final double[] inst) {
		double g = gmax[c];
		final int[] r = ref[c], p = pow[c];
		for (int q = 0; q < r.length; q++)
			g = Gate.multiplyPower(g, r[q] >= 0 ? x[r[q]] : inst[-1 - r[q]], p[q]);
		return g;
	}

	/** Total ionic current (µA/cm², outward positive) at V. */
	double ionic(final double v, final double[] x, final double[] inst) {
		double sum = 0;
		for (int c = 0; c < channels; c++)
			sum += conductance(c, x, inst) * (v - reversal[c]);
		return sum;
	}

	/** Instantaneous gates' values at V into inst. */
	void instants(final double v, final double[] inst) {
		for (int q = 0; q < instants; q++)
			inst[q] = instantGates[q].inf(v);
	}

	/**
	 * The vector field at (V, x) under injected current i (µA/cm²) into {@code out[0]} (dV/dt, mV/ms) and
	 * {@code out[1 + k]} (dx_k/dt); {@code inst} is scratch.
	 */
	void derivative(final double v, final double[] x, final double i, final double[] inst, final double[] out) {
		instants(v, inst);
		out[0] = (i - ionic(v, x, inst)) / cm;
		for (int k = 0; k < states; k++)
			out[1 + k] = stateGates[k].derivative(v, x[k]);
	}
}
