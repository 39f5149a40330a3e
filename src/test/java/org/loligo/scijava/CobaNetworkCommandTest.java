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
import org.loligo.io.Tiff;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** "COBA-HH Network" through a SciJava Context, headless, at a small size. */
class CobaNetworkCommandTest extends CommandTestBase {

	@TempDir
	Path dir;

	static CommandModule run(final Map<String, Object> inputs) throws Exception {
		return run(CobaNetworkCommand.class, inputs);
	}

	@Test
	void smallNetworkWritesEveryFile() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 400);
		in.put("duration", 100.0);
		in.put("seed", 3L);
		in.put("outputDirectory", dir.toFile());
		final CommandModule m = run(in);
		final int spikes = (Integer) m.getOutput("totalSpikes");
		assertTrue(spikes > 0, "the random initial conductances make the network fire");

		final CsvData sp = Csv.read(dir.resolve("spikes.csv"));
		assertEquals(List.of("neuron", "time_ms"), sp.header());
		assertEquals(spikes, sp.rowCount());
		final CsvData rate = Csv.read(dir.resolve("rate.csv"));
		assertEquals(List.of("time_ms", "rate_exc_hz", "rate_inh_hz"), rate.header());
		assertEquals(100, rate.rowCount());
		// The binned rates integrate back to the spike count: Σ rate·bin·group size.
		double sum = 0;
		for (int b = 0; b < 100; b++)
			sum += (rate.column("rate_exc_hz")[b] * 320 + rate.column("rate_inh_hz")[b] * 80) * 1e-3;
		assertEquals(spikes, sum, 1e-6);
		final Tiff.FloatImage raster = Tiff.readFloat(dir.resolve("raster.tif"));
		assertEquals(100, raster.width());
		assertEquals(400, raster.height());
		double counts = 0;
		for (final float c : raster.pixels())
			counts += c;
		assertEquals(spikes, counts, 0);
		final BufferedImage png = ImageIO.read(dir.resolve("raster.png").toFile());
		assertTrue(png.getWidth() >= 600 && png.getHeight() >= 400);
		final CsvData tr = Csv.read(dir.resolve("traces.csv"));
		assertEquals(List.of("time_ms", "V_0", "V_1", "V_2"), tr.header());
		assertEquals(1001, tr.rowCount());
		assertTrue(Files.exists(dir.resolve("traces.png")));

		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals("COBA-HH Network", s.get("command"));
		assertEquals(3L, ((Number) s.get("seed")).longValue());
		assertEquals((long) spikes, ((Number) s.get("total_spikes")).longValue());
		for (final String key : new String[] { "version", "neurons", "excitatoryFraction", "connectionProbability",
			"inDegree", "weightExc", "weightInh", "tauExc", "tauInh", "reversalExc", "reversalInh", "duration", "dt",
			"threads", "outputDirectory", "wall_seconds", "mean_rate_exc_hz", "mean_rate_inh_hz", "synapses",
			"isi_cv_mean_per_train_exc", "isi_cv_mean_per_train_inh", "isi_cv_pooled_exc",
			"isi_cv_pooled_inh", "partial" })
			assertTrue(s.containsKey(key), "summary.json lacks " + key);
		assertEquals(Boolean.FALSE, s.get("partial"));
		// Which pass ran depends on what ran before in this JVM (PassChoiceTest checks the rule).
		assertTrue(((String) s.get("membrane_pass")).matches("(vector|scalar).*"), "membrane_pass: " + s.get(
			"membrane_pass"));
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
		}
	}

	@Test
	void badInputFailsBeforeAnyFileIsWritten() {
		final Object[][] cases = { { "connectionProbability", -0.1, "connectionProbability must be in [0, 1]" },
			{ "excitatoryFraction", 1.2, "excitatoryFraction must be in [0, 1]" }, { "dt", 0.0, "dt must be > 0" },
			{ "tauExc", -5.0, "tauExc must be > 0" }, { "inDegree", -3, "inDegree must be >= 0" },
			{ "recordNeurons", 5000, "recordNeurons must be in [0, neurons = 4000]" },
			{ "duration", 1e7, "recordNeurons: the run needs" } };
		for (final Object[] c : cases) {
			final Map<String, Object> in = new HashMap<>();
			in.put("outputDirectory", dir.resolve("out").toFile());
			in.put(c[0].toString(), c[1]);
			// Memory is checked without an output directory (with one, the files' size is refused first).
			if (c[0].equals("duration")) in.put("recordNeurons", 4000);
			if (c[0].equals("duration")) in.remove("outputDirectory");
			final Exception e = assertThrows(Exception.class, () -> run(in), c[0].toString());
			final String msg = rootMessage(e);
			assertTrue(msg.contains(c[2].toString()), c[0] + ": message was '" + msg + "'");
			if (c[0].equals("duration")) org.loligo.engine.sim.MemoryBudgetTest.assertArithmetic(msg);
			assertFalse(Files.exists(dir.resolve("out")), "nothing written for bad " + c[0]);
		}
	}

	@Test
	void rasterSwitchAndBinShrinkRasterTif() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 400);
		in.put("duration", 100.0);
		in.put("seed", 3L);
		in.put("rasterBin", 10.0);
		in.put("outputDirectory", dir.resolve("wide").toFile());
		run(in);
		final Tiff.FloatImage raster = Tiff.readFloat(dir.resolve("wide/raster.tif"));
		assertEquals(10, raster.width());
		assertEquals(400, raster.height());
		in.remove("rasterBin");
		in.put("writeRaster", false);
		in.put("outputDirectory", dir.resolve("none").toFile());
		run(in);
		assertFalse(Files.exists(dir.resolve("none/raster.tif")));
		assertTrue(Files.exists(dir.resolve("none/rate.csv")));
	}

	@Test
	void rasterBinWithoutRasterIsRefusedNamingTheSwitch() {
		final Map<String, Object> in = new HashMap<>();
		in.put("writeRaster", false);
		in.put("rasterBin", 5.0);
		in.put("outputDirectory", dir.resolve("out").toFile());
		final String msg = rootMessage(assertThrows(Exception.class, () -> run(in)));
		assertEquals("rasterBin (5.0) is not used with writeRaster=false; it needs writeRaster=true. Leave rasterBin " +
			"out (default 1.0) or choose writeRaster=true", msg);
		in.put("writeRaster", true);
		in.put("rasterBin", 0.0);
		assertTrue(rootMessage(assertThrows(Exception.class, () -> run(in))).startsWith("rasterBin must be > 0 ms"));
		assertFalse(Files.exists(dir.resolve("out")));
	}

	/** 16,000 neurons × 60 s in 1 ms bins is a 3.84 GB raster.tif: refused before any work, naming rasterBin. */
	@Test
	void aHugeRasterIsRefusedWithTheBinThatFits() {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 16000);
		in.put("duration", 60000.0);
		in.put("recordNeurons", 0);
		in.put("outputDirectory", dir.resolve("out").toFile());
		final String msg = rootMessage(assertThrows(Exception.class, () -> run(in)));
		assertTrue(msg.startsWith("rasterBin: the run would write about 3.8 GB, over the output limit of 1.0 GB: " +
			"raster.tif 16,000 neurons × 60,000 bins × 4 B = 3,840,000,000 B + rate.csv 60,000 rows × 3 values × " +
			"20 B = 3,600,000 B = 3,843,600,000 B"), msg);
		assertTrue(msg.contains("rasterBin=3.9 (now 1) makes it about"), msg);
		org.loligo.io.OutputSizesTest.assertArithmetic(msg, 1_000_000_000L);
		assertFalse(Files.exists(dir.resolve("out")));
	}
}
