package org.loligo.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A table read by {@link Csv#read}: the header and the rows as text, with numeric views that
 * report malformed cells by file, line and column.
 * <p>
 * Numeric cells accept what {@link Csv} writes and what common tools write: decimal and
 * scientific notation, {@code NaN}/{@code nan}, {@code Infinity}/{@code inf} with optional sign.
 * An empty cell reads as NaN (a missing value).
 */
public final class CsvData {

	private final String source;
	private final List<String> header;
	private final List<String[]> rows;
	private final int[] lines;

	CsvData(final String source, final String[] header, final List<String[]> rows,
		final int[] lines)
	{
		this.source = source;
		this.header = List.of(header);
		this.rows = new ArrayList<>(rows);
		this.lines = lines;
	}

	/** Column names, in file order. */
	public List<String> header() {
		return header;
	}

	/** The 1-based line of the file on which data row {@code row} starts. */
	int line(final int row) {
		return lines[row];
	}

	/** Number of data rows (the header excluded). */
	public int rowCount() {
		return rows.size();
	}

	/** The rows as text; each array has one cell per header name. Unmodifiable list of copies. */
	public List<String[]> rows() {
		final List<String[]> copy = new ArrayList<>(rows.size());
		for (final String[] r : rows) copy.add(r.clone());
		return Collections.unmodifiableList(copy);
	}

	/** Text of one cell; both indices 0-based, {@code row} not counting the header. */
	public String cell(final int row, final int column) {
		return rows.get(row)[column];
	}

	/**
	 * Index of the column named {@code name}.
	 *
	 * @throws IllegalArgumentException if there is none, listing the names there are.
	 */
	public int columnIndex(final String name) {
		final int c = header.indexOf(name);
		if (c < 0) {
			throw new IllegalArgumentException("CSV " + source + " has no column '" + name +
				"'; columns are " + header);
		}
		return c;
	}

	/** The column named {@code name} as numbers; see {@link #column(int)}. */
	public double[] column(final String name) {
		return column(columnIndex(name));
	}

	/**
	 * Column {@code column} (0-based) as numbers.
	 *
	 * @throws IllegalArgumentException on a cell that is not a number, naming file, line and
	 *           column.
	 */
	public double[] column(final int column) {
		final double[] values = new double[rows.size()];
		for (int r = 0; r < values.length; r++) values[r] = number(r, column);
		return values;
	}

	/** All cells as numbers, indexed {@code [row][column]}; errors as in {@link #column(int)}. */
	public double[][] doubles() {
		final double[][] values = new double[rows.size()][header.size()];
		for (int r = 0; r < values.length; r++) {
			for (int c = 0; c < header.size(); c++) values[r][c] = number(r, c);
		}
		return values;
	}

	private double number(final int row, final int column) {
		final String text = rows.get(row)[column];
		final double v = parse(text.strip());
		if (v == v || isNaNText(text.strip())) return v;
		throw new IllegalArgumentException("CSV " + source + ", line " + lines[row] +
			", column " + (column + 1) + " ('" + header.get(column) + "'): '" + text +
			"' is not a number");
	}

	/** Parses a cell, returning NaN for anything unreadable (the caller tells NaN text apart). */
	private static double parse(final String s) {
		if (s.isEmpty()) return Double.NaN;
		final char last = s.charAt(s.length() - 1);
		// NB: Double.parseDouble accepts Java literal suffixes ("1d", "2f") and hex floats;
		// those are not numbers in a CSV file.
		if (last == 'd' || last == 'D' || last == 'f' || last == 'F' || s.indexOf('x') >= 0 ||
			s.indexOf('X') >= 0)
		{
			return infinity(s);
		}
		try {
			return Double.parseDouble(s);
		}
		catch (final NumberFormatException e) {
			return infinity(s);
		}
	}

	/** numpy and pandas spell infinity {@code inf}; Java spells it {@code Infinity}. */
	private static double infinity(final String s) {
		switch (s.toLowerCase(Locale.ROOT)) {
			case "inf": case "+inf": case "infinity": case "+infinity":
				return Double.POSITIVE_INFINITY;
			case "-inf": case "-infinity":
				return Double.NEGATIVE_INFINITY;
			default:
				return Double.NaN;
		}
	}

	private static boolean isNaNText(final String s) {
		return s.isEmpty() || Arrays.asList("nan", "+nan", "-nan").contains(s.toLowerCase(Locale.ROOT));
	}
}
