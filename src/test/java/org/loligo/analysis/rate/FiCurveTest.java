package org.loligo.analysis.rate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Models;
import org.loligo.engine.sim.Scheme;
import org.loligo.engine.sim.Schemes;

/** f–I curves of the classic HH model against published bifurcation values and an independent solver. */
class FiCurveTest {

	static FiSpec spec(final double min, final double max, final double step, final double duration, final double dt,
		final Direction d, final Scheme scheme)
	{
		return new FiSpec(Models.HH1952, scheme, min, max, step, duration, 0.5, dt, d, 20, 1, 0, 1, 1, 1);
	}

	@Test
	void hysteresisBracketsTheFoldAndTheHopfPoint() {
		// Rinzel & Miller (1980, Math. Biosci. 49:27): rest loses stability at a subcritical Hopf point at
		// I ≈ 9.78 µA/cm², repetitive firing exists down to the fold of limit cycles at I ≈ 6.26. A slow up
		// sweep leaves rest just past 9.78 (slow passage: the closer, the slower the escape); the down
		// sweep keeps firing down to 6.26.
		final FiResult r = FiCurve.run(spec(6.0, 10.1, 0.05, 2000, 0.02, Direction.BOTH, Schemes.EXP_EULER));
		assertTrue(r.onsetCurrentUp() >= 9.7 && r.onsetCurrentUp() <= 10.0, "onset " + r.onsetCurrentUp());
		assertTrue(r.offsetCurrentDown() >= 6.2 && r.offsetCurrentDown() <= 6.5, "offset " + r.offsetCurrentDown());
		for (int j = 0; j < r.currents().length; j++) {
			final double i = r.currents()[j];
			if (i > 6.5 && i < 9.7) {
				assertEquals(0, r.up()[j], "up sweep at rest in the bistable range, I = " + i);
				assertTrue(r.down()[j] > 40, "down sweep fires in the bistable range, I = " + i);
			}
		}
	}

	@Test
	void rateAtTenMatchesAnIndependentHighAccuracyPeriod() {
		final double ref = 1000 / HhPeriod.period(Models.HH1952, 10, 300, 150, -20);
		final double rk4 = FiCurve.run(spec(10, 10, 1, 300, 0.01, Direction.REST, Schemes.RK4)).rest()[0];
		final double ee = FiCurve.run(spec(10, 10, 1, 300, 0.01, Direction.REST, Schemes.EXP_EULER)).rest()[0];
		System.out.printf("I=10: reference %.8f Hz, rk4 %.8f, exp-euler %.8f%n", ref, rk4, ee);
		// rk4 at dt = 0.01 ms is within 6e-5 mV of the reference (SchemeAccuracyTest): its period agrees to
		// far better than 1e-5; exp-euler's (second order, 0.22 mV) to 0.1 %.
		assertEquals(ref, rk4, 1e-5 * ref);
		assertEquals(ref, ee, 1e-3 * ref);
	}

	@Test
	void depolarisationBlockIsSilentWhileSmallOscillationsJustBelowCount() {
		// The upper Hopf point of Rinzel & Miller (1980) is at I ≈ 154.5 µA/cm²; just below it the spikes
		// are small (they peak below -20 mV), above it V settles (block).
		// 2000 ms per current: this close to the Hopf point the spiking left by the priming decays slowly (and
		// ever more slowly as it shrinks, which the damping test needs time to see; 1000 ms is not enough at 158).
		final FiResult r = FiCurve.run(spec(150, 158, 2, 2000, 0.01, Direction.BOTH, Schemes.EXP_EULER));
		final double[] t = HhPeriod.crossings(Models.HH1952, 150, 400, -20);
		assertTrue(t.length > 0 && t[t.length - 1] < 100, "at 150 µA/cm² only the first spike from rest reaches " +
			"-20 mV; the settled oscillation stays below it");
		final double ref150 = 1000 / HhPeriod.period(Models.HH1952, 150, 400, 200, -45);
		assertEquals(ref150, r.up()[0], 1e-3 * ref150);
		assertEquals(ref150, r.down()[0], 1e-3 * ref150);
		// 150, 152, 154, 156, 158: the up sweep, coming from the shrinking cycle, still fires at 154. (The
		// down sweep arrives from block, where the oscillation grows only slowly this close to the Hopf point.)
		assertTrue(r.up()[2] > 0, "154 fires on the up sweep");
		assertEquals(0, r.up()[3]);
		assertEquals(0, r.down()[3]);
		assertEquals(0, r.up()[4]);
		assertEquals(0, r.down()[4]);
	}

