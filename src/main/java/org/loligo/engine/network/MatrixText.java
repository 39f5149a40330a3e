package org.loligo.engine.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a matrix of numbers from text (the content of a {@code matrixFile} or {@code delayFile}): one
 * row per line, values separated by commas, semicolons, tabs or spaces. Blank lines and lines starting
 * with {@code #} are skipped. No header row. Errors name the parameter, line and column.
 */
public final class MatrixText {

	private MatrixText() {}

	/** The rows of {@code text}; {@code param} is the parameter named in errors. */
	public static double[][] parse(final String text, final String param) {
		final List<double[]> rows = new ArrayList<>();
		final String[] lines = text.split("\r?\n|\r", -1);
		for (int l = 0; l < lines.length; l++) {
			final String line = lines[l].strip();
			if (line.isEmpty() || line.startsWith("#")) continue;
			final String[] cells = line.split("\\s*[,;\\t ]\\s*");
			final double[] row = new double[cells.length];
			for (int c = 0; c < cells.length; c++) {
				try {
					row[c] = Double.parseDouble(cells[c]);
				}
				catch (final NumberFormatException e) {
					row[c] = Double.NaN;
				}
				if (!Double.isFinite(row[c]) || cells[c].matches(".*[xXdDfF].*")) throw new IllegalArgumentException(
					param + ": line " + (l + 1) + ", column " + (c + 1) + ": '" + cells[c] +
						"' is not a finite number; give one row of numbers per line, separated by commas or spaces");
			}
			rows.add(row);
		}
		if (rows.isEmpty()) throw new IllegalArgumentException(param + ": the file has no rows of numbers");
		return rows.toArray(new double[0][]);
	}
}
