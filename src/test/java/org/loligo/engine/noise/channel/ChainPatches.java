package org.loligo.engine.noise.channel;

import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.sim.PopulationState;

/** Test helpers for the generic channel-noise steppers, driven directly (no Simulation), on any model. */
final class ChainPatches {

	private ChainPatches() {}

	/** The generic stepper of a method on a patch of this area (default densities), rate tables on. */
	static GenericChannelStepper stepper(final Method method, final NeuronModel model, final double area,
		final int neurons, final long seed, final double dt)
	{
		return (GenericChannelStepper) ChannelNoiseScheme.generic(method, model, dt, ChannelPatch.ofArea(area),
			RandomStreams.streams(seed, neurons), true);
	}

	/** Neurons at V (mV) with state gates at their steady state there. */
	static PopulationState at(final NeuronModel model, final double v, final int neurons) {
		final double[] x = model.steadyGates(v);
		final PopulationState s = new PopulationState(neurons, x.length);
		for (int i = 0; i < neurons; i++) {
			s.v[i] = v;
			for (int k = 0; k < x.length; k++)
				s.gates[k][i] = x[k];
		}
		return s;
	}

	/** Steps a voltage clamp at V for the given number of steps (V reset before every step). */
	static void clamp(final GenericChannelStepper st, final PopulationState s, final double v, final int steps) {
		final double[] zero = new double[s.size()];
		for (int k = 0; k < steps; k++) {
			java.util.Arrays.fill(s.v, v);
			st.step(s, 0, s.size(), zero, zero, zero);
		}
		java.util.Arrays.fill(s.v, v);
	}

	/**
	 * Open fraction of chain q of neuron i: the all-open state's count over N (markov), its fraction
	 * (diffusion), or the product of the chain's gates x^p (fox-lu); instantaneous gates not included.
	 */
	static double open(final GenericChannelStepper st, final PopulationState s, final int i, final int q) {
		final ChannelChains c = st.chains;
		if (st instanceof GenericMarkov mk) return mk.count(i, q, c.size[q] - 1) / (double) c.count[q];
		if (st instanceof GenericDiffusion d) return d.fraction(i, q, c.size[q] - 1);
		double f = 1;
		for (int j = 0; j < c.gate[q].length; j++)
			f *= Math.pow(s.gates[c.gate[q][j]][i], c.power[q][j]);
		return f;
	}

	/** The stationary open probability of chain q at V: Π x∞^p over its state gates. */
	static double openProbability(final NeuronModel model, final ChannelChains c, final int q, final double v) {
		double p = 1;
		for (int j = 0; j < c.gate[q].length; j++)
			p *= Math.pow(model.stateGates().get(c.gate[q][j]).inf(v), c.power[q][j]);
		return p;
	}

	/**
	 * Free run from rest (the model's vInit) under a constant current I (µA/cm²); returns each neuron's
	 * spike times (upward crossings of 0 mV, interpolated, as {@link Patches#spikes}).
	 */
	static double[][] spikes(final Method method, final NeuronModel model, final double area, final int neurons,
		final double current, final double duration, final double dt, final long seed)
	{
		final GenericChannelStepper st = stepper(method, model, area, neurons, seed, dt);
		final PopulationState s = PopulationState.atRest(model, neurons);
		st.init(s, 0, neurons);
		return Patches.run(st, s, current, duration, dt);
	}
}
