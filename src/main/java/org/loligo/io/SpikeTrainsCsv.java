package org.loligo.io;

import java.io.IOException;
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
		try {
			data = Csv.read(file);
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
		final String prefix = parameter + ": '" + file + "', ";
		final int[] ids = new int[idValues.length];
		for (int k = 0; k < ids.length; k++) {
			final double v = idValues[k];
			if (!(v >= 0 && v <= Integer.MAX_VALUE && v == Math.rint(v))) throw new IllegalArgumentException(prefix +
				where(data, k) + ": " + idName + " must be an integer >= 0, got '" + data.cell(k, data.columnIndex(
					idName)) + "'");
			ids[k] = (int) v;
		}
		try {
			return SpikeTrains.group(ids, times, trainCount, k -> where(data, k));
		}
		catch (final IllegalArgumentException e) {
			throw new IllegalArgumentException(prefix + e.getMessage(), e);
		}
	}

	private static String where(final CsvData data, final int row) {
		return "line " + data.line(row);
	}
}
