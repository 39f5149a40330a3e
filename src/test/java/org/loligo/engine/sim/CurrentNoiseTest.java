package org.loligo.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.record.Band;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;

/**
 * Additive current noise in the simulation, on a passive membrane (no Na, no K), where V is an
 * Ornstein–Uhlenbeck process whose stationary variance is known exactly for the discretised scheme
 * (white noise) or to O(dt) (OU current); plus the ensemble band and thread-count independence.
 */
class CurrentNoiseTest {

	/** C = 1 µF/cm², gL = 0.3 mS/cm² (τm = 3.33 ms), EL = -65 mV; no active channels. */
	static final NeuronModel PASSIVE = org.loligo.engine.model.HHModel.build("passive", 1, 0, 0, 0.3, 50, -77, -65, -65, Models.HH1952);

	static final int N = 4000;
	static final double DT = 0.01, BURN_IN = 20, DURATION = 60;

	/** Band of V over N passive neurons; returns {mean of the band mean, mean of the band variance} after burn-in. */
	static double[] stationaryMoments(final String scheme, final CurrentNoise noise, final double current,
		final int threads)
	{
		final SimulationSpec spec = SimulationSpec.builder(PASSIVE).neurons(N).stimulus(Stimuli.constant(current))
			.duration(DURATION).dt(DT).scheme(scheme).noise(noise).seed(42).threads(threads).record(new RecordSpec(
				1.0, new int[0], List.of(), true)).build();
		final Band b = Simulation.run(spec).band();
		double mean = 0, var = 0;
		int c = 0;
		for (int k = 0; k < b.samples(); k++)
			if (b.time()[k] >= BURN_IN) {
				mean += b.mean()[k];
				var += b.sd()[k] * b.sd()[k];
				c++;
			}
		return new double[] { mean / c, var / c };
	}

	@Test
	void whiteNoiseEulerMaruyamaHasTheExactDiscreteStationaryVariance() {
		// V' = V + a·(V∞ - V) + s·ξ, a = dt·gL/C, s = (σ/C)·sqrt(dt): an AR(1) with variance s²/(1 - (1 - a)²).
		final double sigma = 1.5, a = DT * 0.3, s = sigma * Math.sqrt(DT);
		final double expected = s * s / (1 - (1 - a) * (1 - a)); // ≈ σ²/(2 gL C) = 3.75 mV²
		final double[] mv = stationaryMoments("euler", CurrentNoise.white(sigma), 1.5, 1);
		// Relative SE of one sample variance over 4000 neurons is 2.2 %; 40 samples, correlated over ~τm.
		assertEquals(expected, mv[1], 0.04 * expected, "variance of V, mV²");
		assertEquals(-60, mv[0], 0.05, "mean of V = EL + I/gL, mV");
	}

	@Test
	void whiteNoiseWithExponentialEulerDrift() {
		// V' = V∞ + (V - V∞)·e^(-a) + s·ξ: variance s²/(1 - e^(-2a)).
		final double sigma = 1.5, a = DT * 0.3, s = sigma * Math.sqrt(DT);
		final double expected = s * s / (1 - Math.exp(-2 * a));
		final double[] mv = stationaryMoments("exp-euler", CurrentNoise.white(sigma), 0, 1);
		assertEquals(expected, mv[1], 0.04 * expected, "variance of V, mV²");
		assertEquals(-65, mv[0], 0.05, "mean of V, mV");
	}

	@Test
	void ouCurrentGivesTheFilteredOuVariance() {
		// V = (1/C)∫ e^(-s/τm) I(t - s) ds with I an OU of SD σ and correlation time τ:
		// Var V = (σ·τm/C)²·τ/(τ + τm). Two τ, so a wrong τ-dependence of the update cannot pass.
		final double sigma = 2, tauM = 1 / 0.3;
		for (final double tau : new double[] { 5, 1 }) {
			final double expected = Math.pow(sigma * tauM, 2) * tau / (tau + tauM);
			final double[] mv = stationaryMoments("exp-euler", CurrentNoise.ou(sigma, tau), 0, 1);
			assertEquals(expected, mv[1], 0.05 * expected, "variance of V for τ = " + tau + " ms, mV²");
			assertEquals(-65, mv[0], 0.15, "mean of V, mV");
		}
	}

