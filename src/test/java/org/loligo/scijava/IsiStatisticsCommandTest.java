package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.io.Csv;
import org.loligo.io.CsvData;
import org.loligo.io.SummaryJson;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** "ISI Statistics" through a SciJava Context, on a CSV written here and on Simulate HH Neuron's spikes. */
class IsiStatisticsCommandTest extends CommandTestBase {

	@TempDir
	Path dir;

	static CommandModule run(final Class<? extends org.scijava.command.Command> c, final Map<String, Object> in)
		throws Exception
	{
		return context.service(CommandService.class).run(c, true, in).get();
	}

	/** Train 0: ISIs 2, 6, 3 ms; train 1: ISIs 10, 20, 10, 20 ms; rows shuffled, train 1 unsorted. */
	Path smallCsv() throws Exception {
		return Files.writeString(dir.resolve("spikes.csv"),
			"trial,time_ms\n1,10\n0,0\n1,0\n0,2\n1,40\n1,30\n0,8\n0,11\n1,60\n");
	}

	@Test
	void smallCsvGivesFilesSummaryAndOutputs() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("spikesFile", smallCsv().toFile());
		in.put("fanoWindow", 20.0);
		in.put("outputDirectory", dir.resolve("out").toFile());
		final CommandModule m = run(IsiStatisticsCommand.class, in);
		// Pooled values, hand-computed in IsiPooledTest.
		assertEquals(2, m.getOutput("trains"));
		assertEquals(9L, m.getOutput("spikes"));
		assertEquals(75, (Double) m.getOutput("meanRateHz"), 1e-9);
		assertEquals(71.0 / 7, (Double) m.getOutput("meanIsiMs"), 1e-12);
		assertEquals(Math.sqrt(2302) / 71, (Double) m.getOutput("cv"), 1e-12);
		assertEquals(11.0 / 15, (Double) m.getOutput("cv2"), 1e-12);
		assertEquals(5.0 / 12, (Double) m.getOutput("lv"), 1e-12);
		assertEquals(17.0 / 12, (Double) m.getOutput("fanoFactor"), 1e-12);

		final Path out = dir.resolve("out");
		final CsvData stats = Csv.read(out.resolve("isi_stats.csv"));
		assertEquals(List.of("train", "spikes", "rate_hz", "mean_isi_ms", "sd_isi_ms", "cv", "cv2", "lv", "lvr"),
			stats.header().subList(0, 9));
		assertEquals(2, stats.rowCount());
		assertEquals(13.0 / 24, stats.column("lv")[0], 1e-12);
		assertEquals(799.0 / 432, stats.column("lvr")[0], 1e-12);
		final CsvData hist = Csv.read(out.resolve("isi_histogram.csv"));
		assertEquals(List.of("bin_start_ms", "bin_end_ms", "count"), hist.header());
		assertEquals(21, hist.rowCount());
		assertEquals(7, java.util.Arrays.stream(hist.column("count")).sum(), 0);
		final CsvData serial = Csv.read(out.resolve("isi_serial_correlation.csv"));
		assertEquals(List.of("lag", "correlation", "pairs"), serial.header());
		assertEquals(5, serial.rowCount());
		final BufferedImage png = ImageIO.read(out.resolve("isi_histogram.png").toFile());
		assertTrue(png.getWidth() >= 600 && png.getHeight() >= 400);

