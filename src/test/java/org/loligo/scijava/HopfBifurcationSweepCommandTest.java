package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
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
import org.loligo.analysis.bifurcation.HopfSweep;
import org.loligo.io.BifurcationOutputs;
import org.loligo.io.Csv;
import org.loligo.io.CsvData;
import org.loligo.io.FigureHeader;
import org.loligo.io.SummaryJson;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** "Hopf Bifurcation Sweep" through a SciJava Context, as Fiji and scripts run it. */
class HopfBifurcationSweepCommandTest extends CommandTestBase {

	@TempDir
	Path dir;

	static CommandModule run(final Map<String, Object> inputs) throws Exception {
		return run(HopfBifurcationSweep.class, inputs);
	}

	@Test
	void classicModelWritesEveryFileAndKey() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("outputDirectory", dir.resolve("out").toFile());
		final CommandModule m = run(in);
		assertEquals(2, (Integer) m.getOutput("hopfCount"));
		assertEquals(9.78, (Double) m.getOutput("hopf1Parameter"), 0.01);
		assertEquals("subcritical", m.getOutput("hopf1Type"));
		assertEquals(154.5, (Double) m.getOutput("hopf2Parameter"), 0.05);
		assertEquals(6.26, (Double) m.getOutput("cycleFoldParameter"), 0.01);

		final Path out = dir.resolve("out");
		final CsvData eq = Csv.read(out.resolve("equilibria.csv"));
		assertEquals(List.of("parameter", "v_mV", "m", "h", "n", "max_real_eigenvalue", "stable"), eq.header());
		assertTrue(eq.rowCount() >= 201);
		assertEquals(0, eq.column("parameter")[0], 0);
		assertEquals(-65, eq.column("v_mV")[0], 0.01);
		final CsvData h = Csv.read(out.resolve("hopf.csv"));
		assertEquals(List.of("parameter", "frequency_hz", "first_lyapunov", "type"), h.header());
		assertEquals(2, h.rowCount());
		final CsvData c = Csv.read(out.resolve("cycles.csv"));
		assertEquals(List.of("parameter", "period_ms", "v_min_mV", "v_max_mV", "stable", "max_floquet_modulus"), c
			.header());
		assertTrue(c.rowCount() > 10);
		final double[] stable = c.column("stable"), modulus = c.column("max_floquet_modulus");
		int stableRows = 0;
		for (int i = 0; i < c.rowCount(); i++) {
			assertEquals(stable[i] == 1, modulus[i] < 1, "row " + i + ": stable iff every non-trivial |μ| < 1");
			if (stable[i] == 1) stableRows++;
		}
		assertTrue(stableRows > 0 && stableRows < c.rowCount(), "both stable and unstable cycles: " + stableRows);
		final BufferedImage png = ImageIO.read(out.resolve("bifurcation.png").toFile());
		assertTrue(png.getWidth() >= 600 && png.getHeight() >= 400);
		// The legend names what is drawn, in the curves' colours (it once showed three black swatches), and
		// sits in the header above the frame, where no curve is.
		final HopfSweep.Result result = ((HopfBifurcationSweep) m.getDelegateObject()).result();
		final List<FigureHeader.Entry> legend = BifurcationOutputs.legend(result);
		assertEquals(List.of("stable equilibria", "unstable equilibria", "stable cycles: V min and max",
			"unstable cycles", "Hopf points"), legend.stream().map(FigureHeader.Entry::label).toList());
		assertEquals(Color.BLACK, legend.get(0).color());
		assertNotEquals(Color.BLACK, legend.get(2).color());
		assertNotEquals(legend.get(2).color(), legend.get(4).color());
		final int header = png.getHeight() - 560;
		assertTrue(header > 28, "a header above the 560-pixel plot: " + header);
		for (final FigureHeader.Entry e : legend.subList(2, 5))
			assertTrue(pixels(png, e.color(), 28, header) > 5, e.label() + " swatch in the header");

