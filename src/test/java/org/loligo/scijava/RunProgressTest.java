package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.loligo.analysis.bifurcation.HopfSweep;
import org.loligo.analysis.bifurcation.HopfSweepSpec;
import org.loligo.analysis.bifurcation.SweepParameter;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.scijava.Cancelable;

/**
 * Tests {@link RunProgress}: progress never goes backwards, reaches the sink at most ten times a second
 * plus the end, and a run stops on cancel and (with a display) on Esc.
 */
class RunProgressTest {

	/** A command stand-in: SciJava's cancel. */
	private static final class Command implements Cancelable {

		private String reason;

		@Override
		public boolean isCanceled() {
			return reason != null;
		}

		@Override
		public void cancel(final String why) {
			reason = why;
		}

		@Override
		public String getCancelReason() {
			return reason;
		}
	}

	private final List<Integer> shown = new ArrayList<>();

	private final AtomicLong clock = new AtomicLong();

	private RunProgress progress(final Cancelable command, final boolean esc) {
		return new RunProgress((v, max, what) -> {
			assertEquals(RunProgress.MAX, max);
			shown.add(v);
		}, command, "run", esc, clock::get);
	}

	@Test
	void atMostTenUpdatesASecondAndAlwaysTheEnd() {
		final RunProgress p = progress(new Command(), false);
		// 10,000 reports over 2 s (one every 0.2 ms).
		for (int i = 1; i <= 10_000; i++) {
			clock.addAndGet(200_000);
			p.progress(i, 10_000);
		}
		assertTrue(shown.size() <= 2 * 10 + 1, "updates: " + shown.size());
		assertTrue(shown.size() >= 2 * 10 - 1, "still about ten a second: " + shown.size());
		assertEquals(RunProgress.MAX, shown.get(shown.size() - 1), "the end is shown");
	}

	@Test
	void neverBackwards() {
		final RunProgress p = progress(new Command(), false);
		for (final long done : new long[] { 500, 300, 0, 600, 600, 200, 1000 }) {
			clock.addAndGet(RunProgress.MIN_INTERVAL_NANOS);
			p.progress(done, 1000);
		}
		assertEquals(List.of(RunProgress.MAX / 2, RunProgress.MAX / 10 * 6, RunProgress.MAX), shown);
	}

	@Test
	void cancelStopsTheRunAndItsProgress() {
		final Command c = new Command();
		final RunProgress p = progress(c, false);
		assertFalse(p.isCancelled());
		c.cancel("user");
		assertTrue(p.isCancelled());
		clock.addAndGet(RunProgress.MIN_INTERVAL_NANOS);
		p.progress(1, 2);
		assertTrue(shown.isEmpty(), "a cancelled run reports no progress");
	}

	@Test
	void escapeCancelsOnlyWhenWatched() {
		IJ.setKeyDown(KeyEvent.VK_ESCAPE); // pressed before the run: reset when it starts
		final Command watched = new Command();
		final RunProgress p = progress(watched, true);
		assertFalse(p.isCancelled(), "an Esc from before the run does not stop it");
		IJ.setKeyDown(KeyEvent.VK_ESCAPE);
		final Command headless = new Command();
		assertFalse(progress(headless, false).isCancelled(), "headless runs ignore ImageJ's Esc");
		assertTrue(p.isCancelled());
		assertEquals("Esc pressed", watched.getCancelReason(), "Esc cancels the command, so SciJava knows");
		IJ.resetEscape();
	}

	@Test
	void theHopfSweepReportsOneCountOverItsPhasesToTheEnd() {
		final NeuronModel hh = Models.byName("HH1952");
		final List<double[]> raw = new ArrayList<>();
		final RunProgress p = progress(new Command(), false);
		HopfSweep.run(new HopfSweepSpec(hh, SweepParameter.CURRENT, 0, 0, 200, 201, true),
			new org.loligo.engine.sim.SimulationListener() {

				@Override
				public void progress(final long done, final long total) {
					raw.add(new double[] { done, total });
					clock.addAndGet(RunProgress.MIN_INTERVAL_NANOS); // every report may be shown
					p.progress(done, total);
				}
			});
		final double[] last = raw.get(raw.size() - 1);
		assertEquals(1.0, last[0] / last[1], 0, "ends at 100 %");
		// The cycle phase once restarted at 0 % and the run ended at about 4 %: the count now covers the
		// whole run, so what is shown climbs through the cycle phase to the end.
		assertTrue(shown.stream().anyMatch(v -> v > 0.3 * RunProgress.MAX && v < RunProgress.MAX), "progress inside the cycle phase: " + shown);
		for (int i = 1; i < shown.size(); i++)
			assertTrue(shown.get(i) > shown.get(i - 1), "monotonic: " + shown);
		assertEquals(RunProgress.MAX, shown.get(shown.size() - 1));
	}
}
