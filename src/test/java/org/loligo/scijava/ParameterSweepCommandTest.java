package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.io.Opener;
import ij.measure.Calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.analysis.sweep.SweepGrid;
import org.loligo.io.Csv;
import org.loligo.io.CsvData;
import org.loligo.io.SummaryJson;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.convert.ConvertService;

/** "Parameter Sweep" over "Stochastic HH Ensemble", on threads. */
class ParameterSweepCommandTest {

	static final String FIXED = "trials=6,duration=150,recordTrials=0";

	static Context context;

	@TempDir
	Path dir;

	@BeforeAll
	static void startContext() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, ConvertService.class, OutputDirectoryService.class);
	}

	@AfterAll
	static void stopContext() {
		context.dispose();
	}

	static CommandModule sweep(final Map<String, Object> inputs) throws Exception {
		return context.service(CommandService.class).run(ParameterSweep.class, true, inputs).get();
	}

	static Map<String, Object> inputs(final String axes, final Path out) {
		final Map<String, Object> in = new HashMap<>();
		in.put("command", "Stochastic HH Ensemble");
		in.put("parameters", FIXED);
		in.put("axes", axes);
		in.put("seed", 3L);
		if (out != null) in.put("outputDirectory", out.toFile());
		return in;
	}

	@Test
	void sweepCsvIsTheSameBytesOnOneAndTwoThreads() throws Exception {
		final Map<String, Object> one = inputs("current=4:10:3; noiseSigma=[0 2]", dir.resolve("one"));
		one.put("threads", 1);
		sweep(one);
		final Map<String, Object> two = inputs("current=4:10:3; noiseSigma=[0 2]", dir.resolve("two"));
		two.put("threads", 2);
		sweep(two);
		final byte[] a = Files.readAllBytes(dir.resolve("one/sweep.csv"));
		assertArrayEquals(a, Files.readAllBytes(dir.resolve("two/sweep.csv")));
		final CsvData csv = Csv.read(dir.resolve("one/sweep.csv"));
		assertEquals(List.of("current", "noiseSigma", "seed", "meanRateHz", "sdRateHz", "isiCv"), csv.header());
		assertEquals(6, csv.rowCount());
		assertArrayEquals(new double[] { 4, 4, 7, 7, 10, 10 }, csv.column("current"));
		assertArrayEquals(new double[] { 0, 2, 0, 2, 0, 2 }, csv.column("noiseSigma"));
		final List<String> lines = Files.readAllLines(dir.resolve("one/sweep.csv"));
		for (int i = 0; i < 6; i++)
			assertEquals(Long.toString(SweepGrid.seed(3, i)), lines.get(i + 1).split(",")[2]);
		// Above the HH rheobase (about 6.3 µA/cm² for a step) the neuron fires; at 10 it fires more than at 4.
		assertTrue(csv.column("meanRateHz")[4] > csv.column("meanRateHz")[0]);
		final Map<String, Object> s = SummaryJson.read(dir.resolve("one/summary.json"));
		assertEquals("Parameter Sweep", s.get("command"));
		assertEquals("Stochastic HH Ensemble", s.get("swept_command"));
		assertEquals(3L, s.get("seed"));
		assertEquals(false, s.get("partial"));
		for (final String f : List.of("meanRateHz", "sdRateHz", "isiCv"))
			for (final String ext : List.of(".tif", ".png"))
				assertTrue(Files.size(dir.resolve("one/" + f + ext)) > 0, f + ext);
	}

	@Test
	void aRowEqualsTheCommandRunAloneWithThePointsSeed() throws Exception {
		final CommandModule m = sweep(inputs("current=[5 8]; noiseSigma=[1.5]", dir));
		final CsvData csv = Csv.read(dir.resolve("sweep.csv"));
		final Map<String, Object> alone = new HashMap<>();
		alone.put("trials", 6);
		alone.put("duration", 150.0);
		alone.put("recordTrials", 0);
		alone.put("current", 8.0);
		alone.put("noiseSigma", 1.5);
		// NB: seeds have 63 bits; read as text (a double column would round them).
		final long seed = Long.parseLong(Files.readAllLines(dir.resolve("sweep.csv")).get(2).split(",")[2]);
		assertEquals(SweepGrid.seed(3, 1), seed);
		alone.put("seed", seed);
		final CommandModule single = context.service(CommandService.class).run(StochasticEnsemble.class, true, alone)
			.get();
		assertEquals((Double) single.getOutput("meanRateHz"), csv.column("meanRateHz")[1], 0.0);
		assertEquals((Double) single.getOutput("sdRateHz"), csv.column("sdRateHz")[1], 0.0);
		assertEquals((Double) single.getOutput("isiCv"), csv.column("isiCv")[1], 0.0);
		assertEquals(2, m.getOutput("points"));
	}

	@Test
	void oneAxisGivesALinePlotAndTwoAxesCalibratedTiffs() throws Exception {
		sweep(inputs("current=[6 9]", dir.resolve("line")));
		assertTrue(Files.size(dir.resolve("line/sweep.png")) > 0);
		assertFalse(Files.exists(dir.resolve("line/meanRateHz.tif")));
		final Map<String, Object> in = inputs("current=5:9:2; noiseSigma=0:1:0.5", dir.resolve("map"));
		in.put("plotOutputs", "meanRateHz");
		sweep(in);
		assertFalse(Files.exists(dir.resolve("map/isiCv.tif")), "only the chosen output");
		final ImagePlus imp = new Opener().openImage(dir.resolve("map/meanRateHz.tif").toString());
		assertEquals(32, imp.getBitDepth());
		assertEquals(3, imp.getWidth());
		assertEquals(3, imp.getHeight());
		final Calibration cal = imp.getCalibration();
		assertEquals(2, cal.pixelWidth, 1e-12);
		assertEquals(0.5, cal.pixelHeight, 1e-12);
		assertEquals(5, cal.getX(0), 1e-12);
		assertEquals(9, cal.getX(2), 1e-12);
		assertEquals(1, cal.getY(2), 1e-12);
		// The axes' names with the units their parameters' labels give (noiseSigma's depends on the noise).
		assertEquals("current (µA/cm²)", cal.getXUnit());
		assertEquals("noiseSigma", cal.getYUnit());
		assertEquals("meanRateHz (Hz)", cal.getValueUnit());
		final CsvData csv = Csv.read(dir.resolve("map/sweep.csv"));
		// Pixel (ix, iy) is point ix · 3 + iy.
		final float[] px = (float[]) imp.getProcessor().getPixels();
		for (int ix = 0; ix < 3; ix++)
			for (int iy = 0; iy < 3; iy++)
				assertEquals((float) csv.column("meanRateHz")[ix * 3 + iy], px[iy * 3 + ix]);
	}

	@Test
	void eachFinishedPointGivesAStatusLine() throws Exception {
		final List<String> lines = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
		final org.scijava.log.LogService log = context.service(org.scijava.log.LogService.class);
		final org.scijava.log.LogListener listener = m -> {
			if (m.source() != null && org.loligo.scijava.headless.ConsoleLog.STATUS.equals(m.source().name())) lines.add(m
				.text());
		};
		log.addLogListener(listener);
		try {
			final Map<String, Object> in = inputs("current=[6 9]; noiseSigma=[0 1.5]", null);
			in.put("threads", 2);
			sweep(in);
		}
		finally {
			log.removeLogListener(listener);
		}
		assertEquals(4, lines.size(), lines.toString());
		java.util.Collections.sort(lines);
		assertTrue(lines.get(0).matches("point 0 of 4 \\(current=6, noiseSigma=0\\): done in [0-9.]+(e[-0-9]+)? s"), lines
			.get(0));
		assertTrue(lines.get(3).startsWith("point 3 of 4 (current=9, noiseSigma=1.5): done in "), lines.get(3));
	}

	@Test
	void unitsComeFromTheLabelsBrackets() {
		assertEquals("current (µA/cm²)", SweepPlanner.withUnit("current", "Current (µA/cm²)"));
		assertEquals("isiCv", SweepPlanner.withUnit("isiCv", "Pooled ISI CV"));
		assertEquals("tauExc (ms)", SweepPlanner.withUnit("tauExc", "Excitatory time constant (ms)"));
	}

	@Test
	void keptPointOutputsAreEachPointsOwnRun() throws Exception {
		final Map<String, Object> in = inputs("current=[7 8]", dir);
		in.put("keepPointOutputs", true);
		sweep(in);
		final Map<String, Object> point1 = SummaryJson.read(dir.resolve("points/1/summary.json"));
		assertEquals(8.0, point1.get("current"));
		assertEquals(SweepGrid.seed(3, 1), point1.get("seed"));
		assertEquals(Csv.read(dir.resolve("sweep.csv")).column("meanRateHz")[1], ((Number) point1.get(
			"mean_rate_hz")).doubleValue(), 0.0);
	}

	@Test
	void badSweepsAreRefusedBeforeAnyPointRuns() {
		assertRefused("axes: axis 'curent': Stochastic HH Ensemble has no parameter 'curent'", "curent=0:1:1");
		assertRefused("axes: axis 'noise': the parameter is not numeric", "noise=[1 2]");
		assertRefused("axes: axis 'current': the range 5:1:1 is empty", "current=5:1:1");
		assertRefused("axes: axis 'trials': Parameter 'trials' must be an integer", "trials=[10 10.5]");
		assertRefused("axes: axis 'duration': Parameter 'duration' must be a number (double) > 0", "duration=[-1 1]");
		assertRefused("more than the limit of 10000 points; raise maxPoints or set force=true",
			"current=0:200:1; noiseSigma=0:100:1");
		assertRefused("axes: axis 'seed'", "seed=[1 2]");
		final Map<String, Object> fixedTwice = inputs("current=[1 2]", dir);
		fixedTwice.put("parameters", FIXED + ",current=3");
		assertTrue(message(fixedTwice).contains("axis 'current' is also a fixed parameter"));
		final Map<String, Object> badFixed = inputs("current=[1 2]", dir);
		badFixed.put("parameters", "trials=0");
		assertTrue(message(badFixed).contains("Parameter 'trials' must be an integer"), message(badFixed));
		final Map<String, Object> spark = inputs("current=[1 2]", dir);
		spark.put("executor", "spark");
		assertTrue(message(spark).contains("executor=spark needs the loligo-spark module"), message(spark));
		assertFalse(Files.exists(dir.resolve("sweep.csv")));
	}

	@Test
	void aFailedPointFailsTheSweepNamingItsIndexParametersAndTheCommandsMessage() {
		final Map<String, Object> in = inputs("noiseTau=[5 0]", dir);
		in.put("parameters", FIXED + ",noise=ou");
		final String m = message(in);
		assertTrue(m.startsWith("point 1 ("), m);
		assertTrue(m.contains("noiseTau=0"), m);
		assertTrue(m.contains("failed: "), m);
		assertTrue(m.toLowerCase().contains("tau"), m);
		assertFalse(Files.exists(dir.resolve("sweep.csv")));
	}

	private void assertRefused(final String part, final String axes) {
		final String m = message(inputs(axes, dir));
		assertTrue(m.contains(part), m);
	}

	private static String message(final Map<String, Object> in) {
		final Exception e = assertThrows(Exception.class, () -> sweep(in));
		return CommandTestBase.rootMessage(e);
	}
}
