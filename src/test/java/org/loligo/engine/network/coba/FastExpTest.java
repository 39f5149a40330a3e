package org.loligo.engine.network.coba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The inlined exp against Math.exp (itself within 1 ulp of e^x). */
class FastExpTest {

	@Test
	void withinFourUlpOfMathExp() {
		final SplittableRandom r = new SplittableRandom(5);
		for (int i = 0; i < 200_000; i++) {
			// The V update's range (-G·dt/C: a few units at most) and far beyond.
			final double x = i % 2 == 0 ? -20 * r.nextDouble() : -700 + 1400 * r.nextDouble();
			final double want = Math.exp(x), got = FastExp.exp(x);
			assertTrue(Math.abs(got - want) <= 4 * Math.ulp(want), "x = " + x + ": " + got + " vs " + want);
		}
	}

	@Test
	void specialValues() {
		assertEquals(1.0, FastExp.exp(0), 0);
		assertEquals(0.0, FastExp.exp(-800), 0);
		assertEquals(Double.POSITIVE_INFINITY, FastExp.exp(800), 0);
		assertTrue(Double.isNaN(FastExp.exp(Double.NaN)));
	}
}
