package org.loligo.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.loligo.io.Csv;

/**
 * {@code csv}: the {@code spikes.csv} of a long network run (neuron, time_ms rows; times as a network
 * run gives them, multiples of dt = 0.1 ms with rounding noise), written by Loligo's hand-written
 * {@link Csv#write} (baseline) and by Apache Commons CSV's {@code CSVPrinter} (numbers as
 * {@code Double.toString}, the same text), then read back by {@link Csv#read} (Commons CSV's parser).
 * Full size: 5,000,000 spikes (4,000 neurons at 20 Hz for about 60 s); quick: 50,000. The check value is
 * the file's size in bytes (both writers must give the same), or the rows read.
 */
final class CsvBench {

	static final String BASELINE = "write Csv.write";

	private CsvBench() {}

	static Benchmark create(final Benchmarks.Size size) {
		final int rows = size == Benchmarks.Size.QUICK ? 50_000 : 5_000_000;
		final int[] ns = new int[rows];
		final double[] ts = new double[rows];
		final SplittableRandom rng = new SplittableRandom(7);
		double t = 0;
		for (int k = 0; k < rows; k++) {
			ns[k] = rng.nextInt(4000);
			if (rng.nextInt(4) == 0) t += 0.1;
			ts[k] = t;
		}
		final Path dir;
		try {
			dir = Files.createTempDirectory("loligo-csv-bench");
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
		dir.toFile().deleteOnExit();
		final Path a = dir.resolve("spikes-a.csv"), b = dir.resolve("spikes-b.csv");
		a.toFile().deleteOnExit();
		b.toFile().deleteOnExit();
		final List<Benchmark.Variant> vs = new ArrayList<>();
		vs.add(new Benchmark.Variant(BASELINE, rows, () -> io(() -> {
			Csv.write(a, new String[] { "neuron", "time_ms" }, rows, (k, sb) -> Csv.appendDouble(sb.append(ns[k])
				.append(','), ts[k]));
			return Files.size(a);
		})));
		vs.add(new Benchmark.Variant("write CSVPrinter", rows, () -> io(() -> {
			try (BufferedWriter w = Files.newBufferedWriter(b, StandardCharsets.UTF_8); CSVPrinter p = new CSVPrinter(w,
				CSVFormat.RFC4180.builder().setRecordSeparator('\n').setHeader("neuron", "time_ms").get()))
			{
				for (int k = 0; k < rows; k++) {
					final double x = ts[k];
					p.printRecord(ns[k], x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double
						.toString(x));
				}
			}
			return Files.size(b);
		})));
		vs.add(new Benchmark.Variant("read Csv.read", rows, () -> io(() -> (long) Csv.read(a).column("time_ms").length)));
		return new Benchmark("csv", String.format("spikes.csv of %,d rows written and read", rows), "row", BASELINE,
			vs);
	}

	private interface IoWork {

		long run() throws IOException;
	}

	private static long io(final IoWork w) {
		try {
			return w.run();
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
