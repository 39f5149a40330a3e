package org.loligo.engine.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Reads a matrix of numbers from text (the content of a {@code matrixFile} or {@code delayFile}): one
 * row per line, values separated by commas, semicolons, tabs or spaces. Blank lines and lines starting
 * with {@code #} are skipped. No header row. Errors name the parameter, line and column. The result
 * keeps only the non-zero entries ({@link WeightMatrix}); the text is read a line at a time.
 */
public final class MatrixText {

	private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;\\t ]\\s*");

	private MatrixText() {}

	/** The rows of {@code text}; {@code param} is the parameter named in errors. */
	public static WeightMatrix parse(final String text, final String param) {
		try {
			return read(new BufferedReader(new StringReader(text)), param);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e); // NB: a StringReader does not fail
		}
	}

	/** The rows of the text {@code in} delivers, line by line; {@code param} is named in errors. */
	public static WeightMatrix read(final BufferedReader in, final String param) throws IOException {
		final WeightMatrix.Builder b = new WeightMatrix.Builder();
		int l = 0;
		for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
			l++;
			final String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) continue;
			final String[] cells = SEPARATOR.split(line);
			for (int c = 0; c < cells.length; c++)
				b.add(c, number(cells[c], param, l, c));
			b.endRow(cells.length);
		}
		if (b.rows() == 0) throw new IllegalArgumentException(param + ": the file has no rows of numbers");
		return b.build();
	}

	private static double number(final String cell, final String param, final int line, final int c) {
		double x;
		try {
			x = Double.parseDouble(cell);
		}
		catch (final NumberFormatException e) {
			x = Double.NaN;
		}
		// NB: Java also parses "0x1p3", "1d" and "2f"; a CSV of weights means none of these.
		if (!Double.isFinite(x) || hasJavaSuffix(cell)) throw new IllegalArgumentException(param + ": line " +
			line + ", column " + (c + 1) + ": '" + cell + "' is not a finite number; give one row of numbers per " +
			"line, separated by commas or spaces");
		return x;
	}

	private static boolean hasJavaSuffix(final String cell) {
		for (int i = 0; i < cell.length(); i++)
			switch (cell.charAt(i)) {
				case 'x', 'X', 'd', 'D', 'f', 'F' -> {
					return true;
				}
				default -> {}
			}
		return false;
	}
}