	@Test
	void bandEqualsMeanAndSdOfTheRecordedTraces() {
		final int n = 150;
		final int[] ids = new int[n];
		for (int i = 0; i < n; i++)
			ids[i] = i;
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).neurons(n).stimulus(Stimuli.constant(6))
			.duration(30).noise(CurrentNoise.white(2)).seed(3).threads(2).record(new RecordSpec(0.5, ids, List.of(
				TraceVariable.V), true)).build();
		final SimulationResult r = Simulation.run(spec);
		final Band b = r.band();
		assertEquals(r.traces().samples(), b.samples());
		for (int k = 0; k < b.samples(); k++) {
			double s = 0, q = 0;
			for (int i = 0; i < n; i++)
				s += r.traces().series(TraceVariable.V, i)[k];
			final double mean = s / n;
			for (int i = 0; i < n; i++)
				q += Math.pow(r.traces().series(TraceVariable.V, i)[k] - mean, 2);
			assertEquals(mean, b.mean()[k], 1e-9, "band mean at sample " + k);
			assertEquals(Math.sqrt(q / n), b.sd()[k], 1e-7, "band SD (ddof 0) at sample " + k);
		}
		assertTrue(b.sd()[b.samples() - 1] > 1, "noise spreads the trials");
	}

	@Test
	void sameSeedSameResultOnOneAndTwoThreadsForEveryNoiseKind() {
		for (final CurrentNoise noise : List.of(CurrentNoise.white(3), CurrentNoise.ou(4, 2))) {
			final SimulationResult a = run(noise, 1, 11), b = run(noise, 2, 11), c = run(noise, 2, 12);
			assertArrayEquals(a.spikeTimes(), b.spikeTimes(), noise + ": spike times, 1 vs 2 threads");
			assertArrayEquals(a.spikeNeurons(), b.spikeNeurons());
			assertArrayEquals(a.band().mean(), b.band().mean(), noise + ": band, 1 vs 2 threads");
			assertArrayEquals(a.band().sd(), b.band().sd());
			assertTrue(a.spikeCount() > 20, "the noise makes neurons fire: " + a.spikeCount());
			assertFalse(Arrays.equals(a.spikeTimes(), c.spikeTimes()), noise + ": another seed differs");
		}
	}

	/**
	 * White noise drawn ahead in batches (NoiseDrive.AHEAD per neuron) is the sequence of one draw per
	 * step: the same spikes and band, bit for bit, over a run that is not a whole number of batches.
	 */
	@Test
	void whiteNoiseDrawnAheadIsTheSequenceOfOneDrawPerStep() {
		final SimulationResult ahead = run(CurrentNoise.white(3), 2, 5);
		org.loligo.engine.input.NoiseDrive.drawAhead = false;
		try {
			final SimulationResult perStep = run(CurrentNoise.white(3), 2, 5);
			assertTrue(ahead.spikeCount() > 20, "the noise makes neurons fire: " + ahead.spikeCount());
			assertArrayEquals(perStep.spikeTimes(), ahead.spikeTimes());
			assertArrayEquals(perStep.spikeNeurons(), ahead.spikeNeurons());
			assertArrayEquals(perStep.band().mean(), ahead.band().mean());
			assertArrayEquals(perStep.band().sd(), ahead.band().sd());
		}
		finally {
			org.loligo.engine.input.NoiseDrive.drawAhead = true;
		}
	}

	private static SimulationResult run(final CurrentNoise noise, final int threads, final long seed) {
		return Simulation.run(SimulationSpec.builder(Models.HH1952).neurons(130).stimulus(Stimuli.constant(5))
			.duration(50).noise(noise).seed(seed).threads(threads).record(RecordSpec.spikesOnly().withBand(true))
			.build());
	}

	@Test
	void hysteresisCountsOneSpikeUntilVFallsBelowTheReArmingLevel() {
		// Passive membrane oscillating about -60 mV by about ±3 mV (50 Hz sine): with the threshold at
		// -60 mV each cycle crosses once; re-arming at -70 mV never happens after the first crossing.
		final double amplitude = 1.3; // |Z| = 1/sqrt(gL² + (ωC)²) ≈ 2.3 mV per µA/cm² at 50 Hz
		final int wide = crossings(10, amplitude), narrow = crossings(2, amplitude), none = crossings(0, amplitude);
		assertEquals(1, wide, "hysteresis 10 mV: one spike");
		assertTrue(narrow >= 9 && narrow <= 10, "hysteresis 2 mV: one per cycle, got " + narrow);
		assertEquals(narrow, none, "no hysteresis: plain upward crossings");
		assertThrows(IllegalArgumentException.class, () -> SimulationSpec.builder(PASSIVE).hysteresis(-1).build());
	}

	private static int crossings(final double hysteresis, final double amplitude) {
		return Simulation.run(SimulationSpec.builder(PASSIVE).stimulus(Stimuli.sum(Stimuli.constant(1.5), Stimuli
			.sine(amplitude, 50, 0, 200))).duration(200).threshold(-60).hysteresis(hysteresis).build()).spikeCount();
	}

	@Test
	void noiseParametersAreValidated() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CurrentNoise.ou(1, 0));
		assertTrue(e.getMessage().contains("noiseTau"), e.getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> CurrentNoise.white(-1)).getMessage().contains(
			"noiseSigma"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> CurrentNoise.of("pink", 1, 1)).getMessage()
			.contains("noise"));
	}
}
