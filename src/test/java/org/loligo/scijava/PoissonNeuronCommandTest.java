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
import java.util.concurrent.ExecutionException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.io.Csv;
import org.loligo.io.CsvData;
import org.loligo.io.SummaryJson;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** "Poisson-Driven HH Neuron" through a SciJava Context, as Fiji and scripts run it. */
class PoissonNeuronCommandTest extends CommandTestBase {

	@TempDir
	Path dir;

	static CommandModule run(final Map<String, Object> inputs) throws Exception {
		return run(PoissonNeuronCommand.class, inputs);
	}

	@Test
	void superposedKicksWriteAllFilesAndConsistentOutputs() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("excitatoryInputs", 400);
		in.put("inhibitoryInputs", 100);
		in.put("trials", 3);
		in.put("duration", 200.0);
		in.put("dt", 0.02);
		in.put("seed", 9L);
		in.put("outputDirectory", dir.toFile());
		final CommandModule m = run(in);
		final double rate = (Double) m.getOutput("outputRateHz");

		final CsvData sp = Csv.read(dir.resolve("spikes.csv"));
		assertEquals(List.of("trial", "time_ms"), sp.header());
		assertTrue(sp.rowCount() > 3, "the drive should make the neuron fire");
		// The mean rate is the spike count over trials and time.
		assertEquals(sp.rowCount() / (3 * 0.2), rate, 1e-9);
		final CsvData tr = Csv.read(dir.resolve("traces.csv"));
		assertEquals(List.of("time_ms", "V", "m", "h", "n", "I_Na", "I_K", "I_L", "exc_count", "inh_count"), tr
			.header());
		assertEquals(2001, tr.rowCount());
		assertEquals(-65, tr.column("V")[0], 1e-12);
		double exc = 0;
		for (final double c : tr.column("exc_count"))
			exc += c;
		// 400 inputs · 10 Hz · 0.5 · 0.2 s = 400 expected transmitted spikes (SD 20).
		assertEquals(400, exc, 5 * 20);
		assertFalse(Files.exists(dir.resolve("inputs.csv")), "inputs.csv is for explicit mode");
		final BufferedImage png = ImageIO.read(dir.resolve("trace.png").toFile());
		assertTrue(png.getWidth() >= 600 && png.getHeight() >= 800);

		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals("Poisson-Driven HH Neuron", s.get("command"));
		assertEquals(9L, ((Number) s.get("seed")).longValue());
		assertEquals(rate, ((Number) s.get("mean_rate_hz")).doubleValue(), 1e-12);
		for (final String key : new String[] { "version", "model", "excitatoryInputs", "inhibitoryInputs", "inputRate",
			"releaseProbability", "inputMode", "synapse", "weight", "inhibitionRatio", "weightExc", "weightInh",
			"reversalExc", "reversalInh", "tauExc", "tauInh", "current", "trials", "duration", "dt", "threshold",
			"hysteresis", "recordInterval", "threads", "outputDirectory", "wall_seconds", "sd_rate_hz", "isi_cv_pooled", "isi_cv_mean_per_train",
			"spike_rule", "partial" })
			assertTrue(s.containsKey(key), "summary.json lacks " + key);
		assertTrue(s.get("spike_rule").toString().contains("hysteresis"));
	}

	@Test
	void explicitConductanceWritesTheInputRaster() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("inputMode", "explicit");
		in.put("synapse", "conductance");
		in.put("trials", 2);
		in.put("duration", 50.0);
		in.put("seed", 4L);
		in.put("outputDirectory", dir.toFile());
		run(in);
		final CsvData ev = Csv.read(dir.resolve("inputs.csv"));
		assertEquals(List.of("input", "type", "time_ms", "released"), ev.header());
		// 100 inputs · 10 Hz · 0.05 s = 50 expected presynaptic spikes (SD about 7).
		assertEquals(50, ev.rowCount(), 5 * 7.1);
		final CsvData tr = Csv.read(dir.resolve("traces.csv"));
		assertEquals("g_inh", tr.header().get(tr.header().size() - 1));
		double released = 0, counted = 0;
		for (final double r : ev.column("released"))
			released += r;
		for (final String c : new String[] { "exc_count", "inh_count" })
			for (final double x : tr.column(c))
				counted += x;
		assertEquals(released, counted, 0.0, "every transmitted input of trial 0 is in the trace counts");
		assertTrue(ImageIO.read(dir.resolve("trace.png").toFile()).getHeight() >= 800);
	}

	@Test
	void badInputFailsBeforeAnyFileIsWritten() {
		final Object[][] cases = { { "releaseProbability", 1.5, "releaseProbability must be in [0, 1]" },
			{ "excitatoryInputs", -1, "excitatoryInputs must be >= 0" }, { "inputRate", 200000.0,
				"inputRate: inputRate*dt/1000" }, { "inputMode", "fast", "inputMode: unknown" }, { "synapse", "alpha",
					"synapse: unknown" }, { "trials", 0, "trials must be in" }, { "tauInh", 0.0, "tauInh (ms) must be > 0" },
			{ "weightExc", 0.01, "weightExc (0.01) is not used with synapse=kick; it needs synapse=conductance" },
			{ "inhibitionRatio", 2.0, "inhibitionRatio (2.0) is not used with synapse=conductance; it needs synapse=kick" } };
		for (final Object[] c : cases) {
			final Map<String, Object> in = new HashMap<>();
			in.put("outputDirectory", dir.resolve("out").toFile());
			in.put(c[0].toString(), c[1]);
			// tauInh is checked with the synapse that uses it; inhibitionRatio is refused with the other one.
			if (c[0].equals("tauInh") || c[0].equals("inhibitionRatio")) in.put("synapse", "conductance");
			final Exception e = assertThrows(Exception.class, () -> run(in), c[0].toString());
			final String msg = rootMessage(e instanceof ExecutionException ? e.getCause() : e);
			assertTrue(msg.contains(c[2].toString()), c[0] + ": message was '" + msg + "'");
			assertFalse(Files.exists(dir.resolve("out")), "nothing written for bad " + c[0]);
		}
	}
}
