package org.loligo.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.io.SummaryJson;

/**
 * Runs the benchmark harness once in {@code --quick} mode: every variant gets a row with finite, positive
 * numbers and the JSON file holds them. Checks the plumbing only, never how fast anything is.
 */
class BenchSmokeTest {

	@TempDir
	Path dir;

	@Test
	void quickRunGivesARowPerVariantAndSavesJson() throws IOException {
		final Path json = dir.resolve("out/bench.json");
		final Bench.Options o = Bench.Options.parse("--quick", "--filter", "population", "--reps", "2",
			"--warmup", "0", "--json", json.toString());
		final ByteArrayOutputStream text = new ByteArrayOutputStream();
		final List<Bench.Result> results = Bench.run(o, new PrintStream(text, true, StandardCharsets.UTF_8));
		Report.writeJson(o.json(), o, results);

		assertEquals(1, results.size());
		final Bench.Result r = results.get(0);
		final List<Benchmark.Variant> variants = r.benchmark().variants();
		assertEquals(variants.size(), r.rows().size());
		final String table = text.toString(StandardCharsets.UTF_8);
		for (int k = 0; k < variants.size(); k++) {
			final Bench.Row row = r.rows().get(k);
			assertEquals(variants.get(k).name(), row.variant());
			for (final double x : new double[] { row.median(), row.min(), row.ratio() })
				assertTrue(Double.isFinite(x) && x > 0, row.variant() + ": " + x);
			assertTrue(row.min() <= row.median(), row.variant());
			assertEquals(2, row.samplesNs().length);
			assertTrue(row.check() > 0, row.variant() + " fired no spike");
			assertTrue(row.stable(), row.variant() + " gave different spike counts across repetitions");
			assertTrue(table.contains(row.variant()), table);
		}
		final Bench.Row base = r.rows().stream().filter(x -> x.variant().equals(PopulationBench.BASELINE))
			.findFirst().orElseThrow();
		assertEquals(1.0, base.ratio(), 0.0);

		final Map<String, Object> saved = SummaryJson.read(json);
		@SuppressWarnings("unchecked")
		final Map<String, Object> bench = ((List<Map<String, Object>>) saved.get("benchmarks")).get(0);
		assertEquals("population", bench.get("name"));
		assertEquals(variants.size(), ((List<?>) bench.get("variants")).size());
	}

	@Test
	void badOptionsAreRefusedWithTheirName() {
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Bench.Options.parse("--reps", "0"))
			.getMessage().contains("--reps"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Bench.Options.parse("--fast"))
			.getMessage().contains("--fast"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> Bench.run(Bench.Options.parse("--filter",
			"nosuch"), new PrintStream(new ByteArrayOutputStream()))).getMessage().contains("population"));
	}
}
