package org.loligo.engine.network;

import java.util.Arrays;

/**
 * A matrix as it was read (a {@code matrixFile} or {@code delayFile}, a weight image), kept as compressed
 * rows of its non-zero entries: row i's entries are {@code k = rowStart[i] … rowStart[i+1]-1}, at column
 * {@code column[k]} (ascending) with value {@code value[k]}. Row = postsynaptic neuron, column =
 * presynaptic neuron; values are raw (weights before the coupling factor, or delays in ms). The number
 * of values each row had is kept too, so that a ragged or non-square matrix is reported as such where
 * it is used ({@link Connectivity#matrix}).
 * <p>
 * NB: a reader appends a row at a time ({@link Builder}), so no n×n array of doubles exists on the way
 * from a file or an image to the network's connections.
 */
public final class WeightMatrix {

	private final int[] rowLength, rowStart, column;
	private final double[] value;

	private WeightMatrix(final int[] rowLength, final int[] rowStart, final int[] column, final double[] value) {
		this.rowLength = rowLength;
		this.rowStart = rowStart;
		this.column = column;
		this.value = value;
	}

	/** The non-zero entries of {@code m} (rows may differ in length; they are checked where used). */
	public static WeightMatrix of(final double[][] m) {
		final Builder b = new Builder();
		for (final double[] row : m) {
			for (int j = 0; j < row.length; j++)
				b.add(j, row[j]);
			b.endRow(row.length);
		}
		return b.build();
	}

	/** Number of rows. */
	public int rows() {
		return rowLength.length;
	}

	/** Number of values row i had (zeros included). */
	public int rowLength(final int i) {
		return rowLength[i];
	}

	/** Number of stored (non-zero) entries. */
	public int entries() {
		return column.length;
	}

	/** Largest stored value, 0 without entries (e.g. the longest delay). */
	public double max() {
		double m = 0;
		for (final double x : value)
			m = Math.max(m, x);
		return m;
	}

	/** Entry (i, j), 0 if not stored. */
	public double get(final int i, final int j) {
		final int k = Arrays.binarySearch(column, rowStart[i], rowStart[i + 1], j);
		return k >= 0 ? value[k] : 0;
	}

	/** Row i's first stored index (see the class javadoc). Not copied: do not modify. */
	int[] rowStart() {
		return rowStart;
	}

	int[] column() {
		return column;
	}

	double[] value() {
		return value;
	}

	/** The matrix with its zeros, each row as long as it was given: for tests and small exports. */
	public double[][] toDense() {
		final double[][] m = new double[rows()][];
		for (int i = 0; i < m.length; i++) {
			m[i] = new double[rowLength[i]];
			for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
				m[i][column[k]] = value[k];
		}
		return m;
	}

	/**
	 * Collects a matrix row by row: {@link #add} the entries of a row in ascending column order (zeros
	 * are skipped), then {@link #endRow} with the number of values the row had.
	 */
	public static final class Builder {

		private int[] rowLength = new int[16], rowStart = new int[17], column = new int[64];
		private double[] value = new double[64];
		private int rows, size;

		/** Entry {@code (current row, j) = x}; columns must ascend within a row. */
		public Builder add(final int j, final double x) {
			if (x == 0) return this;
			if (size == column.length) {
				if (size >= Integer.MAX_VALUE - 8) throw new IllegalArgumentException("the matrix has more than " +
					(Integer.MAX_VALUE - 8) + " non-zero entries, the most one network holds");
				final int grown = (int) Math.min(Integer.MAX_VALUE - 8, 2L * size);
				column = Arrays.copyOf(column, grown);
				value = Arrays.copyOf(value, grown);
			}
			column[size] = j;
			value[size++] = x;
			return this;
		}

		/** Ends the current row, which had {@code length} values (zeros included). */
		public Builder endRow(final int length) {
			if (rows == rowLength.length) {
				rowLength = Arrays.copyOf(rowLength, 2 * rows);
				rowStart = Arrays.copyOf(rowStart, 2 * rows + 1);
			}
			rowLength[rows++] = length;
			rowStart[rows] = size;
			return this;
		}

		/** Number of rows ended so far. */
		public int rows() {
			return rows;
		}

		public WeightMatrix build() {
			return new WeightMatrix(Arrays.copyOf(rowLength, rows), Arrays.copyOf(rowStart, rows + 1), Arrays.copyOf(
				column, size), Arrays.copyOf(value, size));
		}
	}
}
