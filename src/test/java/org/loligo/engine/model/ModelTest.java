package org.loligo.engine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rate functions against the published formulas, including their removable singularities. */
class ModelTest {

	@Test
	void exprelIsContinuousThroughZero() {
		assertEquals(1.0, Exprel.exprel(0), 0);
		assertEquals(1 + 1e-9 / 2, Exprel.exprel(1e-9), 1e-15);
		assertEquals((Math.exp(2) - 1) / 2, Exprel.exprel(2), 1e-14);
		assertEquals((Math.exp(-3) - 1) / -3, Exprel.exprel(-3), 1e-14);
	}

	@Test
	void classicRatesMatchThePublishedFormulas() {
		final GateKinetics k = Models.HH1952.hh().kinetics();
		for (double v = -100; v <= 60; v += 7.3) {
			assertEquals(0.1 * (v + 40) / (1 - Math.exp(-(v + 40) / 10)), k.alphaM(v), 1e-12);
			assertEquals(0.01 * (v + 55) / (1 - Math.exp(-(v + 55) / 10)), k.alphaN(v), 1e-12);
			assertEquals(4 * Math.exp(-(v + 65) / 18), k.betaM(v), 1e-12);
			assertEquals(0.07 * Math.exp(-(v + 65) / 20), k.alphaH(v), 1e-12);
			assertEquals(1 / (1 + Math.exp(-(v + 35) / 10)), k.betaH(v), 1e-12);
			assertEquals(0.125 * Math.exp(-(v + 65) / 80), k.betaN(v), 1e-12);
		}
		// Limits at the singular voltages: 0.1·10 = 1 and 0.01·10 = 0.1 per ms.
		assertEquals(1.0, k.alphaM(-40), 0);
		assertEquals(0.1, k.alphaN(-55), 0);
		assertEquals(k.alphaM(-40 + 1e-7), k.alphaM(-40), 1e-8);
	}

	@Test
	void traubMilesRatesMatchTheBenchmarkFormulas() {
		final GateKinetics k = Models.TRAUB_MILES.hh().kinetics();
		for (double v = -100; v <= 60; v += 7.3) {
			final double u = v + 63;
			assertEquals(0.32 * (13 - u) / (Math.exp((13 - u) / 4) - 1), k.alphaM(v), 1e-12);
			assertEquals(0.28 * (u - 40) / (Math.exp((u - 40) / 5) - 1), k.betaM(v), 1e-12);
			assertEquals(0.032 * (15 - u) / (Math.exp((15 - u) / 5) - 1), k.alphaN(v), 1e-12);
			assertEquals(0.128 * Math.exp((17 - u) / 18), k.alphaH(v), 1e-12);
			assertEquals(4 / (1 + Math.exp((40 - u) / 5)), k.betaH(v), 1e-12);
			assertEquals(0.5 * Math.exp((10 - u) / 40), k.betaN(v), 1e-12);
		}
		assertEquals(0.32 * 4, k.alphaM(-63 + 13), 1e-15);
		assertEquals(0.28 * 5, k.betaM(-63 + 40), 1e-15);
		assertEquals(0.032 * 5, k.alphaN(-63 + 15), 1e-15);
	}

	@Test
	void presetsCarryTheirParameters() {
		assertEquals(0.3, Models.HH1952.hh().gL());
		assertEquals(0.03, Models.byName("hh1952-gl0.03").hh().gL());
		assertEquals(-54.387, Models.HH1952_GL003.hh().eL());
		assertEquals(100, Models.TRAUB_MILES.hh().gNa());
		// 6 nS on 20,000 µm² is 0.03 mS/cm².
		assertEquals(0.03, 6e-6 / Models.TRAUB_MILES_AREA_CM2, 1e-12);
	}
}
