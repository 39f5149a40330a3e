package org.loligo.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.loligo.analysis.isi.SpikeTrains;

/**
 * Reads spike trains from a CSV with a header: a train column named {@code neuron}, {@code trial} or
 * {@code train} (integer ids ≥ 0) and a {@code time_ms} column (ms, ≥ 0), other columns ignored; the
 * {@code spikes.csv} of every Loligo command has this shape. Rows may come in any order; times are
 * sorted within each train (see {@link SpikeTrains}).
 * <p>
 * Every error is an {@link IllegalArgumentException} that starts with the parameter name given by the
 * caller and names the file and, for a bad row, its line.
 */
public final class SpikeTrainsCsv {

	/** Accepted names of the train column, in order of preference. */
	public static final List<String> ID_COLUMNS = List.of("neuron", "trial", "train");

	private SpikeTrainsCsv() {}

	/**
	 * Reads {@code file}.
	 *
	 * @param trainCount 0: the trains are the ids in the file; N > 0: ids 0 … N−1 (silent ones empty)
	 * @param parameter  name that error messages start with, e.g. {@code "spikesFile"}
	 */
	public static SpikeTrains read(final Path file, final int trainCount, final String parameter) {
		if (file == null) throw new IllegalArgumentException(parameter + " is required: a CSV with columns " +
			"neuron (or trial) and time_ms");
		if (!Files.isRegularFile(file)) throw new IllegalArgumentException(parameter + ": '" + file +
			"' is not a readable file");
		final CsvData data;
		final String text;
		try {
			data = Csv.read(file);
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (final IOException e) {
			throw new IllegalArgumentException(parameter + ": cannot read '" + file + "': " + e.getMessage(), e);
		}
		catch (final IllegalArgumentException e) {
			throw new IllegalArgumentException(parameter + ": " + e.getMessage(), e);
		}
		final String idName = ID_COLUMNS.stream().filter(data.header()::contains).findFirst().orElse(null);
		if (idName == null || !data.header().contains("time_ms")) throw new IllegalArgumentException(parameter +
			": '" + file + "' needs a 'neuron' (or 'trial', 'train') column and a 'time_ms' column; its header is " +
			data.header());
		final double[] idValues, times;
		try {
			idValues = data.column(idName);
			times = data.column("time_ms");
		}
		catch (final IllegalArgumentException e) {
			throw new IllegalArgumentException(parameter + ": " + e.getMessage(), e);
		}
		final int[] lines = dataLines(text, data.rowCount());
		final String prefix = parameter + ": '" + file + "', ";
		final int[] ids = new int[idValues.length];
		for (int k = 0; k < ids.length; k++) {
			final double v = idValues[k];
			if (!(v >= 0 && v <= Integer.MAX_VALUE && v == Math.rint(v))) throw new IllegalArgumentException(prefix +
				where(lines, k) + ": " + idName + " must be an integer >= 0, got '" + data.cell(k, data.columnIndex(
					idName)) + "'");
			ids[k] = (int) v;
		}
		try {
			return SpikeTrains.group(ids, times, trainCount, k -> where(lines, k));
		}
		catch (final IllegalArgumentException e) {
			throw new IllegalArgumentException(prefix + e.getMessage(), e);
		}
	}

	private static String where(final int[] lines, final int row) {
		return lines != null ? "line " + lines[row] : "data row " + (row + 1);
	}

	/**
	 * The 1-based line of each data row: {@link Csv#read} skips empty lines and starts a record on every
	 * other one, and numeric cells hold no line breaks. Null if the count disagrees (quoted line breaks
	 * in the header), in which case rows are named by number instead.
	 */
	static int[] dataLines(final String text, final int rows) {
		final int[] lines = new int[rows];
		int line = 1, records = 0, lineStart = 0;
		for (int i = 0; i <= text.length(); i++) {
			final boolean end = i == text.length();
			final char ch = end ? '\n' : text.charAt(i);
			if (ch != '\n' && ch != '\r') continue;
			if (i > lineStart) {
				if (records > 0) {
					if (records > rows) return null;
					lines[records - 1] = line;
				}
				records++;
			}
			if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
			line++;
			lineStart = i + 1;
		}
		return records - 1 == rows ? lines : null;
	}
}
