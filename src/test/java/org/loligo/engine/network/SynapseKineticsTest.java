package org.loligo.engine.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.input.Stimulus;
import org.loligo.engine.model.Models;
import org.loligo.engine.sim.SimulationSpec;

/**
 * Each synapse against its closed-form response to one presynaptic spike (or a clamped presynaptic V),
 * and delays as exact shifts. Neuron 0 (HH1952) fires once on a pulse; neuron 1 receives from it.
 */
class SynapseKineticsTest {

	static final double DT = 0.01;
	static final List<Stimulus> ONE_SPIKE = List.of(Stimuli.pulses(20, 1, 2), Stimuli.NONE);

	static NetworkResult oneSpike(final SynapseModel syn, final double w, final double delay, final String method) {
		final SimulationSpec pop = Net.population(Models.HH1952, ONE_SPIKE, 30, method, DT).build();
		return NetworkSimulation.run(new NetworkSpec(pop, Connectivity.matrix(Net.oneToTwo(1), w, 2).withDelay(delay),
			syn));
	}

	/** Index of the sample (= step) at which the single spike of neuron 0 arrives at neuron 1. */
	static int arrival(final NetworkResult r, final double delay) {
		final double[] t0 = r.population().spikeTimesOf(0);
		assertEquals(1, t0.length, "neuron 0 should fire exactly once");
		return (int) (Net.detectionStep(t0[0], DT) + Math.round(delay / DT));
	}

	@Test
	void exponentialConductanceJumpsByWAndDecaysAsExpMinusTOverTau() {
		final double w = 0.2, tau = 3;
		for (final String method : List.of("exp-euler", "euler")) {
			final NetworkResult r = oneSpike(new SynapseModel("exponential", 0, tau, 0, 0, 0, 1), w, 0, method);
			final double[] g = r.synapticConductance()[1];
			final int ka = arrival(r, 0);
			for (int k = 0; k < g.length; k++) {
				final double expected = k < ka ? 0 : w * Math.exp(-(k - ka) * DT / tau);
				assertEquals(expected, g[k], 1e-13, method + " sample " + k);
			}
			// The current is g·(E - V) with the postsynaptic V of the same sample.
			final double[] v1 = Net.v(r, 1);
			assertEquals(g[ka + 50] * (0 - v1[ka + 50]), r.synapticCurrent()[1][ka + 50], 1e-12);
		}
	}

	@Test
	void riseDecayFollowsTheNormalisedDifferenceOfExponentials() {
		final double w = 0.2, tr = 0.5, td = 5;
		final SynapseModel syn = new SynapseModel("rise-decay", -80, td, tr, 0, 0, 1);
		final NetworkResult r = oneSpike(syn, w, 0, "exp-euler");
		final double[] g = r.synapticConductance()[1];
		final int ka = arrival(r, 0);
		// Peak time tp = τd·τr/(τd - τr)·ln(τd/τr); the normaliser makes the peak exactly w.
		final double tp = td * tr / (td - tr) * Math.log(td / tr);
		final double norm = 1 / (Math.exp(-tp / td) - Math.exp(-tp / tr));
		double peak = 0;
		for (int k = 0; k < g.length; k++) {
			final double s = (k - ka) * DT;
			final double expected = k < ka ? 0 : w * norm * (Math.exp(-s / td) - Math.exp(-s / tr));
			assertEquals(expected, g[k], 1e-13, "sample " + k);
			peak = Math.max(peak, g[k]);
		}
		// On a 0.01 ms grid the sampled peak is within w·(dt/2)²·|g''|/(2w) ≈ 1e-5·w of w.
		assertEquals(w, peak, 1e-5 * w);
		assertEquals(norm, syn.peakNormaliser(), 1e-12);
		assertTrue(r.synapticCurrent()[1][ka + 100] < 0, "E = -80 mV below V: an inhibitory current");
	}

	@Test
	void sigmoidGateAtAClampedPresynapticVoltageFollowsItsLinearOde() {
		// Two capacitors (no conductances, no input to neuron 0) hold V_pre = 20 mV exactly, so
		// ds/dt = aF(1 - s) - s/τ with F = 1/(1 + exp(-(20 - θ)/σ)) constant: s(t) = s∞(1 - exp(-λt)),
		// λ = aF + 1/τ, s∞ = aF/λ. exp-euler integrates it exactly; euler gives s_k = s∞(1 - (1 - λdt)^k).
		final SynapseModel syn = SynapseModel.sigmoid();
		final double f = 1 / (1 + Math.exp(-(20 - syn.theta()) / syn.sigma()));
		final double lambda = syn.rate() * f + 1 / syn.tau(), sInf = syn.rate() * f / lambda;
		for (final String method : List.of("exp-euler", "euler")) {
			final SimulationSpec pop = Net.population(Net.capacitor(20), List.of(Stimuli.NONE, Stimuli.NONE), 10,
				method, DT).threshold(500).build();
			final NetworkResult r = NetworkSimulation.run(new NetworkSpec(pop, Connectivity.matrix(Net.oneToTwo(1), 1,
				2), syn));
			final double[] s = r.synapticConductance()[1]; // weight 1: g onto neuron 1 is s of neuron 0
			for (int k = 0; k < s.length; k++) {
				final double expected = method.equals("euler") ? sInf * (1 - Math.pow(1 - lambda * DT, k)) : sInf * (1 -
					Math.exp(-lambda * k * DT));
				assertEquals(expected, s[k], 1e-12, method + " sample " + k);
			}
			assertEquals(20, Net.v(r, 0)[s.length - 1], 0, "the presynaptic V stays clamped");
		}
	}

