package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link Csv} and {@link CsvData}: exact round trips, quoting and error messages. */
class CsvTest {

	@TempDir
	Path dir;

	@Test
	void formatsNumbersCompactlyAndConsistently() {
		assertEquals("3", Csv.formatDouble(3.0));
		assertEquals("-65", Csv.formatDouble(-65.0));
		assertEquals("0.1", Csv.formatDouble(0.1));
		assertEquals("1.0E-5", Csv.formatDouble(1e-5));
		assertEquals("1.0E20", Csv.formatDouble(1e20));
		assertEquals("-0.0", Csv.formatDouble(-0.0));
		assertEquals("NaN", Csv.formatDouble(Double.NaN));
		assertEquals("Infinity", Csv.formatDouble(Double.POSITIVE_INFINITY));
		assertEquals("-Infinity", Csv.formatDouble(Double.NEGATIVE_INFINITY));
	}

	@Test
	void columnsRoundTripBitForBit() throws IOException {
		final double[] t = { 0, 0.01, 0.02, 1e-300, 123456789.125 };
		final double[] v = { -65, Double.NaN, Double.POSITIVE_INFINITY, -0.0, Math.PI };
		final Path file = dir.resolve("traces.csv");
		Csv.writeColumns(file, new String[] { "t_ms", "v_mV" }, t, v);
		assertTrue(Files.readString(file).startsWith("t_ms,v_mV\n0,-65\n0.01,NaN\n"));
		final CsvData data = Csv.read(file);
		assertEquals(List.of("t_ms", "v_mV"), data.header());
		assertEquals(5, data.rowCount());
		assertArrayEquals(t, data.column("t_ms"));
		final double[] back = data.column(1);
		for (int i = 0; i < v.length; i++) {
			assertEquals(Double.doubleToLongBits(v[i]), Double.doubleToLongBits(back[i]), "row " + i);
		}
	}

	@Test
	void quotesCellsThatNeedItAndReadsThemBack() throws IOException {
		final Path file = dir.resolve("q.csv");
		final String[] header = { "plain", "with,comma", "with \"quote\"", "two\nlines" };
		Csv.write(file, header, 2, (r, sb) -> {
			Csv.appendCell(sb, "row " + r + ", a").append(',');
			Csv.appendDouble(sb, r).append(',');
			Csv.appendCell(sb, "µA/cm²").append(',');
			Csv.appendCell(sb, "");
		});
		final CsvData data = Csv.read(file);
		assertEquals(List.of(header), data.header());
		assertEquals("row 1, a", data.cell(1, 0));
		assertEquals("µA/cm²", data.cell(0, 2));
		assertEquals("", data.cell(0, 3));
		assertArrayEquals(new double[] { 0, 1 }, data.column("with,comma"));
	}

	@Test
	void readsOtherToolsSpellingsAndLineEnds() throws IOException {
		final Path file = Files.writeString(dir.resolve("pandas.csv"),
			"\uFEFFa,b\r\n1e-3,inf\r\n,-inf\r\n nan ,2.5\r\n\r\n");
		final double[][] m = Csv.read(file).doubles();
		assertEquals(3, m.length);
		assertEquals(1e-3, m[0][0]);
		assertEquals(Double.POSITIVE_INFINITY, m[0][1]);
		assertTrue(Double.isNaN(m[1][0]), "empty cell is a missing value");
		assertEquals(Double.NEGATIVE_INFINITY, m[1][1]);
		assertTrue(Double.isNaN(m[2][0]));
		assertEquals(2.5, m[2][1]);
	}

	@Test
	void malformedNumberNamesFileLineAndColumn() throws IOException {
		final Path file = Files.writeString(dir.resolve("bad.csv"), "t,v\n0,1\n1,1.5x\n");
		final CsvData data = Csv.read(file);
		assertArrayEquals(new double[] { 0, 1 }, data.column("t"));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> data.column("v"));
		assertTrue(e.getMessage().contains("bad.csv"), e.getMessage());
		assertTrue(e.getMessage().contains("line 3"), e.getMessage());
		assertTrue(e.getMessage().contains("column 2 ('v')"), e.getMessage());
		assertTrue(e.getMessage().contains("'1.5x'"), e.getMessage());
		// Java literal suffixes are not numbers in a CSV file.
		final Path suffix = Files.writeString(dir.resolve("suffix.csv"), "a\n1d\n");
		assertThrows(IllegalArgumentException.class, () -> Csv.read(suffix).column(0));
	}

	@Test
	void structuralErrorsAreReported() throws IOException {
		final Path ragged = Files.writeString(dir.resolve("ragged.csv"), "a,b\n1,2\n3\n");
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> Csv.read(ragged));
		assertTrue(e.getMessage().contains("line 3"), e.getMessage());
		final Path open = Files.writeString(dir.resolve("open.csv"), "a\n1\n\n\"never closed\n");
		assertEquals("CSV " + open + ", line 4: quoted cell is never closed", assertThrows(
			IllegalArgumentException.class, () -> Csv.read(open)).getMessage());
		// Lines are counted in the file, blank lines and quoted line breaks included.
		final Path blanks = Files.writeString(dir.resolve("blanks.csv"), "a,b\n\n1,\"x\ny\"\n\n\n2,oops\n3\n");
		assertEquals("CSV " + blanks + ", line 8: 1 cells but the header has 2", assertThrows(
			IllegalArgumentException.class, () -> Csv.read(blanks)).getMessage());
		final IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Csv.read(Files
			.writeString(dir.resolve("b2.csv"), "a,b\n\n\"x\ny\",1\n\n\n2,oops\n")).column("b"));
		assertTrue(bad.getMessage().contains("line 7") && bad.getMessage().contains("'oops'"), bad.getMessage());
		final Path unknown = Files.writeString(dir.resolve("ok.csv"), "a\n1\n");
		final IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
			() -> Csv.read(unknown).column("b"));
		assertTrue(missing.getMessage().contains("[a]"), missing.getMessage());
	}

	@Test
	void columnsOfDifferentLengthsAreRefused() {
		final Path file = dir.resolve("x.csv");
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> Csv.writeColumns(file, new String[] { "a", "b" }, new double[3], new double[2]));
		assertTrue(e.getMessage().contains("'b'"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
			() -> Csv.writeColumns(file, new String[] { "a" }, new double[3], new double[3]));
		assertTrue(!Files.exists(file));
	}

	@Test
	void roundTripsHalfAMillionRows() throws IOException {
		// NB: speed is measured by the benchmark harness, never asserted here.
		final int n = 500_000;
		final Path file = dir.resolve("big.csv");
		Csv.write(file, new String[] { "t_ms", "v_mV" }, n, (r, sb) -> {
			Csv.appendDouble(sb, r * 0.01).append(',');
			Csv.appendDouble(sb, -65 + Math.sin(r * 0.001));
		});
		final CsvData data = Csv.read(file);
		assertEquals(n, data.rowCount());
		assertEquals(0.01 * (n - 1), data.column(0)[n - 1]);
	}
}
