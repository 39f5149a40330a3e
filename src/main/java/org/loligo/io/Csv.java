package org.loligo.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Comma-separated tables with one header row, written atomically (see {@link AtomicFiles}).
 * <p>
 * Format: UTF-8, {@code \n} line ends, cells separated by {@code ,}; a cell holding a comma, a
 * quote or a line break is quoted as in RFC 4180. Numbers use {@link #formatDouble}: integral
 * values without a fraction ({@code 3}), others in Java's shortest round-trip form ({@code 0.025},
 * {@code 1.0E-5}), non-finite values as {@code NaN}, {@code Infinity}, {@code -Infinity}. The
 * writer streams through a reused {@link StringBuilder}, so tables of millions of rows cost
 * little more than the bytes themselves.
 * <p>
 * NB: reading is Apache Commons CSV's; the writer stays hand-written because the harness shows Commons
 * CSV's {@code CSVPrinter} slower on large outputs: {@code scripts/bench --filter csv} (the spikes.csv of a
 * long network run, 5,000,000 rows, same bytes) measured CSVPrinter at 2.9× this writer's time per row
 * (median of 3; 1.6× on the fastest run) on a loaded 2-core machine. The parser, by contrast, costs about
 * what the hand-written one it replaced did (2.4-4.2 against 2.6-5.5 µs per row over 4 alternating
 * rounds of a 2,000,000-row spikes.csv).
 */
public final class Csv {

	/** Appends the cells of one row, comma-separated and without the line end. */
	@FunctionalInterface
	public interface RowFormatter {

		/** Appends row {@code row} (0-based) to {@code sb}, e.g. with {@link Csv#appendDouble}. */
		void appendRow(int row, StringBuilder sb);
	}

	/** Characters buffered before being handed to the writer. */
	private static final int CHUNK = 1 << 16;

	/**
	 * Integral doubles below this magnitude are written as integers: all of them are exact in a
	 * long, and 1e15 keeps the text shorter than Java's scientific form.
	 */
	private static final double MAX_PLAIN_INTEGER = 1e15;

	private Csv() {}

	/**
	 * Writes a table of {@code rows} rows below {@code header}.
	 *
	 * @param f called once per row, in order; it appends cells without a newline.
	 */
	public static void write(final Path file, final String[] header, final int rows,
		final RowFormatter f) throws IOException
	{
		if (rows < 0) throw new IllegalArgumentException("rows must be >= 0, got " + rows);
		AtomicFiles.write(file, out -> {
			// NB: not closed here; AtomicFiles owns the stream. We flush instead.
			final Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			final StringBuilder sb = new StringBuilder(CHUNK + 1024);
			for (int c = 0; c < header.length; c++) {
				if (c > 0) sb.append(',');
				appendCell(sb, header[c]);
			}
			sb.append('\n');
			for (int r = 0; r < rows; r++) {
				f.appendRow(r, sb);
				sb.append('\n');
				if (sb.length() >= CHUNK) {
					w.append(sb);
					sb.setLength(0);
				}
			}
			w.append(sb);
			w.flush();
		});
	}

	/**
	 * Writes equally long columns side by side, one named by each header cell.
	 *
	 * @throws IllegalArgumentException if the number of columns differs from the header's, or
	 *           the columns differ in length.
	 */
	public static void writeColumns(final Path file, final String[] header,
		final double[]... columns) throws IOException
	{
		if (columns.length != header.length) {
			throw new IllegalArgumentException("CSV " + file + ": " + header.length +
				" header names but " + columns.length + " columns");
		}
		final int rows = columns.length == 0 ? 0 : columns[0].length;
		for (int c = 1; c < columns.length; c++) {
			if (columns[c].length != rows) {
				throw new IllegalArgumentException("CSV " + file + ": column '" + header[c] +
					"' has " + columns[c].length + " values but column '" + header[0] + "' has " +
					rows);
			}
		}
		write(file, header, rows, (r, sb) -> {
			for (int c = 0; c < columns.length; c++) {
				if (c > 0) sb.append(',');
				appendDouble(sb, columns[c][r]);
			}
		});
	}

	/** The text that {@link #appendDouble} writes for {@code v}. */
	public static String formatDouble(final double v) {
		return appendDouble(new StringBuilder(24), v).toString();
	}