		final Map<String, Object> s = SummaryJson.read(out.resolve("summary.json"));
		assertEquals("ISI Statistics", s.get("command"));
		for (final String key : new String[] { "version", "spikesFile", "binWidth", "fanoWindow", "maxLag",
			"refractoryPeriod", "start", "duration", "trainCount", "outputDirectory", "seed", "wall_seconds", "trains",
			"spikes", "mean_rate_hz", "mean_isi_ms", "isi_cv_pooled", "isi_cv_mean_per_train", "cv2", "lv", "lvr", "fano_factor", "window_end_ms" })
			assertTrue(s.containsKey(key), "summary.json lacks " + key);
		assertEquals(11.0 / 15, ((Number) s.get("cv2")).doubleValue(), 1e-12);
		assertEquals(60, ((Number) s.get("window_end_ms")).doubleValue(), 0);
		assertEquals(false, s.get("input_sorted"));
		try (var files = Files.list(out)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
		}
	}

	@Test
	void readsTheSpikesOfSimulateHHNeuron() throws Exception {
		final Map<String, Object> sim = new HashMap<>();
		sim.put("neurons", 3);
		sim.put("current", 10.0);
		sim.put("duration", 300.0);
		sim.put("recordNeurons", 0);
		sim.put("seed", 3L);
		sim.put("outputDirectory", dir.resolve("sim").toFile());
		final int simulated = (Integer) run(SimulateNeuron.class, sim).getOutput("spikeCount");
		final Map<String, Object> in = new HashMap<>();
		in.put("spikesFile", dir.resolve("sim/spikes.csv").toFile());
		in.put("outputDirectory", dir.resolve("isi").toFile());
		final CommandModule m = run(IsiStatisticsCommand.class, in);
		assertEquals(3, m.getOutput("trains"));
		assertEquals((long) simulated, m.getOutput("spikes"));
		// Noise-free HH1952 at 10 µA/cm² fires periodically at about 68 Hz (ISI ≈ 14.6 ms): after the
		// first, shorter interval the train is regular, so CV is small and LV smaller still.
		final double isi = (Double) m.getOutput("meanIsiMs");
		assertTrue(isi > 13 && isi < 16, "mean ISI " + isi);
		assertTrue((Double) m.getOutput("cv") < 0.1, "cv " + m.getOutput("cv"));
		assertTrue((Double) m.getOutput("lv") < 0.05, "lv " + m.getOutput("lv"));
		assertTrue(Files.exists(dir.resolve("isi/isi_histogram.png")));
	}

	@Test
	void badInputIsRefusedBeforeAnyFileIsWritten() throws Exception {
		final Path good = smallCsv();
		final Object[][] cases = { { "binWidth", 0.0, good, "binWidth must be > 0" },
			{ "fanoWindow", -1.0, good, "fanoWindow must be > 0" }, { "maxLag", -1, good, "maxLag must be in 0" },
			{ "refractoryPeriod", Double.NaN, good, "refractoryPeriod must be >= 0" },
			{ "duration", -5.0, good, "duration must be >= 0" }, { "trainCount", 1, good, "line 2: train id 1 is " +
				"not below the number of trains 1" }, { "binWidth", 1e-6, good, "binWidth = 1.0E-6 ms would need" },
			{ null, null, dir.resolve("missing.csv"), "is not a readable file" },
			{ null, null, csv("neuron,t\n0,1\n"), "needs a 'neuron' (or 'trial', 'train') column and a 'time_ms'" },
			{ null, null, csv("neuron,time_ms\n0,1\n0,abc\n"), "line 3, column 2 ('time_ms'): 'abc' is not a number" },
			{ null, null, csv("neuron,time_ms\n0,1\n\n-1,2\n"), "line 4: neuron must be an integer >= 0, got '-1'" },
			{ null, null, csv("neuron,time_ms\n0,1\n0.5,2\n"), "line 3: neuron must be an integer >= 0, got '0.5'" },
			{ null, null, csv("neuron,time_ms\n0,1\n0,-2\n"), "line 3: spike time must be finite and >= 0 ms" },
			{ null, null, csv("neuron,time_ms\n0,1\n0\n"), "line 3: 1 cells but the header has 2" },
			{ null, null, csv("neuron,time_ms\n0,4\n0,1\n0,4\n"), "line 4: train 0 has a second spike at 4.0 ms" } };
		for (final Object[] c : cases) {
			final Map<String, Object> in = new HashMap<>();
			in.put("outputDirectory", dir.resolve("out").toFile());
			if (c[2] != null) in.put("spikesFile", ((Path) c[2]).toFile());
			if (c[0] != null) in.put(c[0].toString(), c[1]);
			final Exception e = assertThrows(Exception.class, () -> run(IsiStatisticsCommand.class, in), c[3]
				.toString());
			final String msg = org.loligo.scijava.headless.Errors.userMessage(e); // as the launcher prints it
			assertTrue(msg.contains(c[3].toString()), "expected '" + c[3] + "' in '" + msg + "'");
			if (c[0] == null && c[2] != null) assertTrue(msg.startsWith("spikesFile"), msg);
			assertFalse(Files.exists(dir.resolve("out")), "nothing written for " + c[3]);
		}
	}

	@Test
	void aMissingSpikesFileStopsTheRun() throws Exception {
		// SciJava's input check cancels a module whose required input is unset ("'spikesFile' is required
		// but unset."); run() itself refuses null too, for callers that skip preprocessing.
		final Map<String, Object> in = new HashMap<>();
		in.put("outputDirectory", dir.resolve("out").toFile());
		final CommandModule m = run(IsiStatisticsCommand.class, in);
		assertTrue(m.isCanceled(), "canceled");
		assertTrue(String.valueOf(m.getCancelReason()).contains("spikesFile"), m.getCancelReason());
		final IsiStatisticsCommand c = new IsiStatisticsCommand();
		c.setContext(context);
		final Exception e = assertThrows(IllegalArgumentException.class, c::run);
		assertTrue(e.getMessage().startsWith("spikesFile is required"), e.getMessage());
		assertFalse(Files.exists(dir.resolve("out")));
	}

	private int csvCount;

	private Path csv(final String text) throws Exception {
		return Files.writeString(dir.resolve("bad" + csvCount++ + ".csv"), text);
	}
}
