package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import java.nio.file.Files;
import java.nio.file.Path;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.engine.network.MatrixText;

/**
 * {@link WeightImages}: pixel (x, y) becomes m[y][x] (row = postsynaptic, as in the CSV), for ImgLib2
 * images and for 8-, 16- and 32-bit TIFFs written by ImageJ; everything else is refused naming the
 * parameter.
 */
class WeightImagesTest {

	/** Asymmetric on purpose: m[y][x] != m[x][y] everywhere off the diagonal. Exact in float and 8-bit. */
	static final double[][] M = { { 0, 1, 2 }, { 3, 0, 5 }, { 6, 7, 0 } };

	@TempDir
	Path dir;

	/** Row-major pixels of M: pixel (x, y) at index y * 3 + x. */
	static float[] pixels() {
		final float[] px = new float[9];
		for (int y = 0; y < 3; y++)
			for (int x = 0; x < 3; x++)
				px[y * 3 + x] = (float) M[y][x];
		return px;
	}

	@Test
	void pixelXYIsTheWeightFromXOntoYAsInTheCsv() {
		final double[][] csv = MatrixText.parse("0,1,2\n3,0,5\n6,7,0\n", "matrixFile").toDense();
		assertArrayEquals(M, csv);
		final double[][] fromImg = WeightImages.fromImg(ArrayImgs.floats(pixels(), 3, 3), "matrixImage").toDense();
		assertArrayEquals(csv, fromImg);
		// x and y count from the interval's minimum, whatever it is.
		final RandomAccessibleInterval<? extends RealType<?>> shifted = Views.translate(ArrayImgs.floats(pixels(), 3,
			3), 10, -4);
		assertArrayEquals(csv, WeightImages.fromImg(shifted, "matrixImage").toDense());
		// A single-plane stack (a trailing dimension of size 1) is a 2-D image.
		assertArrayEquals(csv, WeightImages.fromImg(ArrayImgs.floats(pixels(), 3, 3, 1), "matrixImage").toDense());
	}

	@Test
	void tiffsOfEveryGrayscaleDepthReadAsTheCsv() throws Exception {
		final float[] px = pixels();
		final byte[] b = new byte[9];
		final short[] s = new short[9];
		for (int i = 0; i < 9; i++) {
			b[i] = (byte) px[i];
			s[i] = (short) (px[i] * 1000); // 16-bit: values above 255 survive
		}
		final Path f32 = save(new ImagePlus("w32", new FloatProcessor(3, 3, px)), "w32.tif");
		final Path f8 = save(new ImagePlus("w8", new ByteProcessor(3, 3, b)), "w8.TIFF");
		final Path f16 = save(new ImagePlus("w16", new ShortProcessor(3, 3, s, null)), "w16.tif");
		assertTrue(WeightImages.isTiff(f8) && WeightImages.isTiff(f32) && !WeightImages.isTiff(dir.resolve("w.csv")));
		assertArrayEquals(M, WeightImages.read(f32, "matrixFile").toDense());
		assertArrayEquals(M, WeightImages.read(f8, "matrixFile").toDense());
		final double[][] m16 = WeightImages.read(f16, "matrixFile").toDense();
		for (int y = 0; y < 3; y++)
			for (int x = 0; x < 3; x++)
				assertEquals(M[y][x] * 1000, m16[y][x], 0, "16-bit pixel " + x + "," + y);
	}

	@Test
	void writeReadsBackAsTheSameMatrix() throws Exception {
		final Path f = dir.resolve("weights.tif");
		WeightImages.write(f, M, "weights");
		assertArrayEquals(M, WeightImages.read(f, "matrixFile").toDense());
		assertEquals(3, Tiff.readFloat(f).width());
		assertEquals(5f, Tiff.readFloat(f).get(2, 1), "pixel (x=2, y=1) = m[1][2]");
	}

	@Test
	void imagesThatAreNotOneSquarePlaneOfFiniteNumbersAreRefused() {
		expect(() -> WeightImages.fromImg(ArrayImgs.floats(2, 2, 2), "matrixImage"),
			"matrixImage: a 2-D image is needed", "got 3-D, 2 x 2 x 2 pixels");
		expect(() -> WeightImages.fromImg(ArrayImgs.floats(3, 2), "matrixImage"),
			"matrixImage: the image is 3 x 2 pixels (width x height); a weight matrix must be square");
		final float[] px = pixels();
		px[1 * 3 + 2] = Float.NaN;
		expect(() -> WeightImages.fromImg(ArrayImgs.floats(px, 3, 3), "matrixImage"),
			"matrixImage: pixel (x=2, y=1) is NaN");
		px[1 * 3 + 2] = Float.NEGATIVE_INFINITY;
		expect(() -> WeightImages.fromImg(ArrayImgs.floats(px, 3, 3), "delayFile"),
			"delayFile: pixel (x=2, y=1) is -Infinity");
		@SuppressWarnings({ "unchecked", "rawtypes" })
		final RandomAccessibleInterval<? extends RealType<?>> argb = (RandomAccessibleInterval) ArrayImgs.argbs(2, 2);
		expect(() -> WeightImages.fromImg(argb, "matrixImage"), "matrixImage: pixels of type ARGBType are not real");
		expect(() -> WeightImages.fromImg(null, "matrixImage"), "matrixImage: no image given");
	}

	@Test
	void filesThatAreNotSinglePlaneGrayscaleTiffsAreRefused() throws Exception {
		final ImageStack stack = new ImageStack(3, 3);
		stack.addSlice(new FloatProcessor(3, 3, pixels()));
		stack.addSlice(new FloatProcessor(3, 3, pixels()));
		final ImagePlus z = new ImagePlus("stack", stack);
		final Path stackFile = dir.resolve("stack.tif");
		assertTrue(new FileSaver(z).saveAsTiffStack(stackFile.toString()));
		expect(() -> WeightImages.read(stackFile, "matrixFile"), "matrixFile: '" + stackFile + "' has 2 planes");
		final Path rgb = save(new ImagePlus("rgb", new ColorProcessor(3, 3)), "rgb.tif");
		expect(() -> WeightImages.read(rgb, "matrixFile"), "is a colour image (RGB)");
		final Path text = Files.writeString(dir.resolve("text.tif"), "0,1\n1,0\n");
		expect(() -> WeightImages.read(text, "matrixFile"), "matrixFile: cannot read '" + text + "' as a TIFF");
		expect(() -> WeightImages.read(dir.resolve("missing.tif"), "delayFile"), "delayFile: cannot read",
			"(no such file)");
		final ImagePlus signed = new ImagePlus("signed", new ShortProcessor(3, 3));
		signed.getCalibration().setSigned16BitCalibration();
		final Path signedFile = save(signed, "signed.tif");
		expect(() -> WeightImages.read(signedFile, "matrixFile"), "matrixFile: '" + signedFile +
			"' is a signed 16-bit TIFF");
		final Path wide = save(new ImagePlus("wide", new FloatProcessor(4, 3)), "wide.tif");
		expect(() -> WeightImages.read(wide, "matrixFile"), "matrixFile: the image is 4 x 3 pixels");
	}

	private Path save(final ImagePlus imp, final String name) {
		final Path f = dir.resolve(name);
		assertTrue(new FileSaver(imp).saveAsTiff(f.toString()), "ImageJ wrote " + name);
		return f;
	}

	private static void expect(final Executable call, final String... parts) {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
		for (final String part : parts)
			assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' lacks '" + part + "'");
	}
}
