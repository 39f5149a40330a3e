package org.loligo.analysis.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The meter on signals whose answer is known exactly. */
class OscillationMeterTest {

	static final double DT = 0.01;

	/** V(t) = -60 + a(t)·sin(2π f t) sampled every DT over {@code ms}. */
	static double[] wave(final double ms, final double hz, final java.util.function.DoubleUnaryOperator a) {
		final int n = (int) Math.round(ms / DT);
		final double[] v = new double[n];
		for (int k = 0; k < n; k++) {
			final double t = k * DT;
			v[k] = -60 + a.applyAsDouble(t) * Math.sin(2 * Math.PI * hz / 1000 * t + 0.3);
		}
		return v;
	}

	@Test
	void steadySineGivesItsFrequency() {
		// Linear interpolation of a sine's mid-level crossing is exact to O(dt²·curvature): tiny here.
		final double[] v = wave(300, 67.3, t -> 40);
		assertEquals(67.3, OscillationMeter.rateHz(v, v.length, DT, 1, false), 1e-6);
	}

	@Test
	void smallOscillationsAboveTheFloorCount() {
		// 3 mV peak-to-trough around -40 mV: no fixed spike threshold like 0 mV would see them.
		final double[] v = wave(200, 170, t -> 1.5);
		assertEquals(170, OscillationMeter.rateHz(v, v.length, DT, 1, false), 1e-5);
	}

	@Test
	void belowTheFloorIsNotFiring() {
		final double[] v = wave(200, 170, t -> 0.4);
		assertEquals(0, OscillationMeter.rateHz(v, v.length, DT, 1, false));
	}

	@Test
	void dampedOscillationIsNotFiring() {
		// Decays from 40 mV with τ = 300 ms: still 20 mV at the end of the window, but heading to 0.
		final double[] v = wave(200, 70, t -> 40 * Math.exp(-t / 300));
		assertEquals(0, OscillationMeter.rateHz(v, v.length, DT, 1, false));
	}

	@Test
	void convergenceOntoASmallerCycleIsFiring() {
		// Amplitude 10 + 30·e^(-t/50): settling onto a 10 mV cycle, not decaying to rest.
		final double[] v = wave(200, 150, t -> 10 + 30 * Math.exp(-t / 50));
		assertEquals(150, OscillationMeter.rateHz(v, v.length, DT, 1, false), 0.5);
	}

	@Test
	void aitkenIsExactOnGeometricSequences() {
		assertEquals(0, OscillationMeter.limitAmplitude(40, 20, 10), 1e-12);
		assertEquals(5, OscillationMeter.limitAmplitude(45, 25, 15), 1e-12);
		assertEquals(12, OscillationMeter.limitAmplitude(12, 12.05, 12), 1e-12); // steady within 1 %
		assertEquals(0, OscillationMeter.limitAmplitude(40, 30, 10)); // falling faster than geometric
	}

	@Test
	void noisyModeCountsCrossingsPerWindow() {
		final double[] v = wave(1000, 12.5, t -> 40);
		final double r = OscillationMeter.rateHz(v, v.length, DT, 20, true);
		assertTrue(r == 12 || r == 13, "12.5 Hz over 1 s gives 12 or 13 crossings: " + r);
	}
}
