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

/** "Simulate HH Neuron" through a SciJava Context, as Fiji and scripts run it. */
class SimulateNeuronCommandTest extends CommandTestBase {

	@TempDir
	Path dir;

	static CommandModule run(final Map<String, Object> inputs) throws Exception {
		return run(SimulateNeuron.class, inputs);
	}

	@Test
	void defaultsGiveASpikingNeuronAndAllFiles() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("outputDirectory", dir.toFile());
		in.put("seed", 11L);
		final CommandModule m = run(in);
		final int spikes = (Integer) m.getOutput("spikeCount");
		// HH1952 at 10 µA/cm² fires repetitively at about 68 Hz: 6 or 7 spikes in 100 ms.
		assertTrue(spikes >= 6 && spikes <= 7, "spikes: " + spikes);
		assertEquals(spikes * 10.0, (Double) m.getOutput("firingRateHz"), 1e-9);

		final CsvData sp = Csv.read(dir.resolve("spikes.csv"));
		assertEquals(List.of("neuron", "time_ms"), sp.header());
		assertEquals(spikes, sp.rowCount());
		final CsvData tr = Csv.read(dir.resolve("traces.csv"));
		assertEquals(List.of("time_ms", "V_0", "m_0", "h_0", "n_0", "I_Na_0", "I_K_0", "I_L_0"), tr.header());
		assertEquals(1001, tr.rowCount());
		assertEquals(-65, tr.column("V_0")[0], 1e-12);
		final BufferedImage png = ImageIO.read(dir.resolve("traces.png").toFile());
		assertTrue(png.getWidth() >= 600 && png.getHeight() >= 400);

		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals("Simulate HH Neuron", s.get("command"));
		assertEquals(11L, ((Number) s.get("seed")).longValue());
		assertEquals((long) spikes, ((Number) s.get("spike_count")).longValue());
		assertEquals(spikes * 10.0, ((Number) s.get("firing_rate_hz")).doubleValue(), 1e-9);
		for (final String key : new String[] { "version", "model", "neurons", "current", "stimulus", "duration", "dt",
			"method", "threshold", "recordInterval", "outputDirectory", "wall_seconds", "spike_rule" })
			assertTrue(s.containsKey(key), "summary.json lacks " + key);
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
		}
	}

	@Test
	void twoNeuronsWithTheirOwnPulseTrains() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 2);
		in.put("current", 0.0);
		in.put("stimulus", "pulses");
		in.put("amplitude", 30.0);
		in.put("pulseTimes", "10 40 | 25");
		in.put("duration", 60.0);
		in.put("outputDirectory", dir.toFile());
		final CommandModule m = run(in);
		assertEquals(3, m.getOutput("spikeCount"));
		final CsvData tr = Csv.read(dir.resolve("traces.csv"));
		assertEquals(15, tr.header().size());
		assertEquals("I_L_1", tr.header().get(14));
	}

	/** noiseSigmas gives each neuron its own σ: σ = 0 is the noise-free neuron bit for bit, σ = 2 departs. */
	@Test
	void noiseSigmasGiveEachNeuronItsOwnNoise() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 2);
		in.put("current", 5.0);
		in.put("duration", 50.0);
		in.put("seed", 4L);
		final org.loligo.engine.sim.SimulationResult quiet = ((SimulateNeuron) run(in).getDelegateObject()).result();
		in.put("noiseSigmas", "[0 2]");
		final org.loligo.engine.sim.SimulationResult mixed = ((SimulateNeuron) run(in).getDelegateObject()).result();
		final org.loligo.engine.record.TraceVariable vVar = org.loligo.engine.record.TraceVariable.V;
		org.junit.jupiter.api.Assertions.assertArrayEquals(quiet.traces().series(vVar, 0), mixed.traces().series(vVar,
			0), "σ = 0: the noise-free neuron");
		final double[] a = quiet.traces().series(vVar, 1), b = mixed.traces().series(vVar, 1);
		double moved = 0;
		for (int k = 0; k < a.length; k++)
			moved = Math.max(moved, Math.abs(a[k] - b[k]));
		assertTrue(moved > 0.5, "σ = 2: V departs from the noise-free neuron, by " + moved + " mV");
	}

	@Test
	void badInputFailsBeforeAnyFileIsWritten() {
		final Object[][] cases = { { "dt", -0.01, "dt must be > 0" }, { "model", "Izhikevich", "accepted: HH1952" },
			{ "method", "heun", "accepted: euler, exp-euler, rk4" }, { "duration", Double.NaN, "duration must be > 0" },
			{ "stimulus", "square", "stimulus: unknown" }, { "noiseSigma", -1.0, "noiseSigma must be >= 0" },
			{ "noiseSigmas", "[1 2 3]", "noiseSigmas: 3 values for neurons=1" },
			{ "neurons", 0, "neurons must be >= 1" }, { "pulseTimes", "[10 30]", "pulseTimes: [10 30] are onsets of " +
				"stimulus=pulses, which stimulus=constant ignores; add stimulus=pulses, or leave pulseTimes out" } };
		for (final Object[] c : cases) {
			final Map<String, Object> in = new HashMap<>();
			in.put("outputDirectory", dir.resolve("out").toFile());
			in.put(c[0].toString(), c[1]);
			final Exception e = assertThrows(Exception.class, () -> run(in), c[0].toString());
			final Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
			final String msg = rootMessage(cause);
			assertTrue(msg.contains(c[2].toString()), c[0] + ": message was '" + msg + "'");
			assertFalse(Files.exists(dir.resolve("out")), "nothing written for bad " + c[0]);
		}
	}

	@Test
	void anOutputDirectoryThatIsAFileIsRefused() throws Exception {
		final Path file = Files.writeString(dir.resolve("taken"), "x");
		final Map<String, Object> in = new HashMap<>();
		in.put("outputDirectory", file.toFile());
		final Exception e = assertThrows(Exception.class, () -> run(in));
		assertTrue(rootMessage(e).contains("outputDirectory"), rootMessage(e));
	}

}
