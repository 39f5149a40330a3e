package org.loligo.engine.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.loligo.engine.input.Stimuli;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Models;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.record.TraceVariable;

/** Threads, seeds, noise statistics, per-neuron stimuli, spike detection and cancellation. */
class PopulationRunTest {

	static SimulationSpec.Builder noisy(final long seed, final int threads) {
		return SimulationSpec.builder(Models.HH1952).neurons(40).stimulus(Stimuli.constant(5)).duration(200).dt(
			0.01).noise(new CurrentNoise(3)).seed(seed).threads(threads);
	}

	@Test
	void sameSeedGivesIdenticalSpikesWhateverTheThreadCount() {
		final SimulationResult one = Simulation.run(noisy(42, 1).build());
		final SimulationResult two = Simulation.run(noisy(42, 2).build());
		final SimulationResult three = Simulation.run(noisy(42, 3).build());
		assertTrue(one.spikeCount() > 20, "noise should make these neurons fire: " + one.spikeCount());
		assertArrayEquals(one.spikeTimes(), two.spikeTimes());
		assertArrayEquals(one.spikeNeurons(), two.spikeNeurons());
		assertArrayEquals(one.spikeTimes(), three.spikeTimes());
		assertEquals(42, one.seed());
	}

	@Test
	void differentSeedsDifferAndSeedZeroPicksOne() {
		final SimulationResult a = Simulation.run(noisy(1, 2).build());
		final SimulationResult b = Simulation.run(noisy(2, 2).build());
		assertFalse(java.util.Arrays.equals(a.spikeTimes(), b.spikeTimes()));
		final SimulationResult c = Simulation.run(noisy(0, 2).duration(5).build());
		assertNotEquals(0, c.seed());
	}

	@Test
	void whiteNoiseGivesThePassiveMembraneItsExactStationaryVariance() {
		// Passive membrane (gNa = gK = 0): V is an Ornstein–Uhlenbeck process. With exp-euler's exact decay
		// a = exp(-gL·dt/C) and noise (σ/C)·sqrt(dt)·ξ, the stationary variance is s²/(1 - a²).
		final NeuronModel passive = org.loligo.engine.model.HHModel.build("passive", 1.0, 0, 0, 0.3, 50, -77, -65, -65, Models.HH1952);
		final double sigma = 1.0, dt = 0.01;
		final int n = 4000;
		final SimulationSpec spec = SimulationSpec.builder(passive).neurons(n).duration(40).dt(dt).noise(
			new CurrentNoise(sigma)).seed(7).threads(2).threshold(1000 - 1).build();
		final PopulationState end = endState(spec);
		double mean = 0, var = 0;
		for (final double v : end.v)
			mean += v / n;
		for (final double v : end.v)
			var += (v - mean) * (v - mean) / (n - 1);
		final double a = Math.exp(-0.3 * dt), s2 = sigma * sigma * dt;
		final double expected = s2 / (1 - a * a);
		// 12 time constants: the transient is e^-24 of the variance. SE of a variance: var·sqrt(2/(n-1)).
		assertEquals(expected, var, 4 * expected * Math.sqrt(2.0 / (n - 1)), "stationary variance (mV²)");
		assertEquals(-65, mean, 4 * Math.sqrt(expected / n), "mean (mV)");
	}

	/** The final state of every neuron, via one trace sample at the end. */
	static PopulationState endState(final SimulationSpec spec) {
		final int[] ids = new int[spec.neurons()];
		for (int i = 0; i < ids.length; i++)
			ids[i] = i;
		final SimulationSpec rec = new SimulationSpec(spec.model(), spec.neurons(), spec.stimuli(), spec.duration(),
			spec.dt(), spec.scheme(), spec.threshold(), spec.hysteresis(), new RecordSpec(spec.duration(), ids, List.of(
				TraceVariable.V)),
			spec.noise(), spec.seed(), spec.threads(), spec.rateTables(), spec.unit());
		final var tr = Simulation.run(rec).traces();
		final PopulationState s = new PopulationState(ids.length);
		for (int i = 0; i < ids.length; i++)
			s.v[i] = tr.series(TraceVariable.V, i)[tr.samples() - 1];
		return s;
	}

