package org.loligo.engine.noise.channel;

import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.RandomStreams;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.Stepper;

/** Test helpers: channel-noise steppers driven directly (no Simulation), clamped or free. */
final class Patches {

	static final NeuronModel HH = Models.HH1952;

	private Patches() {}

	static ChannelStepper stepper(final ChannelNoiseScheme.Method method, final double area, final int neurons,
		final long seed, final double dt)
	{
		return (ChannelStepper) new ChannelNoiseScheme(method, ChannelPatch.ofArea(area)).prepare(HH, dt, true,
			RandomStreams.streams(seed, neurons));
	}

	/** Neurons at V (mV) with gates at their steady state there. */
	static PopulationState at(final double v, final int neurons) {
		final PopulationState s = new PopulationState(neurons);
		for (int i = 0; i < neurons; i++)
			s.set(i, v, HH.hh().mInf(v), HH.hh().hInf(v), HH.hh().nInf(v));
		return s;
	}

	/** Steps a voltage clamp at V for the given number of steps (V reset before every step). */
	static void clamp(final ChannelStepper st, final PopulationState s, final double v, final int steps) {
		final double[] zero = new double[s.size()];
		for (int k = 0; k < steps; k++) {
			java.util.Arrays.fill(s.v, v);
			st.step(s, 0, s.size(), zero, zero, zero);
		}
		java.util.Arrays.fill(s.v, v);
	}

	/** Open Na fraction of neuron i (fox-lu: m³h). */
	static double openNa(final ChannelStepper st, final PopulationState s, final int i) {
		if (st instanceof MarkovStepper mk) return mk.naCount(i, 3, 1) / (double) st.nNa;
		if (st instanceof DiffusionStepper d) return d.naFraction(i, 3, 1);
		return s.m[i] * s.m[i] * s.m[i] * s.h[i];
	}

	/** Open K fraction of neuron i (fox-lu: n⁴). */
	static double openK(final ChannelStepper st, final PopulationState s, final int i) {
		if (st instanceof MarkovStepper mk) return mk.kCount(i, 4) / (double) st.nK;
		if (st instanceof DiffusionStepper d) return d.kFraction(i, 4);
		return Math.pow(s.n[i], 4);
	}

	/**
	 * Free run from rest under a constant current I (µA/cm²) for the given time (ms); returns each neuron's
	 * spike times (upward crossings of 0 mV, interpolated), and checks the bounds at every step.
	 */
	static double[][] spikes(final ChannelNoiseScheme.Method method, final double area, final int neurons,
		final double current, final double duration, final double dt, final long seed)
	{
		final ChannelStepper st = stepper(method, area, neurons, seed, dt);
		final PopulationState s = PopulationState.atRest(HH, neurons);
		st.init(s, 0, neurons);
		return run(st, s, current, duration, dt);
	}

	/** Runs an initialised stepper from state s under a constant current; each neuron's spike times. */
	static double[][] run(final Stepper st, final PopulationState s, final double current, final double duration,
		final double dt)
	{
		final int neurons = s.size();
		final double[] cur = new double[neurons];
		java.util.Arrays.fill(cur, current);
		final double[] vOld = new double[neurons];
		final double[][] times = new double[neurons][64];
		final int[] count = new int[neurons];
		final long steps = Math.round(duration / dt);
		for (long k = 0; k < steps; k++) {
			System.arraycopy(s.v, 0, vOld, 0, neurons);
			st.step(s, 0, neurons, cur, cur, cur);
			for (int i = 0; i < neurons; i++)
				if (vOld[i] < 0 && s.v[i] >= 0) {
					if (count[i] == times[i].length) times[i] = java.util.Arrays.copyOf(times[i], 2 * count[i]);
					times[i][count[i]++] = (k + (0 - vOld[i]) / (s.v[i] - vOld[i])) * dt;
				}
		}
		final double[][] out = new double[neurons][];
		for (int i = 0; i < neurons; i++)
			out[i] = java.util.Arrays.copyOf(times[i], count[i]);
		return out;
	}
}
