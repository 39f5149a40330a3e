package org.loligo.analysis.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Axes, the grid's numbering and the points' seeds. */
class SweepGridTest {

	@Test
	void rangesAreExactDecimalsWithStopIncluded() {
		final Axis a = Axis.parse("current=0:1:0.1", 1000);
		assertEquals(11, a.size());
		assertEquals(0.3, a.value(3)); // not 0.30000000000000004
		assertEquals(0.7, a.value(7));
		assertEquals(1.0, a.value(10));
		assertArrayEquals(new double[] { 0, 3, 6, 9 }, Axis.parse("x=0:10:3", 100).values()); // stop not reached
		assertArrayEquals(new double[] { 5, 3, 1 }, Axis.parse("x=5:1:-2", 100).values());
		assertArrayEquals(new double[] { 2 }, Axis.parse("x=2:2:1", 100).values());
		assertEquals(0.1, Axis.parse("x=0:1:0.1", 100).uniformStep(), 1e-15);
	}

	@Test
	void listsInBracketsWithSpacesOrCommas() {
		assertArrayEquals(new double[] { 0, 1, 2, 4 }, Axis.parse(" noiseSigma = [0 1 2 4] ", 10).values());
		assertArrayEquals(new double[] { 0.5, 1e3 }, Axis.parse("x=[0.5, 1e3]", 10).values());
		assertTrue(Double.isNaN(Axis.parse("x=[0 1 3]", 10).uniformStep()));
	}

	@Test
	void badAxesAreRefusedNamingTheAxis() {
		assertMessage("axis 'x': step must not be 0", () -> Axis.parse("x=0:1:0", 10));
		assertMessage("axis 'x': the range 5:1:1 is empty", () -> Axis.parse("x=5:1:1", 10));
		assertMessage("axis 'x' has an empty list", () -> Axis.parse("x=[]", 10));
		assertMessage("axis 'x': 'abc' is not a number", () -> Axis.parse("x=[1 abc]", 10));
		assertMessage("axis 'x': '0:1' is not start:stop:step", () -> Axis.parse("x=0:1", 10));
		assertMessage("not name=start:stop:step", () -> Axis.parse("0:1:1", 10));
		assertMessage("axis 'x': 0:1e9:1 has 1000000001 values, more than the limit of 1000", () -> Axis.parse(
			"x=0:1e9:1", 1000));
		assertMessage("axis 'b' makes it so", () -> SweepGrid.parseAxes("a=0:9:1; b=0:99:1", 500));
		assertMessage("axis 'a' is given twice", () -> new SweepGrid(SweepGrid.parseAxes("a=[1];a=[2]", 9), 1));
		assertMessage("give one or two axes", () -> new SweepGrid(SweepGrid.parseAxes("a=[1];b=[2];c=[3]", 9), 1));
		assertMessage("axes: none given", () -> SweepGrid.parseAxes(" ", 9));
	}

	@Test
	void pointsAreNumberedRowMajor() {
		final SweepGrid g = new SweepGrid(SweepGrid.parseAxes("a=0:2:1; b=[10 20]", 100), 7);
		assertEquals(6, g.size());
		assertArrayEquals(new double[] { 0, 10 }, g.values(0));
		assertArrayEquals(new double[] { 0, 20 }, g.values(1));
		assertArrayEquals(new double[] { 1, 10 }, g.values(2));
		assertArrayEquals(new double[] { 2, 20 }, g.values(5));
		final List<SweepPoint> p = g.points();
		assertEquals(5, p.get(5).index());
		assertEquals(SweepGrid.seed(7, 5), p.get(5).seed());
	}

	@Test
	void seedsDependOnMasterAndIndexOnly() {
		final Set<Long> seen = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			final long s = SweepGrid.seed(1, i);
			assertTrue(s > 0, "positive");
			seen.add(s);
		}
		assertEquals(100_000, seen.size(), "distinct");
		// The same index under two grids of different shape has the same seed: the shape plays no part.
		final SweepGrid small = new SweepGrid(SweepGrid.parseAxes("a=0:1:1", 9), 3);
		final SweepGrid large = new SweepGrid(SweepGrid.parseAxes("a=0:9:1; b=[1 2]", 99), 3);
		assertEquals(small.point(1).seed(), large.point(1).seed());
		assertNotEquals(SweepGrid.seed(3, 1), SweepGrid.seed(4, 1));
		assertNotEquals(SweepGrid.seed(3, 1), SweepGrid.seed(3, 2));
	}

	@Test
	void threadExecutorGivesResultsInIndexOrderWhateverTheThreads() {
		final List<SweepPoint> points = new SweepGrid(SweepGrid.parseAxes("a=0:99:1", 1000), 11).points();
		final PointRunner runner = p -> java.util.Map.of("twice", 2 * p.values()[0], "seed", p.seed());
		final List<PointResult> one = new ThreadExecutor().run(points, runner, new SweepExecutor.Options(1, "", ""),
			org.loligo.engine.sim.SimulationListener.NONE);
		final List<PointResult> four = new ThreadExecutor().run(points, runner, new SweepExecutor.Options(4, "", ""),
			org.loligo.engine.sim.SimulationListener.NONE);
		assertEquals(100, one.size());
		for (int i = 0; i < 100; i++) {
			assertEquals(i, four.get(i).point().index());
			assertEquals(one.get(i).outputs(), four.get(i).outputs());
			assertEquals(2.0 * i, four.get(i).outputs().get("twice"));
		}
	}

	@Test
	void aFailedPointComesBackAsData() {
		final List<SweepPoint> points = new SweepGrid(SweepGrid.parseAxes("a=0:3:1", 10), 1).points();
		final List<PointResult> r = new ThreadExecutor().run(points, p -> {
			if (p.index() == 2) throw new PointFailure(2, "a=2", "boom");
			return java.util.Map.of();
		}, new SweepExecutor.Options(1, "", ""), org.loligo.engine.sim.SimulationListener.NONE);
		final PointResult failed = r.stream().filter(PointResult::isFailure).findFirst().orElseThrow();
		assertEquals("point 2 (a=2) failed: boom", failed.failure());
	}

	@Test
	void sparkWithoutItsModuleIsAClearError() {
		assertMessage("executor=spark needs the loligo-spark module", () -> SweepExecutors.byName("spark"));
		assertMessage("executor: unknown executor 'mpi'; available: threads", () -> SweepExecutors.byName("mpi"));
	}

	private static void assertMessage(final String part, final org.junit.jupiter.api.function.Executable e) {
		final IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
		assertTrue(x.getMessage().contains(part), x.getMessage());
	}
}