	@Test
	void noiseTrialsAreReproducibleAndThreadIndependent() {
		final FiSpec one = new FiSpec(Models.HH1952, Schemes.EXP_EULER, 0, 20, 10, 100, 0.5, 0.05, Direction.BOTH,
			20, 20, 2, 3, 42, 1);
		final FiSpec two = new FiSpec(Models.HH1952, Schemes.EXP_EULER, 0, 20, 10, 100, 0.5, 0.05, Direction.BOTH,
			20, 20, 2, 3, 42, 2);
		final FiResult a = FiCurve.run(one), b = FiCurve.run(two), c = FiCurve.run(one);
		for (final FiResult x : new FiResult[] { b, c }) {
			assertArrayEquals(a.up(), x.up());
			assertArrayEquals(a.down(), x.down());
			assertArrayEquals(a.upSd(), x.upSd());
		}
		assertTrue(a.up()[2] > 50, "20 µA/cm² with noise fires: " + a.up()[2]);
		assertEquals(42, a.seed());
	}

	@Test
	void restModeIsThreadIndependent() {
		final FiSpec s1 = new FiSpec(Models.HH1952, Schemes.EXP_EULER, 0, 30, 1, 60, 0.5, 0.05, Direction.REST, 20,
			20, 1, 2, 7, 1);
		final FiSpec s3 = new FiSpec(Models.HH1952, Schemes.EXP_EULER, 0, 30, 1, 60, 0.5, 0.05, Direction.REST, 20,
			20, 1, 2, 7, 3);
		assertArrayEquals(FiCurve.run(s1).rest(), FiCurve.run(s3).rest());
	}

	/**
	 * With noise the rate is counted above an amplitude floor of {@link FiSpec#FLOOR_NOISY} mV. Checked
	 * against spike counting in an independent ensemble (Simulation, threshold crossings with hysteresis,
	 * the same model, current and σ, other streams): the mean rates agree within 4 combined standard errors
	 * at I = 0, 3 and 6 µA/cm² (sparse noise-driven firing to regular firing). Under weak noise that never
	 * fires (σ = 0.5, I = 0) the floor reads 0 Hz, where a 1 mV floor would count the subthreshold
	 * fluctuations as firing, which is why the floor is there.
	 */
	@Test
	void noisyRatesAboveTheFloorMatchSpikeCounting() {
		final double sigma = 2, duration = 600, settle = 1.0 / 6; // settled window: the last 500 ms
		final int trials = 40, neurons = 200;
		final FiSpec spec = new FiSpec(Models.HH1952, Schemes.EXP_EULER, 0, 6, 3, duration, settle, 0.01,
			Direction.REST, 20, FiSpec.FLOOR_NOISY, sigma, trials, 11, 0);
		final FiResult fi = FiCurve.run(spec);
		for (int c = 0; c < 3; c++) {
			final double current = 3.0 * c;
			final org.loligo.engine.sim.SimulationResult ref = org.loligo.engine.sim.Simulation.run(org.loligo.engine
				.sim.SimulationSpec.builder(Models.HH1952).neurons(neurons).stimulus(org.loligo.engine.input.Stimuli
					.constant(current)).duration(duration).dt(0.01).noise(org.loligo.engine.noise.CurrentNoise.white(
						sigma)).seed(77).threads(0).build());
			final double[] rates = new double[neurons];
			for (int i = 0; i < neurons; i++) {
				int late = 0;
				for (final double t : ref.spikeTimesOf(i))
					if (t >= duration * settle) late++;
				rates[i] = 1000.0 * late / (duration * (1 - settle));
			}
			final double refMean = new org.apache.commons.math3.stat.descriptive.moment.Mean().evaluate(rates);
			final double refSe = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(
				rates) / Math.sqrt(neurons);
			final double se = Math.hypot(refSe, fi.restSd()[c] / Math.sqrt(trials));
			assertEquals(refMean, fi.rest()[c], 4 * se + 0.5, "I = " + current + ": f-I " + fi.rest()[c] +
				" Hz vs spike counting " + refMean + " Hz");
			if (c == 2) assertTrue(refMean > 20, "I = 6 fires regularly: " + refMean);
		}
		// Subthreshold (σ = 0.5 at I = 0: no spikes): the floor reads 0, a 1 mV floor would read noise as firing.
		final double[] floors = { FiSpec.FLOOR_NOISY, FiSpec.FLOOR_DETERMINISTIC };
		final double[] read = new double[2];
		for (int f = 0; f < 2; f++)
			read[f] = FiCurve.run(new FiSpec(Models.HH1952, Schemes.EXP_EULER, 0, 0, 3, duration, settle, 0.01,
				Direction.REST, 20, floors[f], 0.5, 10, 11, 0)).rest()[0];
		assertEquals(0, read[0], 0, "subthreshold noise is not firing");
		assertTrue(read[1] > 20, "a 1 mV floor counts subthreshold noise as firing: " + read[1] + " Hz");
	}
}
