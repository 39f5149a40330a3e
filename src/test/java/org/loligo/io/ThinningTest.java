package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Tests {@link Thinning}: extremes kept, order kept, size bounded. */
class ThinningTest {

	@Test
	void keepsEveryExtremeInTimeOrder() {
		final int n = 100_000;
		final double[] x = new double[n], y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = i;
			y[i] = Math.sin(i * 1e-3);
		}
		y[31_337] = 40; // a one-sample spike
		y[77_777] = -90;
		y[50] = Double.NaN;
		final double[][] t = Thinning.minMax(x, y, 500);
		assertTrue(t[0].length <= 1000, "at most two points per bucket: " + t[0].length);
		assertEquals(40, Arrays.stream(t[1]).max().getAsDouble());
		assertEquals(-90, Arrays.stream(t[1]).min().getAsDouble());
		for (int i = 1; i < t[0].length; i++) assertTrue(t[0][i] > t[0][i - 1], "x increasing");
		assertTrue(Arrays.stream(t[1]).noneMatch(Double::isNaN));
	}

	@Test
	void shortCurvesAreUntouched() {
		final double[] x = { 0, 1, 2 }, y = { 3, 4, 5 };
		assertSame(x, Thinning.minMax(x, y, 10)[0]);
	}
}