	/**
	 * Appends {@code v} in the table format: integral values as integers, others as
	 * {@link Double#toString} does (shortest text that parses back to the same double), NaN as
	 * {@code NaN}. Allocation-free for integral values; for use in hot {@link RowFormatter}s.
	 */
	public static StringBuilder appendDouble(final StringBuilder sb, final double v) {
		// NB: -0.0 stays "-0.0" so that the sign survives a round trip.
		if (v == Math.rint(v) && Math.abs(v) < MAX_PLAIN_INTEGER &&
			!(v == 0 && 1 / v < 0))
		{
			return sb.append((long) v);
		}
		return sb.append(v); // NaN, Infinity and -Infinity come out as Java spells them
	}

	/** Appends a text cell, quoted (RFC 4180) only if it holds a comma, quote or line break. */
	public static StringBuilder appendCell(final StringBuilder sb, final String text) {
		final String s = text == null ? "" : text;
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 &&
			s.indexOf('\r') < 0)
		{
			return sb.append(s);
		}
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			final char ch = s.charAt(i);
			if (ch == '"') sb.append('"');
			sb.append(ch);
		}
		return sb.append('"');
	}

	/**
	 * Reads a table written by this class or by other tools using RFC 4180 quoting (Apache Commons CSV).
	 * The first record is the header; blank lines are skipped, a leading byte-order mark is dropped.
	 * Numeric access and its error messages are in {@link CsvData}.
	 *
	 * @throws IllegalArgumentException if the file is empty, a quote is not closed, or a row has a
	 *           different number of cells from the header (naming file and line).
	 */
	public static CsvData read(final Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		// A leading byte-order mark (spreadsheets add one) is not part of the first name.
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
		final String source = file.toString();
		final Lines lines = new Lines(text);
		final List<String[]> records = new ArrayList<>();
		final List<Integer> starts = new ArrayList<>();
		final CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
		try (CSVParser p = CSVParser.parse(text, format)) {
			final Iterator<CSVRecord> it = p.iterator();
			while (true) {
				final long before = p.getCurrentLineNumber();
				final CSVRecord r;
				try {
					if (!it.hasNext()) break;
					r = it.next();
				}
				catch (final UncheckedIOException e) {
					throw new IllegalArgumentException("CSV " + source + ", line " + lines.firstNonBlank(before + 1) +
						": quoted cell is never closed");
				}
				records.add(r.values());
				starts.add(lines.firstNonBlank(lines.lineOf(r.getCharacterPosition())));
			}
		}
		if (records.isEmpty()) {
			throw new IllegalArgumentException("CSV " + source + " is empty: a header row is needed");
		}
		final String[] header = records.get(0);
		for (int i = 1; i < records.size(); i++) {
			if (records.get(i).length != header.length) {
				throw new IllegalArgumentException("CSV " + source + ", line " + starts.get(i) +
					": " + records.get(i).length + " cells but the header has " + header.length);
			}
		}
		final int[] rowLines = new int[records.size() - 1];
		for (int i = 0; i < rowLines.length; i++) rowLines[i] = starts.get(i + 1);
		return new CsvData(source, header, records.subList(1, records.size()), rowLines);
	}

	/** Line numbers (1-based) of character positions in a text, for messages. */
	private static final class Lines {

		private final String text;
		private final int[] starts;

		Lines(final String text) {
			this.text = text;
			final List<Integer> s = new ArrayList<>(List.of(0));
			for (int i = 0; i < text.length(); i++) {
				final char c = text.charAt(i);
				if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) s.add(i + 1);
			}
			starts = s.stream().mapToInt(Integer::intValue).toArray();
		}

		int lineOf(final long position) {
			final int k = java.util.Arrays.binarySearch(starts, (int) Math.min(Integer.MAX_VALUE, position));
			return k >= 0 ? k + 1 : -k - 1;
		}

		/**
		 * The first line from {@code line} on that is not empty: Commons CSV places a record that follows
		 * blank lines at the first of them.
		 */
		int firstNonBlank(final long line) {
			int l = (int) line;
			while (l < starts.length && lineText(l).isEmpty())
				l++;
			return l;
		}

		private String lineText(final int line) {
			final int from = starts[line - 1], to = line < starts.length ? starts[line] : text.length();
			return text.substring(from, to).replace("\n", "").replace("\r", "");
		}
	}
}
