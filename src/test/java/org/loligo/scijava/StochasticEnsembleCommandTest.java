package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.io.Csv;
import org.loligo.io.CsvData;
import org.loligo.io.SummaryJson;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** "Stochastic HH Ensemble" through a SciJava Context. */
class StochasticEnsembleCommandTest extends CommandTestBase {

	@TempDir
	Path dir;

	static CommandModule run(final Map<String, Object> inputs) throws Exception {
		return run(StochasticEnsemble.class, inputs);
	}

	static Map<String, Object> small(final Path out) {
		final Map<String, Object> in = new HashMap<>();
		in.put("trials", 24);
		in.put("duration", 200.0);
		in.put("current", 6.0);
		in.put("noiseSigma", 2.0);
		in.put("seed", 5L);
		if (out != null) in.put("outputDirectory", out.toFile());
		return in;
	}

	@Test
	void writesEveryFileAndTheSummaryAgreesWithTheTables() throws Exception {
		final CommandModule m = run(small(dir));
		final CsvData spikes = Csv.read(dir.resolve("spikes.csv"));
		assertEquals(List.of("trial", "time_ms"), spikes.header());
		final CsvData trials = Csv.read(dir.resolve("trials.csv"));
		assertEquals(List.of("trial", "spikes", "rate_hz", "isi_cv"), trials.header());
		assertEquals(24, trials.rowCount());
		double sum = 0, count = 0;
		for (int k = 0; k < 24; k++) {
			sum += trials.column("rate_hz")[k];
			count += trials.column("spikes")[k];
		}
		assertEquals(spikes.rowCount(), count, "spikes.csv rows = sum of per-trial counts");
		assertEquals(sum / 24, (Double) m.getOutput("meanRateHz"), 1e-9);
		assertEquals(1000.0 * count / (24 * 200), (Double) m.getOutput("meanRateHz"), 1e-9);
		final CsvData band = Csv.read(dir.resolve("band.csv"));
		assertEquals(List.of("time_ms", "mean_v_mV", "sd_v_mV"), band.header());
		assertEquals(2001, band.rowCount());
		assertEquals(0, band.column("sd_v_mV")[0], 0, "all trials start at rest");
		for (final String f : new String[] { "band.png", "raster.png", "traces.csv" })
			assertTrue(Files.size(dir.resolve(f)) > 0, f);
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals("Stochastic HH Ensemble", s.get("command"));
		assertEquals(5L, ((Number) s.get("seed")).longValue());
		assertEquals((Double) m.getOutput("meanRateHz"), ((Number) s.get("mean_rate_hz")).doubleValue(), 0);
		assertEquals((Double) m.getOutput("isiCv"), ((Number) s.get("isi_cv_pooled")).doubleValue(), 0);
		for (final String key : new String[] { "sd_rate_hz", "isi_cv_mean_per_train", "spike_rule", "noise_form", "wall_seconds", "trials",
			"noise", "noiseSigma", "noiseTau", "channelNoise", "method" })
			assertTrue(s.containsKey(key), "summary.json lacks " + key);
		assertTrue(s.get("noise_form").toString().contains("sqrt(dt)"), "Itô form written out");
	}

	@Test
	void sameSeedSameNumbersOnOneAndTwoThreads() throws Exception {
		final Map<String, Object> a = small(null), b = small(null);
		a.put("threads", 1);
		b.put("threads", 2);
		a.put("noise", "ou");
		b.put("noise", "ou");
		final CommandModule ma = run(a), mb = run(b);
		for (final String o : new String[] { "meanRateHz", "sdRateHz", "isiCv" })
			assertEquals(ma.getOutput(o), mb.getOutput(o), o);
		assertTrue((Double) ma.getOutput("meanRateHz") > 0, "OU noise of SD 2 µA/cm² at 6 µA/cm² makes it fire");
	}

	@Test
	void withoutNoiseEveryTrialIsTheDeterministicNeuron() throws Exception {
		final Map<String, Object> in = small(dir);
		in.put("noise", "none");
		in.remove("noiseSigma"); // refused unused with noise=none
		in.put("current", 10.0);
		final CommandModule m = run(in);
		assertEquals(0.0, (Double) m.getOutput("sdRateHz"), 0);
		final CsvData band = Csv.read(dir.resolve("band.csv"));
		for (final double sd : band.column("sd_v_mV"))
			assertEquals(0, sd, 1e-9);
		// HH1952 at 10 µA/cm² fires regularly: ISI CV near 0, 13 spikes in 200 ms (about 68 Hz).
		assertTrue((Double) m.getOutput("isiCv") < 0.05, "CV " + m.getOutput("isiCv"));
		assertEquals(65, (Double) m.getOutput("meanRateHz"), 5);
	}

