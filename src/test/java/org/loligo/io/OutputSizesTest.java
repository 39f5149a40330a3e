package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Models;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.sim.SimulationSpec;

/** The output-size estimates and the refusal's arithmetic. */
public class OutputSizesTest {

	/** Every "a × b × c B = d B" term multiplies out, the terms add up to the total, and the suggestion fits. */
	public static void assertArithmetic(final String msg, final long limit) {
		final Matcher term = Pattern.compile("(\\S+) ([\\d,]+) (?:rows|neurons) × ([\\d,]+) (?:values|bins) × " +
			"([\\d,]+) B = ([\\d,]+) B").matcher(msg);
		long sum = 0;
		int terms = 0;
		while (term.find()) {
			final long a = num(term.group(2)), b = num(term.group(3)), each = num(term.group(4)), bytes = num(term
				.group(5));
			assertEquals(a * b * each, bytes, term.group());
			sum += bytes;
			terms++;
		}
		assertTrue(terms > 0, msg);
		final Matcher total = Pattern.compile("= ([\\d,]+) B \\(spikes.csv not counted\\)").matcher(msg);
		assertTrue(total.find(), msg);
		assertEquals(sum, num(total.group(1)), "terms add up to the total: " + msg);
		assertTrue(sum > limit, "refused only above the limit");
	}

	static long num(final String s) {
		return Long.parseLong(s.replace(",", ""));
	}

	static SimulationSpec spec(final double duration, final double interval, final int recorded) {
		return SimulationSpec.builder(Models.byName("HH1952")).neurons(recorded).duration(duration).dt(0.01)
			.record(RecordSpec.allVariables(Models.byName("HH1952"), interval, recorded)).build();
	}

	@Test
	void tracesOfALongRunAreRefusedWithAnIntervalThatFits() {
		// 1e5 ms / 0.01 ms = 1e7 steps + 1 rows; 1 + 10 neurons × 7 variables (V, m, h, n, 3 currents) = 71 values.
		final OutputSizes s = SimulationOutputs.sizes(spec(1e5, 0.01, 10));
		assertEquals(20L * 10_000_001 * 71, s.total());
		final long limit = 1_000_000_000L;
		final String msg = assertThrows(IllegalArgumentException.class, () -> s.require(limit)).getMessage();
		assertTrue(msg.startsWith("recordInterval: the run would write about 14.2 GB, over the output limit of " +
			"1.0 GB: traces.csv 10,000,001 rows × 71 values × 20 B = 14,200,001,420 B"), msg);
		assertArithmetic(msg, limit);
		// 14.2 GB / 1 GB × 0.01 = 0.142 → 0.15 ms: 666,667 rows × 71 × 20 B = 946.7 MB.
		assertTrue(msg.contains("recordInterval=0.15 (now 0.01) makes it about 946.7 MB"), msg);
		assertTrue(msg.contains("LOLIGO_OUTPUT_LIMIT=15GB") && msg.contains("-Dloligo.outputLimit=15GB"), msg);
		assertTrue(SimulationOutputs.sizes(spec(1e5, 0.15, 10)).total() <= limit, "the suggestion fits");
		s.require(0); // 0: no limit
		s.require(s.total());
	}

	@Test
	void aCountIsLoweredWhenThatIsTheParameter() {
		final OutputSizes s = OutputSizes.builder().add("raster.tif", "1,000 neurons × 10 bins", 4, 10_000, "neurons",
			1000, false, x -> (long) x * 40);
		final String msg = assertThrows(IllegalArgumentException.class, () -> s.require(30_000)).getMessage();
		assertTrue(msg.contains("neurons=750 (now 1000) makes it about 0.0 MB"), msg);
	}

	@Test
	void limitParsesUnits() {
		assertEquals(5_000_000_000L, OutputSizes.parse("p", "5GB"));
		assertEquals(500_000_000L, OutputSizes.parse("p", "500 mb"));
		assertEquals(2_000_000_000L, OutputSizes.parse("p", "2e9"));
		assertEquals(0, OutputSizes.parse("p", "0"));
		final String msg = assertThrows(IllegalArgumentException.class, () -> OutputSizes.parse("loligo.outputLimit",
			"lots")).getMessage();
		assertTrue(msg.startsWith("loligo.outputLimit: 'lots' is not a size") && msg.contains("loligo.outputLimit=5GB"),
			msg);
	}

	@Test
	void niceUpRoundsToTwoDigits() {
		assertEquals(0.15, OutputSizes.niceUp(0.142), 0);
		assertEquals(15e9, OutputSizes.niceUp(14.2e9), 0);
		assertEquals(1.0, OutputSizes.niceUp(1.0), 0);
	}
}