	@Test
	void kickMovesThePostsynapticVoltageByExactlyW() {
		final double w = 3;
		final NetworkResult kicked = oneSpike(Net.synapse("kick"), w, 0, "exp-euler");
		final NetworkResult free = oneSpike(Net.synapse("kick"), 0, 0, "exp-euler");
		final int ka = arrival(kicked, 0);
		final double[] v = Net.v(kicked, 1), v0 = Net.v(free, 1);
		assertArrayEquals(Arrays.copyOf(v0, ka), Arrays.copyOf(v, ka), "identical before the arrival");
		assertEquals(v0[ka] + w, v[ka], 0, "a jump of exactly w at the arrival step");
		assertTrue(v[ka + 10] > v0[ka + 10] + 0.5 * w, "the depolarisation then decays with the membrane");
	}

	@Test
	void delaysShiftTheResponseByExactlyTheDelay() {
		final double delay = 1.5;
		final int d = (int) Math.round(delay / DT);
		for (final String kind : List.of("exponential", "rise-decay", "sigmoid", "kick")) {
			final NetworkResult now = oneSpike(Net.synapse(kind), 0.2, 0, "exp-euler");
			final NetworkResult later = oneSpike(Net.synapse(kind), 0.2, delay, "exp-euler");
			final double[] g0 = kind.equals("kick") ? Net.v(now, 1) : now.synapticConductance()[1];
			final double[] g1 = kind.equals("kick") ? Net.v(later, 1) : later.synapticConductance()[1];
			// The sigmoid gate responds continuously from t = 0 (it reads V_pre(t - delay)): it shifts as a whole.
			final int ka = kind.equals("sigmoid") ? 0 : arrival(now, 0);
			if (!kind.equals("sigmoid")) assertEquals(ka + d, arrival(later, delay));
			// Before the delayed arrival the delayed run is unperturbed; from then on it is the undelayed
			// response shifted by d samples (the postsynaptic state at rest being the same at both times).
			if (!kind.equals("kick")) for (int k = 0; k < ka + d; k++)
				assertEquals(0, g1[k], 0, kind + " sample " + k);
			final double[] shifted = Arrays.copyOfRange(g1, ka + d, g1.length);
			final double[] original = Arrays.copyOfRange(g0, ka, g0.length - d);
			if (kind.equals("kick")) {
				final double[] free = Net.v(oneSpike(Net.synapse(kind), 0, 0, "exp-euler"), 1);
				assertEquals(free[ka + d - 1], g1[ka + d - 1], 0, "no kick before the delayed arrival");
				assertEquals(free[ka + d] + 0.2, g1[ka + d], 0, "the kick, exactly at the delayed arrival");
			}
			else assertArrayEquals(original, shifted, kind);
		}
	}

	@Test
	void aDelayMatrixActsAsTheSingleDelayWhenItHoldsThatValue() {
		final SimulationSpec pop = Net.population(Models.HH1952, ONE_SPIKE, 20, "exp-euler", DT).build();
		final Connectivity c = Connectivity.matrix(Net.oneToTwo(1), 0.2, 2);
		// NB: one delay for all and a delay per connection take different paths through SynapticState.
		for (final String kind : List.of("exponential", "sigmoid", "kick")) {
			final NetworkResult a = NetworkSimulation.run(new NetworkSpec(pop, c.withDelay(2), Net.synapse(kind)));
			final NetworkResult b = NetworkSimulation.run(new NetworkSpec(pop, c.withDelays(new double[][] { { 9, 9 }, {
				2, 9 } }), Net.synapse(kind)));
			assertArrayEquals(a.synapticConductance()[1], b.synapticConductance()[1], kind);
			assertArrayEquals(Net.v(a, 1), Net.v(b, 1), kind);
			final double[] v = Net.v(a, 1);
			assertTrue(Arrays.stream(v).map(x -> Math.abs(x - v[0])).max().getAsDouble() > 0.1, kind + ": the input " +
				"moves V of neuron 1");
		}
	}

	@Test
	void perStepFactorsAreTheExactDecayAndTheStepMeanOfTheConductance() {
		final double tau = 3, dt = 0.1;
		final SynapseModel syn = SynapseModel.exponential(-80, tau);
		// After 30 steps the product of the factors is the exact decay over 3 ms (= τ): e^-1.
		double g = 1;
		for (int k = 0; k < 30; k++)
			g *= syn.decayFactor(dt);
		assertEquals(Math.exp(-1), g, 1e-14);
		// The step mean against Simpson's rule on 1000 panels of e^{-s/τ} over [0, dt].
		final int n = 1000;
		double sum = 0;
		for (int j = 0; j <= n; j++)
			sum += (j == 0 || j == n ? 1 : j % 2 == 1 ? 4 : 2) * Math.exp(-(dt * j / n) / tau);
		assertEquals(sum * (dt / n) / 3 / dt, syn.stepMean(dt), 1e-14);
		// Rise-decay: the rise component decays with τrise (0.5 ms: e^-1 after 5 steps), the decay one with τ.
		final SynapseModel rd = new SynapseModel("rise-decay", 0, 5, 0.5, 0, 0, 1);
		double rise = 1, decay = 1;
		for (int k = 0; k < 5; k++) {
			rise *= rd.riseFactor(dt);
			decay *= rd.decayFactor(dt);
		}
		assertEquals(Math.exp(-1), rise, 1e-14);
		assertEquals(Math.exp(-0.1), decay, 1e-14);
	}
}