	@Test
	void channelNoiseMakesASmallPatchFireWithoutCurrentAndLargePatchesDoNot() throws Exception {
		// At I = 0 the deterministic HH1952 neuron rests; a 100 µm² patch (6,000 Na, 1,800 K channels)
		// fires spontaneously at about 9 Hz (markov, ChannelNoise tests); a 10^5 µm² patch stays silent.
		final Map<String, Object> small = small(dir);
		small.put("noise", "none");
		small.remove("noiseSigma"); // refused unused with noise=none
		small.put("current", 0.0);
		small.put("channelNoise", "diffusion");
		small.put("area", 100.0);
		final CommandModule m = run(small);
		assertTrue((Double) m.getOutput("meanRateHz") > 2, "rate " + m.getOutput("meanRateHz"));
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertTrue(s.get("integration").toString().contains("diffusion"), s.get("integration").toString());
		final Map<String, Object> large = small(null);
		large.put("noise", "none");
		large.remove("noiseSigma"); // refused unused with noise=none
		large.put("current", 0.0);
		large.put("channelNoise", "diffusion");
		large.put("area", 1e5);
		assertEquals(0.0, (Double) run(large).getOutput("meanRateHz"), 0);
		final Map<String, Object> bad = small(dir.resolve("out"));
		bad.put("channelNoise", "markov");
		bad.put("area", 0.0);
		assertTrue(rootMessage(assertThrows(Exception.class, () -> run(bad))).contains(
			"area must be > 0"));
		assertFalse(Files.exists(dir.resolve("out")));
	}

	@Test
	void diffusionOnATinyPatchWarnsAndNamesMarkov() throws Exception {
		// 1 µm² gives HH1952 60 Na channels (the first channel under 100): diffusion fires 12 % too fast there (ChannelNoiseScheme); the run
		// goes ahead, and the warning names the area, the channel and the method to use, in summary.json too.
		final Map<String, Object> tiny = small(dir);
		tiny.put("noise", "none");
		tiny.remove("noiseSigma"); // refused unused with noise=none
		tiny.put("trials", 2);
		tiny.put("duration", 20.0);
		tiny.put("channelNoise", "diffusion");
		tiny.put("area", 1.0);
		final StochasticEnsemble c = (StochasticEnsemble) run(tiny).getDelegateObject();
		final String w = c.warning();
		assertTrue(w != null && w.contains("area=1.0") && w.contains("channel Na only 60") && w.contains(
			"channelNoise=markov"), "warning " + w);
		assertEquals(w, SummaryJson.read(dir.resolve("summary.json")).get("warning"));
		// 100 µm² (1,800 K channels) and markov on 1 µm² run without a warning.
		tiny.put("area", 100.0);
		tiny.remove("outputDirectory");
		assertNull(((StochasticEnsemble) run(tiny).getDelegateObject()).warning());
		tiny.put("area", 1.0);
		tiny.put("channelNoise", "markov");
		assertNull(((StochasticEnsemble) run(tiny).getDelegateObject()).warning());
	}

	@Test
	void channelNoiseRunsConnorStevensAndWangBuzsaki() throws Exception {
		// Connor–Stevens at 8 µA/cm² rests without noise (rheobase between 8 and 9); 100 µm² of markov channels
		// (6,000 Na, 1,800 K, 2,385 A) make it fire (about 4 Hz), 10^5 µm² do not.
		final Map<String, Object> det = small(null);
		det.put("model", "ConnorStevens");
		det.put("noise", "none");
		det.remove("noiseSigma"); // refused unused with noise=none
		det.put("current", 8.0);
		assertEquals(0.0, (Double) run(det).getOutput("meanRateHz"), 0);
		final Map<String, Object> cs = small(dir);
		cs.putAll(det);
		cs.remove("noiseSigma");
		cs.put("outputDirectory", dir.toFile());
		cs.put("channelNoise", "markov");
		assertTrue((Double) run(cs).getOutput("meanRateHz") > 0);
		assertTrue(Csv.read(dir.resolve("traces.csv")).header().containsAll(List.of("a_0", "b_0")));
		cs.put("area", 1e5);
		cs.put("channelNoise", "diffusion");
		cs.remove("outputDirectory");
		assertEquals(0.0, (Double) run(cs).getOutput("meanRateHz"), 0);
		// Wang–Buzsáki's Na activation is instantaneous: its channels carry noise through h and n only.
		final Map<String, Object> wb = small(null);
		wb.put("model", "WangBuzsaki");
		wb.put("noise", "none");
		wb.remove("noiseSigma"); // refused unused with noise=none
		wb.put("current", 1.0);
		wb.put("channelNoise", "markov");
		assertTrue((Double) run(wb).getOutput("meanRateHz") > 0);
	}

	@Test
	void badInputFailsBeforeAnyFileIsWritten() {
		final Object[][] cases = { { "trials", 0, "trials must be >= 1" }, { "noise", "pink", "noise: unknown" },
			{ "method", "heun", "accepted: euler-maruyama, exp-euler-maruyama" }, { "dt", 0.0, "dt must be > 0" },
			{ "channelNoise", "magic", "channelNoise" }, { "noiseSigma", -2.0, "noiseSigma must be >= 0" } };
		for (final Object[] c : cases) {
			final Map<String, Object> in = small(dir.resolve("out"));
			in.put(c[0].toString(), c[1]);
			final Exception e = assertThrows(Exception.class, () -> run(in), c[0].toString());
			final String msg = rootMessage(e);
			assertTrue(msg.contains(c[2].toString()), c[0] + ": message was '" + msg + "'");
			assertFalse(Files.exists(dir.resolve("out")), "nothing written for bad " + c[0]);
		}
		final Map<String, Object> ou = small(dir.resolve("out"));
		ou.put("noise", "ou");
		ou.put("noiseTau", 0.0);
		assertTrue(rootMessage(assertThrows(Exception.class, () -> run(ou))).contains(
			"noiseTau"));
	}
}