	@Test
	void eachNeuronGetsItsOwnStimulus() {
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).neurons(3).stimuli(List.of(Stimuli.NONE,
			Stimuli.pulses(30, 1, 10), Stimuli.pulses(30, 1, 20, 40))).duration(60).threads(2).build();
		final SimulationResult r = Simulation.run(spec);
		assertEquals(0, r.spikeTimesOf(0).length);
		assertEquals(1, r.spikeTimesOf(1).length);
		assertEquals(2, r.spikeTimesOf(2).length);
		assertTrue(r.spikeTimesOf(1)[0] > 10 && r.spikeTimesOf(1)[0] < 14, "spike follows the pulse at 10 ms");
	}

	@Test
	void spikeTimesAreInterpolatedThresholdCrossings() {
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).stimulus(Stimuli.constant(10)).duration(30)
			.dt(0.01).threshold(-20).record(new RecordSpec(0.01, new int[] { 0 }, List.of(TraceVariable.V))).build();
		final SimulationResult r = Simulation.run(spec);
		final double[] v = r.traces().series(TraceVariable.V, 0), t = r.traces().time();
		int crossings = 0;
		for (int k = 1; k < v.length; k++)
			if (v[k - 1] < -20 && v[k] >= -20) {
				final double expected = t[k - 1] + 0.01 * (-20 - v[k - 1]) / (v[k] - v[k - 1]);
				assertEquals(expected, r.spikeTimes()[crossings++], 1e-9);
			}
		assertEquals(crossings, r.spikeCount());
		assertTrue(r.spikeRule().contains("-20.0 mV"), r.spikeRule());
		assertEquals(r.spikeCount() / 0.03, r.firingRateHz(), 1e-9);
	}

	@Test
	void cancellingReturnsConsistentPartialResults() {
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).neurons(200).stimulus(Stimuli.constant(10))
			.duration(5000).threads(2).record(RecordSpec.allVariables(Models.HH1952, 1, 2)).build();
		final SimulationResult r = Simulation.run(spec, new SimulationListener() {

			long seen;

			@Override
			public void progress(final long done, final long total) {
				seen = done;
			}

			@Override
			public boolean isCancelled() {
				return seen > 0;
			}
		});
		assertTrue(r.partial());
		assertTrue(r.completed() < 5000, "completed " + r.completed());
		for (final double t : r.spikeTimes())
			assertTrue(t <= r.completed());
		assertEquals(Math.floor(r.completed() / 1.0) + 1, r.traces().samples());
	}

	@Test
	void badInputIsRefusedBeforeAnyWork() {
		final var b = SimulationSpec.builder(Models.HH1952);
		assertMessage(() -> b.dt(0).build(), "dt must be > 0");
		assertMessage(() -> SimulationSpec.builder(Models.HH1952).dt(Double.NaN).build(), "dt must be > 0");
		assertMessage(() -> SimulationSpec.builder(Models.HH1952).duration(-1).build(), "duration must be > 0");
		assertMessage(() -> SimulationSpec.builder(Models.HH1952).neurons(0).build(), "neurons must be >= 1");
		assertMessage(() -> SimulationSpec.builder(Models.HH1952).neurons(2).record(RecordSpec.allVariables(Models.HH1952, 0.1, 3))
			.build(), "out of range");
		assertMessage(() -> SimulationSpec.builder(Models.HH1952).scheme("heun"), "accepted: euler, exp-euler, rk4");
		assertMessage(() -> Models.byName("FitzHugh"), "accepted: HH1952, HH1952-gL0.03, TraubMiles");
		assertMessage(() -> new CurrentNoise(-1), "noiseSigma must be >= 0");
		assertMessage(() -> SimulationSpec.builder(Models.HH1952).threads(-2).build(), "threads must be in");
	}

	@Test
	void recordingThatCannotFitIsRefusedWithTheFigure() {
		final SimulationSpec spec = SimulationSpec.builder(Models.HH1952).neurons(100_000).duration(10_000).dt(0.01)
			.record(RecordSpec.allVariables(Models.HH1952, 0.01, 100_000)).build();
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Simulation.run(spec));
		assertTrue(e.getMessage().contains("MB") && e.getMessage().contains("recordNeurons"), e.getMessage());
	}

	static void assertMessage(final org.junit.jupiter.api.function.Executable x, final String part) {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, x);
		assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' lacks '" + part + "'");
	}
}
