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

/** "f-I Curve" through a SciJava Context, as Fiji and scripts run it. */
class FiCurveCommandTest extends CommandTestBase {

	@TempDir
	Path dir;

	static CommandModule run(final Map<String, Object> inputs) throws Exception {
		return run(FiCurveCommand.class, inputs);
	}

	@Test
	void bothBranchesWithFilesAndSummary() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("currentMin", 0.0);
		in.put("currentMax", 20.0);
		in.put("currentStep", 4.0);
		in.put("duration", 300.0);
		in.put("dt", 0.02);
		in.put("outputDirectory", dir.toFile());
		final CommandModule m = run(in);
		// Up from rest: silent at 0-8, past the Hopf point (9.78) it fires by 12; down keeps firing at 8
		// (above the fold of limit cycles at 6.26), silent at 4.
		assertEquals(12.0, (Double) m.getOutput("onsetCurrentUp"));
		assertEquals(8.0, (Double) m.getOutput("offsetCurrentDown"));

		final CsvData fi = Csv.read(dir.resolve("fi.csv"));
		assertEquals(List.of("current", "rate_up_hz", "rate_down_hz"), fi.header());
		assertEquals(6, fi.rowCount());
		assertEquals(0, fi.column("rate_up_hz")[2]);
		assertTrue(fi.column("rate_down_hz")[2] > 50);
		final BufferedImage png = ImageIO.read(dir.resolve("fi.png").toFile());
		assertTrue(png.getWidth() >= 600 && png.getHeight() >= 300);
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals("f-I Curve", s.get("command"));
		assertEquals(12.0, ((Number) s.get("onset_current_up")).doubleValue());
		assertEquals(8.0, ((Number) s.get("offset_current_down")).doubleValue());
		for (final String key : new String[] { "version", "model", "currentMin", "currentMax", "currentStep",
			"duration", "settleFraction", "dt", "method", "direction", "noiseSigma", "trials", "seed", "threads",
			"wall_seconds", "min_amplitude_mv", "rate_rule", "partial" })
			assertTrue(s.containsKey(key), "summary.json lacks " + key);
	}

	@Test
	void noiseTrialsAddSdColumns() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("currentMin", 10.0);
		in.put("currentMax", 20.0);
		in.put("currentStep", 10.0);
		in.put("duration", 100.0);
		in.put("dt", 0.05);
		in.put("direction", "up");
		in.put("noiseSigma", 1.0);
		in.put("trials", 3);
		in.put("seed", 5L);
		in.put("outputDirectory", dir.toFile());
		run(in);
		final CsvData fi = Csv.read(dir.resolve("fi.csv"));
		assertEquals(List.of("current", "rate_up_hz", "sd_up_hz"), fi.header());
		assertEquals(5L, ((Number) SummaryJson.read(dir.resolve("summary.json")).get("seed")).longValue());
	}

	@Test
	void badInputFailsBeforeAnyFileIsWritten() {
		final Object[][] cases = { { "dt", -0.01, "dt must be > 0" }, { "currentStep", 0.0, "currentStep must be > 0" },
			{ "currentMax", -5.0, "currentMax must be >= currentMin" }, { "direction", "sideways",
				"accepted: up, down, both, rest" }, { "settleFraction", 1.0, "settleFraction must be in [0, 1)" },
			{ "trials", 3, "trials must be 1 without noise" }, { "method", "heun", "accepted: euler" },
			{ "model", "Izhikevich", "accepted: HH1952" }, { "minAmplitude", -1.0, "minAmplitude must be >= 0" } };
		for (final Object[] c : cases) {
			final Map<String, Object> in = new HashMap<>();
			in.put("outputDirectory", dir.resolve("out").toFile());
			in.put(c[0].toString(), c[1]);
			final Exception e = assertThrows(Exception.class, () -> run(in), c[0].toString());
			final String msg = rootMessage(e);
			assertTrue(msg.contains(c[2].toString()), c[0] + ": message was '" + msg + "'");
			assertFalse(Files.exists(dir.resolve("out")), "nothing written for bad " + c[0]);
		}
	}
}
