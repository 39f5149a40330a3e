package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.loligo.engine.record.TraceVariable;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.io.Csv;
import org.loligo.io.CsvData;
import org.loligo.io.SummaryJson;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** "Coupled HH Network" through a SciJava Context, as Fiji and scripts run it. */
class CoupledNetworkCommandTest extends CommandTestBase {

	@TempDir
	Path dir;

	static CommandModule run(final Map<String, Object> inputs) throws Exception {
		return run(CoupledNetworkCommand.class, inputs);
	}

	@Test
	void seedQuestionTwoNeuronsOneStimulatedTheOtherFiresThroughTheSigmoidSynapse() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 2);
		in.put("current", 15.0);
		in.put("stimulatedNeurons", "0");
		in.put("seed", 5L);
		in.put("outputDirectory", dir.toFile());
		final CommandModule m = run(in);
		final int spikes = (Integer) m.getOutput("spikeCount");
		final CsvData sp = Csv.read(dir.resolve("spikes.csv"));
		assertEquals(List.of("neuron", "time_ms"), sp.header());
		assertEquals(spikes, sp.rowCount());
		final double[] who = sp.column("neuron");
		int post = 0;
		for (final double n : who)
			if (n == 1) post++;
		assertTrue(post >= 3 && spikes - post >= 4, "neuron 1 fires through the synapse: " + post + " of " + spikes);
		assertEquals(spikes / 2.0 * 10, (Double) m.getOutput("firingRateHz"), 1e-9);

		final CsvData tr = Csv.read(dir.resolve("traces.csv"));
		assertEquals(15, tr.header().size());
		assertEquals(1001, tr.rowCount());
		final CsvData syn = Csv.read(dir.resolve("synaptic.csv"));
		assertEquals(List.of("time_ms", "g_syn_0", "I_syn_0", "g_syn_1", "I_syn_1"), syn.header());
		double gMax = 0;
		for (final double g : syn.column("g_syn_1"))
			gMax = Math.max(gMax, g);
		assertTrue(gMax > 0.1 && gMax <= 0.5, "g onto neuron 1 is w·s with s in [0, 1]: " + gMax);
		for (final String png : new String[] { "traces.png", "raster.png" }) {
			final BufferedImage img = ImageIO.read(dir.resolve(png).toFile());
			assertTrue(img.getWidth() >= 600, png);
		}
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals("Coupled HH Network", s.get("command"));
		assertEquals(5L, ((Number) s.get("seed")).longValue());
		assertEquals((long) spikes, ((Number) s.get("spike_count")).longValue());
		assertEquals(2L, ((Number) s.get("connections")).longValue());
		assertTrue(s.get("synapses").toString().startsWith("sigmoid(a=2.0/ms"), s.get("synapses").toString());
		for (final String key : new String[] { "version", "topology", "coupling", "synapse", "delay", "matrixFile",
			"stimulatedNeurons", "method", "wall_seconds", "firing_rate_hz", "synchrony", "spike_rule", "partial" })
			assertTrue(s.containsKey(key), "summary.json lacks " + key);
		try (var files = Files.list(dir)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
		}
	}

	@Test
	void aMatrixFileWithDelaysDrivesAChain() throws Exception {
		// 0 → 1 → 2 with exponential synapses; only neuron 0 is stimulated.
		final Path w = Files.writeString(dir.resolve("w.csv"), "0,0,0\n1,0,0\n0,1,0\n");
		final Path d = Files.writeString(dir.resolve("d.csv"), "0 0 0\n2 0 0\n0 3 0\n");
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 3);
		in.put("topology", "matrix");
		in.put("matrixFile", w.toFile());
		in.put("delayFile", d.toFile());
		in.put("synapse", "exponential");
		in.put("coupling", 2.0);
		in.put("stimulatedNeurons", "0");
		in.put("current", 0.0);
		in.put("stimulus", "pulses");
		in.put("amplitude", 20.0);
		in.put("pulseTimes", "5");
		in.put("duration", 40.0);
		in.put("seed", 1L);
		final CommandModule m = run(in);
		final var r = ((CoupledNetworkCommand) m.getDelegateObject()).result();
		final double[] t0 = r.population().spikeTimesOf(0), t1 = r.population().spikeTimesOf(1), t2 = r.population()
			.spikeTimesOf(2);
		assertEquals(1, t0.length);
		assertEquals(1, t1.length, "neuron 1 fires after its delayed input");
		assertEquals(1, t2.length);
		assertTrue(t1[0] - t0[0] > 2 && t2[0] - t1[0] > 3, t0[0] + " " + t1[0] + " " + t2[0]);
		assertEquals(2, r.connections());
	}

	@Test
	void badInputFailsBeforeAnyFileIsWritten() throws Exception {
		final Path ragged = Files.writeString(dir.resolve("ragged.csv"), "0,1\n1\n");
		final Path text = Files.writeString(dir.resolve("text.csv"), "0,1\n1,one\n");
		final Object[][] cases = { { "topology", "star", "topology: unknown topology 'star'" },
			{ "synapse", "nmda", "synapse: unknown synapse 'nmda'" },
			{ "connectionProbability", 1.5, "connectionProbability must be in [0, 1]" },
			{ "method", "rk4", "method: 'rk4' is not available for networks" },
			{ "coupling", -1.0, "coupling: sigmoid weights are conductances" },
			{ "stimulatedNeurons", "7", "stimulatedNeurons: 7 is out of range" },
			{ "matrixFile", ragged.toFile(), "matrixFile: row 2 has 1 values" },
			{ "matrixFile", text.toFile(), "matrixFile: line 2, column 2: 'one' is not a finite number" },
			{ "matrixFile", dir.resolve("missing.csv").toFile(), "matrixFile: cannot read" },
			{ "dt", -0.01, "dt must be > 0" }, { "neurons", 0, "neurons must be >= 1" },
			{ "noiseSigmas", "[1 2 3]", "noiseSigmas: 3 values for neurons=2" },
			{ "noiseSigmas", "[1 x]", "noiseSigmas: 'x' is not a number" },
			{ "noiseSigmas", "[1 -1]", "noiseSigmas: the σ of neuron 1 must be >= 0" } };
		for (final Object[] c : cases) {
			final Map<String, Object> in = new HashMap<>();
			in.put("outputDirectory", dir.resolve("out").toFile());
			if (c[0].equals("matrixFile")) in.put("topology", "matrix");
			in.put(c[0].toString(), c[1]);
			final Exception e = assertThrows(Exception.class, () -> run(in), c[0].toString());
			final String msg = rootMessage(e);
			assertTrue(msg.contains(c[2].toString()), c[0] + ": message was '" + msg + "'");
			assertFalse(Files.exists(dir.resolve("out")), "nothing written for bad " + c[0]);
		}
	}

	/** noiseSigmas gives each neuron its own σ: neuron 0 with σ = 0 is the noise-free neuron, bit for bit. */
	@Test
	void noiseSigmasGiveEachNeuronItsOwnNoise() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 2);
		in.put("coupling", 0.0);
		in.put("current", 0.0);
		in.put("duration", 50.0);
		in.put("seed", 3L);
		final double[][] quiet = v(in);
		in.put("noiseSigmas", "[0 3]");
		final double[][] mixed = v(in);
		assertArrayEquals(quiet[0], mixed[0], "σ = 0: the noise-free neuron");
		double moved = 0;
		for (int k = 0; k < mixed[1].length; k++)
			moved = Math.max(moved, Math.abs(mixed[1][k] - quiet[1][k]));
		assertTrue(moved > 0.5, "σ = 3: V departs from the noise-free neuron, by " + moved + " mV");
	}

	/**
	 * noise=ou: with zero coupling every neuron is, bit for bit, the population run of the same spec (the
	 * OU current of the Stochastic HH Ensemble); noiseSigmas gives each neuron its own OU σ.
	 */
	@Test
	void ouNoiseIsThePopulationsOuNoiseAndTakesASigmaPerNeuron() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 2);
		in.put("coupling", 0.0);
		in.put("current", 6.0);
		in.put("duration", 50.0);
		in.put("seed", 3L);
		in.put("noise", "ou");
		in.put("noiseSigma", 2.0);
		in.put("noiseTau", 5.0);
		final var r = ((CoupledNetworkCommand) run(in).getDelegateObject()).result().population();
		assertTrue(r.spec().noise().isOu() && r.spec().noise().tau() == 5, r.spec().noise().toString());
		final var alone = org.loligo.engine.sim.Simulation.run(r.spec());
		assertArrayEquals(alone.traces().series(TraceVariable.V, 1), r.traces().series(TraceVariable.V, 1));
		assertArrayEquals(alone.spikeTimes(), r.spikeTimes());
		in.put("noiseSigma", 0.0);
		final double[][] quiet = v(in);
		in.put("noiseSigmas", "[0 2]");
		final double[][] mixed = v(in);
		assertArrayEquals(quiet[0], mixed[0], "σ = 0: the noise-free neuron");
		assertArrayEquals(r.traces().series(TraceVariable.V, 1), mixed[1], "σ = 2: as in the run where all have 2");
	}

	@Test
	void noiseOptionsThatDoNotGoTogetherAreRefusedNamingTheParameter() throws Exception {
		final Object[][] cases = { { "white", 5.0, "noise: noiseTau (5.0 ms) is the correlation time of noise=ou" },
			{ "ou", 0.0, "noiseTau: noise=ou needs its correlation time, > 0 ms" },
			{ "ou", -1.0, "noiseTau: noise=ou needs its correlation time, > 0 ms and finite (e.g. noiseTau=5), got -1.0" },
			{ "pink", 0.0, "noise: unknown kind 'pink'; accepted: white, ou" } };
		for (final Object[] c : cases) {
			final Map<String, Object> in = new HashMap<>();
			in.put("outputDirectory", dir.resolve("out").toFile());
			in.put("noise", c[0]);
			in.put("noiseTau", c[1]);
			in.put("noiseSigma", 1.0);
			final String msg = rootMessage(assertThrows(Exception.class, () -> run(in), c[0] + " " + c[1]));
			assertTrue(msg.contains(c[2].toString()), "message was '" + msg + "'");
			assertFalse(Files.exists(dir.resolve("out")), "nothing written for " + c[0] + " " + c[1]);
		}
	}

	private double[][] v(final Map<String, Object> in) throws Exception {
		final var traces = ((CoupledNetworkCommand) run(in).getDelegateObject()).result().population().traces();
		return new double[][] { traces.series(TraceVariable.V, 0), traces.series(TraceVariable.V, 1) };
	}

	/**
	 * traces.csv and synaptic.csv of 10 neurons over 1 s at every step, over a 10 MB output limit (set as the
	 * Java property): refused before any work, naming recordInterval and the limit.
	 */
	@Test
	void tracesOverTheOutputLimitAreRefusedBeforeAnyWork() {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 10);
		in.put("recordNeurons", 10);
		in.put("duration", 1000.0);
		in.put("recordInterval", 0.01);
		in.put("outputDirectory", dir.resolve("out").toFile());
		System.setProperty("loligo.outputLimit", "10MB");
		try {
			final String msg = CommandTestBase.rootMessage(assertThrows(Exception.class, () -> run(in)));
			assertTrue(msg.startsWith("recordInterval: the run would write about 184.0 MB, over the output limit " +
				"of 10.0 MB"), msg);
			assertTrue(msg.contains("traces.csv 100,001 rows × 71 values × 20 B") && msg.contains(
				"synaptic.csv 100,001 rows × 21 values × 20 B"), msg);
			org.loligo.io.OutputSizesTest.assertArithmetic(msg, 10_000_000L);
			// Both files shrink with recordInterval: 0.19 ms gives 100,000 / 19 + 1 = 5,264 rows × 92 values × 20 B.
			assertTrue(msg.contains("recordInterval=0.19 (now 0.01) makes it about 9.7 MB"), msg);
			assertFalse(Files.exists(dir.resolve("out")));
		}
		finally {
			System.clearProperty("loligo.outputLimit");
		}
	}
}
