package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.io.SummaryJson;

/**
 * One definition per name: the CVs (and SDs) a simulating command writes into summary.json are the ones
 * "ISI Statistics" gives for that command's own spikes.csv (README "Statistics: one definition per name").
 */
class CvAcrossCommandsTest extends CommandTestBase {

	@TempDir
	Path dir;

	/** "ISI Statistics" on {@code spikes} into {@code out}; its summary. */
	Map<String, Object> isi(final Path spikes, final Path out) throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("spikesFile", spikes.toFile());
		in.put("outputDirectory", out.toFile());
		run(IsiStatisticsCommand.class, in);
		return SummaryJson.read(out.resolve("summary.json"));
	}

	static double num(final Map<String, Object> s, final String key) {
		final Object v = s.get(key);
		assertTrue(v instanceof Number, key + " = " + v);
		return ((Number) v).doubleValue();
	}

	static void same(final Map<String, Object> a, final String keyA, final Map<String, Object> b, final String keyB) {
		final double x = num(a, keyA), y = num(b, keyB);
		assertEquals(x, y, 1e-12 * Math.abs(x), keyA + " vs ISI Statistics' " + keyB);
	}

	@Test
	void ensembleAndIsiStatisticsAgree() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("trials", 6);
		in.put("current", 8.0);
		in.put("noiseSigma", 3.0);
		in.put("duration", 300.0);
		in.put("seed", 4L);
		in.put("outputDirectory", dir.resolve("ens").toFile());
		run(StochasticEnsemble.class, in);
		final Map<String, Object> e = SummaryJson.read(dir.resolve("ens/summary.json"));
		final Map<String, Object> i = isi(dir.resolve("ens/spikes.csv"), dir.resolve("ens-isi"));
		same(e, "isi_cv_pooled", i, "isi_cv_pooled");
		same(e, "isi_cv_mean_per_train", i, "isi_cv_mean_per_train");
		assertTrue(num(e, "isi_cv_pooled") > 0.02, "noise makes the intervals vary");
	}

	@Test
	void poissonNeuronAndIsiStatisticsAgree() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("trials", 4);
		in.put("excitatoryInputs", 400);
		in.put("inhibitoryInputs", 100);
		in.put("inputRate", 20.0);
		in.put("duration", 400.0);
		in.put("seed", 2L);
		in.put("outputDirectory", dir.resolve("poisson").toFile());
		run(PoissonNeuronCommand.class, in);
		final Map<String, Object> p = SummaryJson.read(dir.resolve("poisson/summary.json"));
		final Map<String, Object> i = isi(dir.resolve("poisson/spikes.csv"), dir.resolve("poisson-isi"));
		same(p, "isi_cv_pooled", i, "isi_cv_pooled");
		same(p, "isi_cv_mean_per_train", i, "isi_cv_mean_per_train");
	}

	/** COBA's per-group CVs against ISI Statistics on the excitatory and inhibitory rows of its spikes.csv. */
	@Test
	void cobaAndIsiStatisticsAgree() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 400);
		in.put("duration", 200.0);
		in.put("seed", 3L);
		in.put("recordNeurons", 0);
		in.put("outputDirectory", dir.resolve("coba").toFile());
		run(CobaNetworkCommand.class, in);
		final Map<String, Object> c = SummaryJson.read(dir.resolve("coba/summary.json"));
		final List<String> rows = Files.readAllLines(dir.resolve("coba/spikes.csv"));
		for (final String group : List.of("exc", "inh")) {
			final StringBuilder sb = new StringBuilder(rows.get(0)).append('\n');
			for (final String row : rows.subList(1, rows.size()))
				if (Integer.parseInt(row.substring(0, row.indexOf(','))) < 320 == group.equals("exc")) sb.append(row)
					.append('\n');
			final Path f = Files.writeString(dir.resolve(group + ".csv"), sb);
			final Map<String, Object> i = isi(f, dir.resolve(group + "-isi"));
			same(c, "isi_cv_pooled_" + group, i, "isi_cv_pooled");
			same(c, "isi_cv_mean_per_train_" + group, i, "isi_cv_mean_per_train");
		}
	}
}
