package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.engine.model.Models;
import org.loligo.engine.sim.SimulationResult;
import org.loligo.io.SummaryJson;
import org.loligo.io.neuroml.NeuroMLReader;
import org.scijava.command.CommandModule;

/**
 * NeuroML2 files, temperature and Export Model through the commands, as Fiji and scripts run them,
 * and through the headless launcher.
 */
class NeuroMLCommandTest extends CommandTestBase {

	static final Path CELL = Path.of("examples", "neuroml", "hh_cell.nml").toAbsolutePath();

	@TempDir
	Path dir;

	private static SimulationResult simulate(final Map<String, Object> extra) throws Exception {
		final Map<String, Object> in = new HashMap<>(Map.of("current", 10.0, "duration", 50.0, "dt", 0.01));
		in.putAll(extra);
		final CommandModule m = run(SimulateNeuron.class, in);
		return ((SimulateNeuron) m.getCommand()).result();
	}

	@Test
	void aNeuroMLFileRunsAndTheSummaryRecordsItsSource() throws Exception {
		simulate(Map.of("model", CELL.toString(), "outputDirectory", dir.toFile()));
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals(CELL.toString(), s.get("model_source"));
		assertEquals(sha256(CELL), s.get("model_sha256"));
		assertEquals("hhcell", s.get("model_cell"));
		assertNull(s.get("temperature"), "the example cell defines no Q10");
		assertTrue(((Number) s.get("spike_count")).intValue() > 0, s.toString());
	}

	@Test
	void theFileChoiceReadsModelFile() throws Exception {
		final SimulationResult a = simulate(Map.of("model", CELL.toString()));
		final SimulationResult b = simulate(Map.of("model", ModelSelection.FILE_CHOICE, "modelFile", CELL.toFile()));
		assertTrue(a.spikeCount() > 0);
		assertArrayEquals(a.spikeTimesOf(0), b.spikeTimesOf(0));
		final Exception e = assertThrows(Exception.class, () -> simulate(Map.of("model", ModelSelection.FILE_CHOICE)));
		assertTrue(rootMessage(e).startsWith("modelFile:"), rootMessage(e));
	}

	@Test
	void hh1952AtItsOwnTemperatureIsTodaysResult() throws Exception {
		final SimulationResult a = simulate(Map.of()), b = simulate(Map.of("temperature", "6.3"));
		assertTrue(a.spikeCount() > 0);
		assertArrayEquals(a.spikeTimesOf(0), b.spikeTimesOf(0));
		simulate(Map.of("temperature", "6.3", "outputDirectory", dir.toFile()));
		assertEquals(6.3, SummaryJson.read(dir.resolve("summary.json")).get("temperature"));
		assertEquals("preset HH1952", SummaryJson.read(dir.resolve("summary.json")).get("model_source"));
	}

	@Test
	void aModelWithoutQ10RefusesATemperature() {
		final Exception e = assertThrows(Exception.class, () -> simulate(Map.of("model", "TraubMiles", "temperature",
			"20")));
		assertTrue(rootMessage(e).startsWith("temperature: model TraubMiles defines no Q10"), rootMessage(e));
		final Exception f = assertThrows(Exception.class, () -> simulate(Map.of("temperature", "warm")));
		assertTrue(rootMessage(f).startsWith("temperature:"), rootMessage(f));
	}

	@Test
	void exportThenLoadIsTheSameRun() throws Exception {
		for (final String name : Models.names()) {
			final File f = dir.resolve(name + ".nml").toFile();
			run(ExportModel.class, Map.of("model", name, "outputFile", f));
			assertEquals(Models.byName(name).channels(), NeuroMLReader.read(f.toPath(), null).model().channels(), name);
			final SimulationResult a = simulate(Map.of("model", name)), b = simulate(Map.of("model", f.getPath()));
			assertArrayEquals(a.spikeTimesOf(0), b.spikeTimesOf(0), name);
		}
	}

	@Test
	void theLauncherTakesAPath() {
		final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		final int status = Main.run(new String[] { "--run", "Simulate HH Neuron", "model=" + CELL + ",duration=30" },
			new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
		final ByteArrayOutputStream out2 = new ByteArrayOutputStream(), err2 = new ByteArrayOutputStream();
		final int bad = Main.run(new String[] { "--run", "Simulate HH Neuron", "model=Squid" }, new PrintStream(out2,
			true, StandardCharsets.UTF_8), new PrintStream(err2, true, StandardCharsets.UTF_8));
		assertEquals(Main.FAILURE, bad);
		assertTrue(err2.toString(StandardCharsets.UTF_8).contains("unknown model 'Squid'"), err2.toString(
			StandardCharsets.UTF_8));
	}

	private static String sha256(final Path p) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(java.nio
			.file.Files.readAllBytes(p)));
	}
}
