package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.engine.network.NetworkResult;
import org.loligo.io.SummaryJson;
import org.loligo.io.WeightImages;

/**
 * The weight matrix of "Coupled HH Network" as an image: an ImgLib2 image ({@code matrixImage}, as Fiji
 * and scripts pass one) or a TIFF {@code matrixFile} gives bit for bit the run of the equivalent CSV;
 * pixel (x, y) is the weight from neuron x onto neuron y.
 */
class CoupledNetworkImageTest extends CommandTestBase {

	/** Row = postsynaptic: 0 → 1 (2), 1 → 2 (3), 2 → 0 (1). Small integers: exact in 8-bit and float. */
	static final double[][] W = { { 0, 0, 1 }, { 2, 0, 0 }, { 0, 3, 0 } };

	@TempDir
	Path dir;

	/** Three neurons, only neuron 0 pulsed, exponential synapses, some current noise to use the seed. */
	static Map<String, Object> chain() {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 3);
		in.put("topology", "matrix");
		in.put("synapse", "exponential");
		in.put("coupling", 1.0);
		in.put("stimulatedNeurons", "0");
		in.put("current", 0.0);
		in.put("stimulus", "pulses");
		in.put("amplitude", 20.0);
		in.put("pulseTimes", "5 25");
		in.put("duration", 40.0);
		in.put("noiseSigma", 0.5);
		in.put("recordNeurons", 0);
		in.put("seed", 11L);
		in.put("threads", 1);
		return in;
	}

	static NetworkResult result(final Map<String, Object> in) throws Exception {
		return ((CoupledNetworkCommand) run(CoupledNetworkCommand.class, in).getDelegateObject()).result();
	}

	static float[] pixels(final double[][] m) {
		final int n = m.length;
		final float[] px = new float[n * n];
		for (int y = 0; y < n; y++)
			for (int x = 0; x < n; x++)
				px[y * n + x] = (float) m[y][x];
		return px;
	}

	static void assertSameSpikes(final NetworkResult expected, final NetworkResult actual, final String what) {
		assertArrayEquals(expected.population().spikeTimes(), actual.population().spikeTimes(), what);
		assertArrayEquals(expected.population().spikeNeurons(), actual.population().spikeNeurons(), what);
	}

	@Test
	void tiffsAndImagesGiveTheRunOfTheEquivalentCsvBitForBit() throws Exception {
		final Map<String, Object> csv = chain();
		csv.put("matrixFile", Files.writeString(dir.resolve("w.csv"), "0,0,1\n2,0,0\n0,3,0\n").toFile());
		final NetworkResult ref = result(csv);
		assertEquals(3, ref.connections());
		for (int i = 0; i < 3; i++)
			assertTrue(ref.population().spikeTimesOf(i).length >= 2, "neuron " + i + " fires through the chain");

		final float[] px = pixels(W);
		final byte[] bytes = new byte[px.length];
		for (int i = 0; i < px.length; i++)
			bytes[i] = (byte) px[i];
		final Path f32 = dir.resolve("w32.tif"), f8 = dir.resolve("w8.tif");
		assertTrue(new FileSaver(new ImagePlus("w", new FloatProcessor(3, 3, px))).saveAsTiff(f32.toString()));
		assertTrue(new FileSaver(new ImagePlus("w", new ByteProcessor(3, 3, bytes))).saveAsTiff(f8.toString()));
		for (final Path f : new Path[] { f32, f8 }) {
			final Map<String, Object> in = chain();
			in.put("matrixFile", f.toFile());
			assertSameSpikes(ref, result(in), f.getFileName().toString());
		}
		final double[] flat = new double[9];
		for (int i = 0; i < 9; i++)
			flat[i] = px[i];
		for (final Img<?> img : new Img<?>[] { ArrayImgs.floats(px.clone(), 3, 3), ArrayImgs.doubles(flat, 3, 3),
			ArrayImgs.unsignedBytes(bytes.clone(), 3, 3) })
		{
			final Map<String, Object> in = chain();
			in.put("topology", "image");
			in.put("matrixImage", img);
			in.put("outputDirectory", dir.resolve("img").toFile());
			assertSameSpikes(ref, result(in), img.firstElement().getClass().getSimpleName());
		}
		final Map<String, Object> s = SummaryJson.read(dir.resolve("img/summary.json"));
		assertEquals("3 x 3 UnsignedByteType image", s.get("matrixImage"));

		// weights.tif holds the matrix before coupling; fed back as matrixFile it rebuilds the network.
		final Path weights = dir.resolve("img/weights.tif");
		assertArrayEquals(W, WeightImages.read(weights, "matrixFile").toDense());
		final Map<String, Object> back = chain();
		back.put("matrixFile", weights.toFile());
		assertSameSpikes(ref, result(back), "weights.tif fed back");
	}

	@Test
	void pixelXYIsTheWeightFromXOntoY() throws Exception {
		// Only pixel (x=0, y=1) is set: neuron 0 drives neuron 1, not the reverse. Read transposed, the
		// image would make 1 drive 0, and each assertion below would fail.
		final float[] px = { 0, 0, 1, 0 };
		final Path file = dir.resolve("oneway.tif");
		WeightImages.write(file, new double[][] { { 0, 0 }, { 1, 0 } }, "0 -> 1");
		for (final Object source : new Object[] { ArrayImgs.floats(px, 2, 2), file.toFile() }) {
			for (final int stimulated : new int[] { 0, 1 }) {
				final Map<String, Object> in = chain();
				in.put("neurons", 2);
				in.put("coupling", 2.0);
				in.put("noiseSigma", 0.0);
				in.put("stimulatedNeurons", String.valueOf(stimulated));
				in.put(source instanceof Img ? "matrixImage" : "matrixFile", source);
				in.put("topology", source instanceof Img ? "image" : "matrix");
				final NetworkResult r = result(in);
				assertEquals(1, r.connections());
				final int other = 1 - stimulated;
				assertEquals(2, r.population().spikeTimesOf(stimulated).length, "the pulsed neuron fires twice");
				assertEquals(stimulated == 0 ? 2 : 0, r.population().spikeTimesOf(other).length, "stimulated " +
					stimulated + " from " + source + ": neuron " + other + (stimulated == 0 ? " is driven" : " is not"));
			}
		}
	}

	/**
	 * In Fiji the active image fills matrixImage whenever an image is open, so the topology, not the presence
	 * of an input, picks the source: with topology=matrix the file is used and the image ignored, with
	 * topology=image the reverse, and with another topology both are ignored.
	 */
	@Test
	void theTopologyPicksTheSourceNotThePresenceOfAnImage() throws Exception {
		final Map<String, Object> csv = chain();
		csv.put("matrixFile", Files.writeString(dir.resolve("chain.csv"), "0,0,0\n1,0,0\n0,1,0\n").toFile());
		final NetworkResult ref = result(csv);
		final Img<?> unrelated = ArrayImgs.floats(new float[] { 0, 1, 1, 1, 0, 1, 1, 1, 0 }, 3, 3);
		final Map<String, Object> both = chain();
		both.put("matrixFile", csv.get("matrixFile"));
		both.put("matrixImage", unrelated);
		assertSameSpikes(ref, result(both), "topology=matrix uses matrixFile, not the open image");
		final Map<String, Object> image = chain();
		image.put("topology", "image");
		image.put("matrixImage", ArrayImgs.floats(new float[] { 0, 0, 0, 1, 0, 0, 0, 1, 0 }, 3, 3));
		image.put("matrixFile", Files.writeString(dir.resolve("full.csv"), "0,1,1\n1,0,1\n1,1,0\n").toFile());
		assertSameSpikes(ref, result(image), "topology=image uses matrixImage, not the file");
		final Map<String, Object> ring = chain();
		ring.put("topology", "ring");
		ring.put("matrixImage", unrelated);
		assertEquals(6, result(ring).connections(), "ring of 3: each neuron to both neighbours; the image ignored");
	}

	@Test
	void badImagesFailBeforeAnyFileIsWrittenNamingTheParameter() throws Exception {
		final Path csv = Files.writeString(dir.resolve("w.csv"), "0,1\n1,0\n");
		final Path text = Files.writeString(dir.resolve("text.tif"), "0,1\n1,0\n");
		final Path big = dir.resolve("big.tif"), wide = dir.resolve("wide.tif");
		WeightImages.write(big, new double[3][3], "3x3");
		assertTrue(new FileSaver(new ImagePlus("w", new FloatProcessor(3, 2))).saveAsTiff(wide.toString()));
		final float[] nan = { 0, Float.NaN, 1, 0 };
		final Object[][] cases = { //
			{ "matrixImage", ArrayImgs.floats(2, 2, 2), "matrixImage: a 2-D image is needed" },
			{ "matrixImage", ArrayImgs.floats(3, 3), "matrixImage: 3 rows but neurons=2; the matrix must be 2x2" },
			{ "matrixImage", ArrayImgs.floats(3, 2), "matrixImage: the image is 3 x 2 pixels" },
			{ "matrixImage", ArrayImgs.floats(nan, 2, 2), "matrixImage: pixel (x=1, y=0) is NaN" },
			{ "topology", "image", "matrixImage: required with topology=image" },
			{ "matrixFile", text, "matrixFile: cannot read '" + text + "' as a TIFF image" },
			{ "matrixFile", dir.resolve("missing.tif"), "matrixFile: cannot read" },
			{ "matrixFile", big, "matrixFile: 3 rows but neurons=2" },
			{ "matrixFile", wide, "matrixFile: the image is 3 x 2 pixels" },
			{ "delayFile", big, "delayFile: 3 rows but neurons=2", "matrixFile", csv },
			{ "delayFile", text, "delayFile: cannot read", "matrixFile", csv },
			{ "topology", "matrix", "matrixFile: required with topology=matrix" } };
		for (final Object[] c : cases) {
			final Map<String, Object> in = new HashMap<>();
			in.put("outputDirectory", dir.resolve("out").toFile());
			in.put("topology", c[0].equals("matrixImage") ? "image" : "matrix");
			in.put(c[0].toString(), c[1] instanceof Path ? ((Path) c[1]).toFile() : c[1]);
			if (c.length > 3) in.put(c[3].toString(), ((Path) c[4]).toFile());
			final Exception e = assertThrows(Exception.class, () -> run(CoupledNetworkCommand.class, in), c[2]
				.toString());
			final String msg = rootMessage(e);
			assertTrue(msg.contains(c[2].toString()), c[0] + ": message was '" + msg + "'");
			assertFalse(Files.exists(dir.resolve("out")), "nothing written for " + c[2]);
		}
	}

	@Test
	void otherTopologiesExportTheirMatrixBeforeCoupling() throws Exception {
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 5);
		in.put("topology", "random");
		in.put("connectionProbability", 0.5);
		in.put("synapse", "gap");
		in.put("coupling", 0.1);
		in.put("duration", 5.0);
		in.put("seed", 3L);
		in.put("outputDirectory", dir.toFile());
		final NetworkResult r = result(in);
		final double[][] w = WeightImages.read(dir.resolve("weights.tif"), "matrixFile").toDense();
		int ones = 0;
		for (int i = 0; i < 5; i++)
			for (int j = 0; j < 5; j++) {
				assertEquals(w[i][j], w[j][i], "gap junctions are drawn symmetric");
				assertTrue(w[i][j] == 0 || w[i][j] == 1, "entries before coupling are 0 or 1");
				if (w[i][j] == 1) ones++;
			}
		assertEquals(r.connections(), ones, "the same draws as the run's own network");
	}

	@Test
	void theGroovyExampleDrawsAChainAndRunsHeadless() throws Exception {
		final String name = "Coupled_Network_Image_Example.groovy";
		final Path shipped = Path.of("src/main/resources/scripts/Plugins/Loligo", name);
		assertEquals(Files.readString(shipped), Files.readString(Path.of("scripts", name)), "scripts/ links to it");
		final LauncherEndToEndTest.Run r = LauncherEndToEndTest.inProcess("--run", "scripts/" + name, "neurons=3");
		assertEquals(0, r.status(), r.err());
		// Every spike of neuron 0 (HH at 15 µA/cm² fires tonically, well above 50 Hz) crosses the chain.
		final int total = Integer.parseInt(r.out().replaceAll("(?s).*spikeCount = (\\d+).*", "$1"));
		final int last = Integer.parseInt(r.out().replaceAll("(?s).*lastNeuronSpikes = (\\d+).*", "$1"));
		assertTrue(last >= 5 && total == 3 * last, r.out());
	}

	@Test
	void delaysFromATiffAreTheDelaysOfTheCsv() throws Exception {
		final Map<String, Object> csv = chain();
		csv.put("matrixFile", Files.writeString(dir.resolve("w.csv"), "0,0,1\n2,0,0\n0,3,0\n").toFile());
		csv.put("delayFile", Files.writeString(dir.resolve("d.csv"), "0 0 4\n2 0 0\n0 3 0\n").toFile());
		final NetworkResult ref = result(csv);
		final Path d = dir.resolve("d.tif");
		WeightImages.write(d, new double[][] { { 0, 0, 4 }, { 2, 0, 0 }, { 0, 3, 0 } }, "delays (ms)");
		final Map<String, Object> tif = chain();
		tif.put("topology", "image");
		tif.put("matrixImage", ArrayImgs.floats(pixels(W), 3, 3));
		tif.put("delayFile", d.toFile());
		assertSameSpikes(ref, result(tif), "delays from d.tif");
		final double lag = ref.population().spikeTimesOf(1)[0] - ref.population().spikeTimesOf(0)[0];
		assertTrue(lag > 2, "the 2 ms delay 0 -> 1 is applied: lag " + lag);
	}

	@Test
	void theReadmeChainImageDrivesEachNeuronFromThePreviousOne() throws Exception {
		// test-data/chain4.tif: an 8-bit image with pixels (0,1), (1,2), (2,3) = 1, as drawn in Fiji.
		final Map<String, Object> in = new HashMap<>();
		in.put("neurons", 4);
		in.put("topology", "matrix");
		in.put("matrixFile", new java.io.File("test-data/chain4.tif"));
		in.put("current", 15.0);
		in.put("stimulatedNeurons", "0");
		in.put("seed", 1L);
		final NetworkResult r = result(in);
		assertEquals(3, r.connections());
		final double[] t0 = r.population().spikeTimesOf(0);
		for (int k = 1; k < 4; k++) {
			final double[] prev = r.population().spikeTimesOf(k - 1), tk = r.population().spikeTimesOf(k);
			assertEquals(t0.length, tk.length, "neuron " + k + " follows every spike of neuron 0");
			for (int s = 0; s < tk.length; s++)
				assertTrue(tk[s] - prev[s] > 0.5 && tk[s] - prev[s] < 3, "neuron " + k + " spike " + s + " lags its " +
					"input by a synaptic latency: " + (tk[s] - prev[s]) + " ms");
		}
	}
}
