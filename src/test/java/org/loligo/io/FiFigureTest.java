package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.loligo.analysis.rate.FiResult;

/** The f–I figure draws the onset of firing as a jump (a break in the line), not as a ramp. */
class FiFigureTest {

	@Test
	void eachBranchBreaksWhereItStartsOrStopsFiringAndRunsOnElsewhere() {
		final double[] currents = { 0, 2, 4, 6, 8 };
		// Up: silent to 4, then 70 Hz (HH's jump); down: firing down to 2 (hysteresis), silent at 0.
		final double[] up = { 0, 0, 0, 70, 80 }, down = { 0, 50, 60, 70, 80 };
		final FiResult r = new FiResult(null, currents, up, null, down, null, null, null, 1, false, 0);
		final FiOutputs.Figure f = FiOutputs.figure(r);
		// Break points halfway between 0 and 2 (down stops) and between 4 and 6 (up starts).
		assertArrayEquals(new double[] { 0, 1, 2, 4, 5, 6, 8 }, f.x(), 0);
		final double[] upDrawn = f.panels().get(0).series().get(0).y(), downDrawn = f.panels().get(0).series().get(1)
			.y();
		assertArrayEquals(new double[] { 0, 0, 0, 0, Double.NaN, 70, 80 }, upDrawn, 0);
		assertArrayEquals(new double[] { 0, Double.NaN, 50, 60, 65, 70, 80 }, downDrawn, 0);
		assertEquals("up sweep", f.panels().get(0).series().get(0).label());
		assertEquals("down sweep", f.panels().get(0).series().get(1).label());
	}
}
