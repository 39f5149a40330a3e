package org.loligo.engine.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The hysteresis rule: a noisy re-crossing within one spike counts once. */
class SpikeDetectorTest {

	/** A detector of one neuron starting at vInit. */
	private static SpikeDetector detector(final double threshold, final double hysteresis, final double vInit) {
		final SpikeDetector d = new SpikeDetector(threshold, hysteresis, 1);
		d.init(0, vInit);
		return d;
	}

	@Test
	void noisyReCrossingCountsOnceAndRearmsBelowThresholdMinusHysteresis() {
		// Threshold 0, hysteresis 10: up through 0, dips to -2 and re-crosses (same spike), falls to -20
		// (re-armed), crosses again (second spike). A plain crossing rule counts four.
		final double[] v = { -70, -5, 1, -2, 0.5, -8, 3, -20, -6, 4 };
		final SpikeDetector d = detector(0, 10, v[0]);
		int spikes = 0, plain = 0;
		double first = Double.NaN;
		for (int k = 1; k < v.length; k++) {
			final double t = d.step(0, (k - 1) * 0.1, 0.1, v[k - 1], v[k]);
			if (!Double.isNaN(t)) {
				if (spikes == 0) first = t;
				spikes++;
			}
			if (v[k - 1] < 0 && v[k] >= 0) plain++;
		}
		assertEquals(2, spikes);
		assertEquals(4, plain);
		// Crossing between -5 at t = 0.1 and 1 at t = 0.2: 0.1 + 0.1·5/6.
		assertEquals(0.1 + 0.1 * 5.0 / 6.0, first, 1e-15);
	}

	@Test
	void zeroHysteresisIsThePlainCrossingRule() {
		final double[] v = { -70, 1, -0.5, 0.5 };
		final SpikeDetector d = detector(0, 0, v[0]);
		int spikes = 0;
		for (int k = 1; k < v.length; k++)
			if (!Double.isNaN(d.step(0, k, 1, v[k - 1], v[k]))) spikes++;
		assertEquals(2, spikes);
	}

	@Test
	void startingAboveThresholdIsNotASpike() {
		final SpikeDetector d = detector(0, 10, 5);
		assertTrue(Double.isNaN(d.step(0, 0, 0.1, 5, 6)));
	}

	@Test
	void refractoryRuleFiresAboveThresholdOncePerWindow() {
		// θ = -20 mV, 3 steps dead time: above θ at steps 1..8 and at 12; fires at 1, 4, 7 and 12.
		final double[] v = { -65, -10, 5, 20, 10, -5, -15, -19, -10, -60, -65, -70, 0 };
		final SpikeDetector d = SpikeDetector.refractory(-20, 3, 2);
		final StringBuilder fired = new StringBuilder();
		for (int k = 1; k < v.length; k++)
			if (d.fires(1, k, v[k])) fired.append(k).append(' ');
		assertEquals("1 4 7 12", fired.toString().trim());
		// Zero dead time: every step above θ is a spike.
		final SpikeDetector always = SpikeDetector.refractory(-20, 0, 1);
		int count = 0;
		for (int k = 1; k < v.length; k++)
			if (always.fires(0, k, v[k])) count++;
		assertEquals(9, count);
	}
}
