package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link SummaryJson}: exact layout, escaping, value mapping and the reader's errors. */
class SummaryJsonTest {

	private enum Scheme { EXP_EULER }

	@TempDir
	Path dir;

	@Test
	void writesOneKeyPerLineInInsertionOrder() throws IOException {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("command", "SimulateNeuron");
		m.put("dt", 0.01);
		m.put("steps", 1000);
		m.put("ok", true);
		m.put("seed", null);
		m.put("v", new double[] { -65, Double.NaN });
		final Path file = dir.resolve("summary.json");
		SummaryJson.write(file, m);
		assertEquals("{\n  \"command\": \"SimulateNeuron\",\n  \"dt\": 0.01,\n  \"steps\": 1000,\n" +
			"  \"ok\": true,\n  \"seed\": null,\n  \"v\": [-65.0, null]\n}\n", Files.readString(file));
		assertEquals("{}\n", SummaryJson.toJson(Map.of()));
	}

	@Test
	void roundTripsValuesAndOrder() throws IOException {
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("z_last_alphabetically", 1L);
		m.put("rate_Hz", 12.5);
		m.put("float", 0.1f);
		m.put("big", new BigDecimal("1E+400"));
		m.put("nan", Double.NaN);
		m.put("inf", Float.NEGATIVE_INFINITY);
		m.put("scheme", Scheme.EXP_EULER);
		m.put("path", Path.of("out", "run1"));
		m.put("file", new File("a.csv"));
		m.put("ints", new int[] { 1, 2, 3 });
		m.put("names", List.of("E", "I"));
		m.put("nested", new String[][] { { "a" }, {} });
		m.put("optional", Optional.empty());
		m.put("other", new StringBuilder("sb"));
		final Path file = dir.resolve("s.json");
		SummaryJson.write(file, m);
		final Map<String, Object> back = SummaryJson.read(file);
		assertEquals(List.copyOf(m.keySet()), List.copyOf(back.keySet()));
		assertEquals(1L, back.get("z_last_alphabetically"));
		assertEquals(12.5, back.get("rate_Hz"));
		assertEquals(0.1, back.get("float"));
		assertEquals(Double.POSITIVE_INFINITY, back.get("big"), "beyond double: read as infinity");
		assertNull(back.get("nan"));
		assertNull(back.get("inf"));
		assertEquals("EXP_EULER", back.get("scheme"));
		assertEquals("out" + File.separator + "run1", back.get("path"));
		assertEquals("a.csv", back.get("file"));
		assertEquals(List.of(1L, 2L, 3L), back.get("ints"));
		assertEquals(List.of("E", "I"), back.get("names"));
		assertEquals(List.of(List.of("a"), List.of()), back.get("nested"));
		assertNull(back.get("optional"));
		assertEquals("sb", back.get("other"));
	}

	@Test
	void escapesStringsAndReadsThemBack() throws IOException {
		final String nasty = "quote \" backslash \\ slash / newline \n tab \t cr \r bell \u0007 " +
			"del \u007f µA/cm² 🧠 sep \u2028 lone \ud800 end";
		final Map<String, Object> m = new LinkedHashMap<>();
		m.put("key with \"quotes\"\n", nasty);
		final String json = SummaryJson.toJson(m);
		assertTrue(json.contains("\\\"quotes\\\"\\n"), json);
		assertTrue(json.contains("\\u0007") && json.contains("\\u007f") && json.contains("\\u2028"),
			json);
		assertTrue(json.contains("\\ud800"), "lone surrogate escaped: " + json);
		assertTrue(json.contains("µA/cm² 🧠"), "printable Unicode stays readable: " + json);
		for (final char c : json.toCharArray()) {
			assertTrue(c >= 0x20 || c == '\n', "raw control character " + (int) c + " in output");
		}
		final Path file = dir.resolve("esc.json");
		SummaryJson.write(file, m);
		assertEquals(m, SummaryJson.read(file));
	}

	@Test
	void readsStandardJsonFromOtherWriters() {
		final Map<String, Object> m = SummaryJson.parse(
			"{\"a\":-1.5e3,\"b\":\"\\u00b5\\ud83e\\udde0\\/\",\"c\":[],\"d\":{\"e\":false}," +
				"\"f\":12345678901234567890}", "test");
		assertEquals(-1500.0, m.get("a"));
		assertEquals("µ🧠/", m.get("b"));
		assertEquals(List.of(), m.get("c"));
		assertEquals(Map.of("e", false), m.get("d"));
		assertEquals(1.2345678901234567e19, m.get("f"));
	}

	@Test
	void malformedJsonNamesFileLineAndColumn() throws IOException {
		final Path file = Files.writeString(dir.resolve("bad.json"), "{\n  \"a\": 1,\n  \"b\": tru\n}");
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> SummaryJson.read(file));
		assertTrue(e.getMessage().contains("bad.json, line 3, column 8"), e.getMessage());
		for (final String bad : new String[] { "", "[1]", "{\"a\":1,}", "{\"a\":01}",
			"{\"a\":1} x", "{\"a\":\"x\ny\"}", "{\"a\":1,\"a\":2}", "{\"a\":NaN}", "{\"a\":\"\\q\"}" })
		{
			assertThrows(IllegalArgumentException.class, () -> SummaryJson.parse(bad, "s"), bad);
		}
	}
}
