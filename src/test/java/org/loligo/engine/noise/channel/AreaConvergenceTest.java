package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;
import org.loligo.engine.sim.Simulation;
import org.loligo.engine.sim.SimulationSpec;

/**
 * Convergence to the deterministic model as the area grows. At I = 10 µA/cm² for 50 ms, HH1952 fires 4
 * spikes (exp-euler, dt = 0.01 ms). The error of a stochastic neuron is the largest |Δt| between its
 * spike times and the deterministic ones (50 ms if the counts differ), averaged over neurons. Channel
 * noise scales as 1/√N, so a 100-fold area should shrink it about 10-fold; asserted: at least 4-fold
 * per 100-fold area, under 1 ms at 10⁴ µm² and under 0.1 ms at 10⁶ µm² (markov only up to 10⁴ µm²:
 * 600,000 Na channels per neuron already cost ~20 times a fox-lu step).
 */
class AreaConvergenceTest {

	static final double DURATION = 50, DT = 0.01, I = 10;

	@ParameterizedTest
	@EnumSource(Method.class)
	void spikeTimesApproachTheDeterministicOnes(final Method method) {
		final double[] det = Simulation.run(SimulationSpec.builder(Patches.HH).stimulus(Stimuli.constant(I))
			.duration(DURATION).dt(DT).seed(1).build()).spikeTimes();
		assertTrue(det.length == 4, "deterministic spikes " + det.length);
		final double e2 = error(method, 1e2, det), e4 = error(method, 1e4, det);
		assertTrue(e4 < 1, method + ": error at 1e4 µm² " + e4 + " ms");
		assertTrue(e4 < e2 / 4, method + ": errors " + e2 + " → " + e4 + " ms");
		if (method == Method.MARKOV) return;
		final double e6 = error(method, 1e6, det);
		assertTrue(e6 < 0.1, method + ": error at 1e6 µm² " + e6 + " ms");
		assertTrue(e6 < e4 / 4, method + ": errors " + e4 + " → " + e6 + " ms");
	}

	private static double error(final Method method, final double area, final double[] det) {
		final int neurons = method == Method.MARKOV && area > 1e3 ? 3 : 6;
		final double[][] sp = Patches.spikes(method, area, neurons, I, DURATION, DT, 7);
		double sum = 0;
		for (final double[] t : sp) {
			double e = t.length == det.length ? 0 : DURATION;
			if (e == 0) for (int k = 0; k < det.length; k++)
				e = Math.max(e, Math.abs(t[k] - det[k]));
			sum += e;
		}
		return sum / neurons;
	}
}