		final Map<String, Object> s = SummaryJson.read(out.resolve("summary.json"));
		assertEquals("Hopf Bifurcation Sweep", s.get("command"));
		for (final String key : new String[] { "version", "model", "parameter", "current", "min", "max", "points",
			"cycles", "outputDirectory", "seed", "wall_seconds", "hopf_1_current", "hopf_1_parameter",
			"hopf_1_frequency_hz", "hopf_1_type", "hopf_2_current", "hopf_2_frequency_hz", "hopf_2_type",
			"cycle_fold_current", "partial" })
			assertTrue(s.containsKey(key), "summary.json lacks " + key);
		assertEquals((Double) m.getOutput("hopf1FrequencyHz"), ((Number) s.get("hopf_1_frequency_hz")).doubleValue(),
			0);
		// HH's rest is lost at a Hopf point: no fold of the equilibria, so none of the saddle-node keys.
		assertEquals("none", m.getOutput("saddleNodeType"));
		assertTrue(Double.isNaN((Double) m.getOutput("saddleNodeParameter")));
		assertTrue(s.keySet().stream().noneMatch(k -> k.startsWith("saddle_node")), "" + s.keySet());
	}

	@Test
	void typeIModelReportsASaddleNodeOnAnInvariantCircle() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("model", "WangBuzsaki");
		in.put("min", 0.0);
		in.put("max", 1.0);
		in.put("outputDirectory", dir.toFile());
		final CommandModule m = run(in);
		assertEquals(0, (Integer) m.getOutput("hopfCount"));
		assertEquals("snic", m.getOutput("saddleNodeType"));
		// Wang–Buzsáki's fold of I_ss: 0.16008633 µA/cm² (org.loligo.reference, README-reference.md).
		assertEquals(0.16008633, (Double) m.getOutput("saddleNodeParameter"), 1e-8);
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals("WangBuzsaki", s.get("model"));
		assertEquals(1, ((Number) s.get("equilibrium_fold_count")).intValue());
		assertEquals("snic", s.get("equilibrium_fold_1_type"));
		assertEquals("snic", s.get("saddle_node_type"));
		assertEquals((Double) m.getOutput("saddleNodeParameter"), ((Number) s.get("saddle_node_current"))
			.doubleValue(), 0);
		assertEquals(-59.966, ((Number) s.get("saddle_node_v_mV")).doubleValue(), 1e-3);
		assertTrue(((Number) s.get("saddle_node_rate_coefficient_hz")).doubleValue() > 0);
		assertEquals(List.of("parameter", "v_mV", "h", "n", "max_real_eigenvalue", "stable"), Csv.read(dir.resolve(
			"equilibria.csv")).header());
		final BufferedImage png = ImageIO.read(dir.resolve("bifurcation.png").toFile());
		assertTrue(png.getWidth() >= 600 && png.getHeight() >= 400);
	}

	@Test
	void channelParametersAreTheModels() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("model", "ConnorStevens");
		in.put("parameter", "gA");
		in.put("current", 8.0);
		in.put("min", 40.0);
		in.put("max", 60.0);
		in.put("points", 41);
		in.put("cycles", false);
		in.put("outputDirectory", dir.toFile());
		final CommandModule m = run(in);
		assertEquals("snic", m.getOutput("saddleNodeType"));
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals("gA", s.get("swept_parameter"));
		assertTrue(s.containsKey("saddle_node_parameter") && !s.containsKey("saddle_node_current"));
		in.put("model", "HH1952");
		in.put("outputDirectory", dir.resolve("bad").toFile());
		final String msg = rootMessage(assertThrows(ExecutionException.class, () -> run(in)));
		assertTrue(msg.startsWith("parameter") && msg.contains("HH1952") && msg.contains("gNa"), msg);
		assertTrue(!Files.exists(dir.resolve("bad")));
	}

	@Test
	void anotherParameterUsesParameterKeys() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("parameter", "gK");
		in.put("current", 20.0);
		in.put("min", 20.0);
		in.put("max", 60.0);
		in.put("points", 41);
		in.put("cycles", false);
		in.put("outputDirectory", dir.toFile());
		run(in);
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals("gK", s.get("swept_parameter"));
		assertTrue(s.containsKey("hopf_1_parameter") && !s.containsKey("hopf_1_current"));
	}

	@Test
	void unknownParameterIsRefusedBeforeAnyFile() {
		final Map<String, Object> in = new HashMap<>();
		in.put("parameter", "gCa");
		in.put("outputDirectory", dir.resolve("bad").toFile());
		final ExecutionException e = assertThrows(ExecutionException.class, () -> run(in));
		final String msg = rootMessage(e);
		assertTrue(msg.startsWith("parameter") && msg.contains("gNa") && msg.contains("eL"), msg);
		assertTrue(!Files.exists(dir.resolve("bad")));
	}

	@Test
	void minNotBelowMaxIsRefused() {
		final Map<String, Object> in = new HashMap<>();
		in.put("min", 50.0);
		in.put("max", 50.0);
		in.put("outputDirectory", dir.resolve("bad").toFile());
		final ExecutionException e = assertThrows(ExecutionException.class, () -> run(in));
		final String msg = rootMessage(e);
		assertTrue(msg.startsWith("max") && msg.contains("> min"), msg);
		assertTrue(!Files.exists(dir.resolve("bad")));
	}

	/** Pixels of exactly colour {@code c} in rows {@code [y0, y1)}. */
	private static int pixels(final BufferedImage image, final Color c, final int y0, final int y1) {
		int n = 0;
		for (int y = y0; y < y1; y++)
			for (int x = 0; x < image.getWidth(); x++)
				if ((image.getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) n++;
		return n;
	}
}
