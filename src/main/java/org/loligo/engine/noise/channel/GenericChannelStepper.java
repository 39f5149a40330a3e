package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.loligo.engine.model.Gate;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.Stepper;

/**
 * What the three generic channel-noise steppers share (any model, chains from {@link ChannelChains}):
 * the voltage update, the channels' open fractions and the per-neuron random streams. The HH-shaped
 * models keep their specialised steppers ({@link ChannelStepper}); these serve every other model.
 * <p>
 * Schedule of one step for neuron i, as {@link ChannelStepper}'s: the channels advance from t to t + dt
 * at frozen V(t); then V advances by the exact solution at the new open fractions f_c (frozen over the
 * step), passive channels with f_c = 1:
 * <pre>
 *   G = Σ_c g_c·f_c,   V∞ = (Σ_c g_c·f_c·E_c + I)/G,   V' = V∞ + (V - V∞)·e^{-G·dt/C}
 * </pre>
 * and {@code V' = V + dt·I/C} if G = 0. Instantaneous gates multiply f_c by x∞^p: first at V(t), then
 * again at the midpoint {@code (V(t) + V')/2} of that first step's V, which is the step taken. NB: this
 * is the deterministic exp-euler's rule ({@code GenericSteppers.ExpEuler}: with x∞(V(t)) alone the step
 * is first order in dt, Wang–Buzsáki's m∞ spike times drifting by a millisecond over 200 ms), so that
 * the large-area limit is exp-euler itself; models without instantaneous gates take the first step.
 * Units: mV, ms, mS/cm², µA/cm², µF/cm². The sums run over the channels in the model's order, so on an
 * HH-shaped model this is {@link ChannelStepper#voltage}'s arithmetic.
 * <p>
 * Thread safety: per-neuron arrays are indexed by neuron, threads work on disjoint ranges, neuron i
 * draws only from {@code streams[i]}, and scratch arrays are allocated per call, never per neuron.
 */
abstract class GenericChannelStepper implements Stepper {

	final ChannelChains chains;
	final ChainTable table;
	final double dt;
	final UniformRandomProvider[] rng;
	private final double minusDtOverC, dtOverC;

	/**
	 * @param h        the step of the table's probabilities (dt or dt/2), ms
	 * @param matrices whether the table holds the subunit transition matrices
	 */
	GenericChannelStepper(final ChannelChains chains, final org.loligo.engine.model.NeuronModel model,
		final double dt, final double h, final boolean matrices, final boolean rateTables,
		final UniformRandomProvider[] streams)
	{
		this.chains = chains;
		this.table = new ChainTable(model, h, matrices, rateTables);
		this.dt = dt;
		this.rng = streams;
		this.minusDtOverC = -dt / model.cm();
		this.dtOverC = dt / model.cm();
	}

	/** A standard normal sampler per neuron, on its own stream. */
	static NormalizedGaussianSampler[] gaussians(final UniformRandomProvider[] streams) {
		final NormalizedGaussianSampler[] g = new NormalizedGaussianSampler[streams.length];
		for (int i = 0; i < streams.length; i++)
			g[i] = ZigguratSampler.NormalizedGaussian.of(streams[i]);
		return g;
	}

	/**
	 * V (mV) after one step from v under current iExt (µA/cm²): channel c's open fraction is
	 * {@link #open}{@code (c, chainOpen[c], x, coef)}, instantaneous gates first at v, then at the midpoint
	 * (see the class javadoc); coef's instantaneous entries are left at the midpoint, open holds the
	 * fractions used.
	 */
	final double advance(final double v, final double[] chainOpen, final double[] x, final double[] coef,
		final double[] open, final double iExt)
	{
		for (int c = 0; c < open.length; c++)
			open[c] = open(c, chainOpen[c], x, coef);
		final double first = voltage(v, open, iExt);
		if (!table.hasInstants()) return first;
		table.instantsAt(0.5 * (v + first), coef);
		for (int c = 0; c < open.length; c++)
			open[c] = open(c, chainOpen[c], x, coef);
		return voltage(v, open, iExt);
	}

	/** V (mV) after one step from v at the channels' open fractions {@code open} and current iExt (µA/cm²). */
	final double voltage(final double v, final double[] open, final double iExt) {
		final double[] gmax = chains.gmax, e = chains.reversal;
		double g = 0, num = 0;
		for (int c = 0; c < gmax.length; c++) {
			final double gc = gmax[c] * open[c];
			g += gc;
			num += gc * e[c];
		}
		num += iExt;
		if (!(g > 0)) return v + dtOverC * num;
		final double vInf = num / g;
		return vInf + (v - vInf) * Math.exp(minusDtOverC * g);
	}

	/**
	 * Channel c's open fraction: {@code chainOpen} (the open fraction of its chain) times x∞^p of its
	 * instantaneous gates, or, for a channel without a chain (or with {@code chainOpen} NaN: fox-lu),
	 * the product of all its gates' x^p with state gates from {@code x}. Gate order and powers as
	 * {@link Gate#multiplyPower}, so m³h is {@code ((m·m)·m)·h}; 1 for a passive channel.
	 */
	final double open(final int c, final double chainOpen, final double[] x, final double[] coef) {
		final boolean states = Double.isNaN(chainOpen) || chains.chainOf[c] < 0;
		double f = states ? 1 : chainOpen;
		final int[] ref = chains.ref[c], pow = chains.pow[c];
		for (int g = 0; g < ref.length; g++)
			if (ref[g] < 0) f = Gate.multiplyPower(f, coef[table.instant(-1 - ref[g])], pow[g]);
			else if (states) f = Gate.multiplyPower(f, x[ref[g]], pow[g]);
		return f;
	}

	/**
	 * State gate k of a channel without a chain (gmax = 0) over one table step, deterministically:
	 * {@code x' = pStay·x + pOpen·(1 - x)}, the exact solution at frozen V.
	 */
	final double relax(final int k, final double x, final double[] coef) {
		final int o = ChainTable.GATE * k;
		return coef[o + ChainTable.P_STAY] * x + coef[o + ChainTable.P_OPEN] * (1 - x);
	}
}
