package org.loligo.io;

import ij.ImagePlus;
import ij.io.Opener;
import ij.process.ImageProcessor;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.loligo.engine.network.Connectivity;
import org.loligo.engine.network.WeightMatrix;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Weight (or delay) matrices as 2-D grayscale images, so that a network's connections can be drawn,
 * edited and inspected in Fiji. Pixel (x, y) is the entry from presynaptic neuron x onto postsynaptic
 * neuron y: image row y is matrix row y, {@code m[y][x]}, the layout of a CSV {@code matrixFile} (row =
 * postsynaptic neuron) and of {@link org.loligo.engine.network.Connectivity#matrix}. Values are the
 * raw pixel values (weights in mS/cm² or mV before the coupling factor, delays in ms); a spatial or
 * intensity calibration is ignored. Images are read into {@link WeightMatrix} a row at a time (non-zero
 * pixels only) and written from a {@link Connectivity}'s rows: no N×N array of doubles is made.
 * <p>
 * This class checks what only an image can get wrong: more than two dimensions (stacks, channels,
 * frames), a non-square plane, colour pixels, non-finite pixels (reported as x, y). Whether the size
 * matches the number of neurons is checked where the matrix is used ({@code Connectivity}), with the
 * same parameter name in the message.
 */
public final class WeightImages {

	/** Largest side accepted: the image's n² pixels must fit one Java array (ImageJ's, and ours on writing). */
	static final int MAX_SIDE = 1 << 15;

	private WeightImages() {}

	/** Whether {@code file} is read as an image by {@link #read}: its name ends in .tif or .tiff. */
	public static boolean isTiff(final Path file) {
		final String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(
			Locale.ROOT);
		return name.endsWith(".tif") || name.endsWith(".tiff");
	}

	/**
	 * The matrix {@code m[y][x]} of a 2-D image of real pixels ({@code x} and {@code y} counted from the
	 * interval's minimum). Trailing dimensions of size 1 are allowed (a single-plane stack).
	 *
	 * @param param the parameter the image came from, named in every error
	 * @throws IllegalArgumentException if the image is not one square plane of finite real numbers
	 */
	public static WeightMatrix fromImg(final RandomAccessibleInterval<? extends RealType<?>> img,
		final String param)
	{
		if (img == null) throw new IllegalArgumentException(param + ": no image given");
		final int side = squareSide(img.dimensionsAsLongArray(), param);
		final long[] pos = img.minAsLongArray();
		final RandomAccess<? extends RealType<?>> ra = img.randomAccess();
		checkRealPixels(ra, pos, param);
		final long x0 = pos[0], y0 = pos[1];
		final WeightMatrix.Builder m = new WeightMatrix.Builder();
		for (int y = 0; y < side; y++) {
			ra.setPosition(y0 + y, 1);
			for (int x = 0; x < side; x++) {
				ra.setPosition(x0 + x, 0);
				m.add(x, finite(ra.get().getRealDouble(), x, y, param));
			}
			m.endRow(side);
		}
		return m.build();
	}

	/**
	 * Reads a single-plane 8-, 16- or 32-bit grayscale TIFF with ImageJ's opener (no display needed) as
	 * {@code m[y][x]}, raw pixel values.
	 *
	 * @param param the parameter the file came from, named in every error
	 * @throws IllegalArgumentException if the file cannot be read as such a TIFF, or see
	 *           {@link #fromImg}
	 */
	public static WeightMatrix read(final Path file, final String param) {
		final ImagePlus imp = open(file, param);
		if (imp.getStackSize() > 1) throw new IllegalArgumentException(String.format(Locale.ROOT,
			"%s: '%s' has %d planes (%d channels, %d slices, %d frames); a weight matrix is one 2-D plane " +
				"(x = presynaptic, y = postsynaptic neuron)", param, file, imp.getStackSize(), imp.getNChannels(), imp
					.getNSlices(), imp.getNFrames()));
		final int type = imp.getType();
		if (type != ImagePlus.GRAY8 && type != ImagePlus.GRAY16 && type != ImagePlus.GRAY32)
			throw new IllegalArgumentException(param + ": '" + file + "' is a colour image (" + (type ==
				ImagePlus.COLOR_RGB ? "RGB" : "indexed colour") + "); give an 8-, 16- or 32-bit grayscale TIFF");
		// NB: ImageJ stores signed 16-bit pixels shifted by 32768 and undoes it through the calibration,
		// which we ignore; refuse rather than return every weight off by 32768.
		if (imp.getCalibration().isSigned16Bit()) throw new IllegalArgumentException(param + ": '" + file +
			"' is a signed 16-bit TIFF; save it as 32-bit (Image > Type > 32-bit) and try again");
		final ImageProcessor ip = imp.getProcessor();
		final int side = squareSide(new long[] { ip.getWidth(), ip.getHeight() }, param);
		final WeightMatrix.Builder m = new WeightMatrix.Builder();
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++)
				m.add(x, finite(ip.getf(y * side + x), x, y, param)); // raw value, calibration table not applied
			m.endRow(side);
		}
		return m.build();
	}

	/**
	 * Writes {@code m} ({@code m[y][x]}, square) as a 32-bit float TIFF that {@link #read} and Fiji read
	 * back: pixel (x, y) = {@code (float) m[y][x]}. Atomic, via {@link Tiff}.
	 */
	public static void write(final Path file, final double[][] m, final String title) throws IOException {
		final int n = m.length;
		final float[] px = new float[n * n];
		for (int y = 0; y < n; y++) {
			if (m[y].length != n) throw new IllegalArgumentException("row " + y + " of the matrix has " + m[y].length +
				" entries, not " + n);
			for (int x = 0; x < n; x++)
				px[y * n + x] = (float) m[y][x];
		}
		Tiff.writeFloat(file, px, n, n, title);
	}

	/**
	 * Writes the weights of {@code c} as {@link #write(Path, double[][], String)} writes its dense matrix:
	 * pixel (x, y) = {@code (float)} weight from x onto y, 0 where there is no connection.
	 */
	public static void write(final Path file, final Connectivity c, final String title) throws IOException {
		final int n = c.neurons();
		if ((long) n * n > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("a " + n + " x " + n +
			" image has more pixels than one array holds");
		final float[] px = new float[n * n];
		c.forEach((i, j, w) -> px[i * n + j] = (float) w);
		Tiff.writeFloat(file, px, n, n, title);
	}

	/** A short description for summaries: "3 x 3 FloatType image". */
	public static String describe(final RandomAccessibleInterval<?> img) {
		if (img == null) return null;
		final StringBuilder sb = new StringBuilder();
		for (int d = 0; d < img.numDimensions(); d++)
			sb.append(d == 0 ? "" : " x ").append(img.dimension(d));
		final RandomAccess<?> ra = img.randomAccess();
		ra.setPosition(img.minAsLongArray());
		return sb.append(' ').append(ra.get().getClass().getSimpleName()).append(" image").toString();
	}

	// -- Helper methods --

	private static ImagePlus open(final Path file, final String param) {
		if (!Files.isRegularFile(file)) throw new IllegalArgumentException(param + ": cannot read '" + file +
			"' (no such file)");
		ImagePlus imp;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			// NB: the stream variant returns null on failure instead of opening an error dialog.
			imp = new Opener().openTiff(in, file.getFileName().toString());
		}
		catch (final IOException | RuntimeException e) {
			imp = null;
		}
		if (imp == null || imp.getProcessor() == null) throw new IllegalArgumentException(param + ": cannot read '" +
			file + "' as a TIFF image; give a single-plane 8-, 16- or 32-bit grayscale TIFF (or a CSV file)");
		return imp;
	}

	/** The side of the image's square plane; refuses extra dimensions of size > 1 and non-square planes. */
	private static int squareSide(final long[] dims, final String param) {
		final int nd = dims.length;
		final StringBuilder size = new StringBuilder();
		boolean extra = false;
		for (int d = 0; d < nd; d++) {
			size.append(d == 0 ? "" : " x ").append(dims[d]);
			if (d >= 2 && dims[d] > 1) extra = true;
		}
		if (nd < 2 || extra) throw new IllegalArgumentException(param + ": a 2-D image is needed (x = " +
			"presynaptic, y = postsynaptic neuron); got " + nd + "-D, " + size + " pixels (a stack, multichannel " +
			"or time series image?)");
		final long w = dims[0], h = dims[1];
		if (w != h) throw new IllegalArgumentException(param + ": the image is " + w + " x " + h + " pixels " +
			"(width x height); a weight matrix must be square, N x N for N neurons (x = presynaptic, y = " +
			"postsynaptic neuron)");
		if (w > MAX_SIDE) throw new IllegalArgumentException(param + ": the image is " + w + " x " + h +
			" pixels; at most " + MAX_SIDE + " x " + MAX_SIDE + " is accepted");
		return (int) w;
	}

	private static double finite(final double v, final int x, final int y, final String param) {
		if (!Double.isFinite(v)) throw new IllegalArgumentException(String.format(Locale.ROOT,
			"%s: pixel (x=%d, y=%d) is %s; every pixel must be a finite number (x = presynaptic, y = postsynaptic " +
				"neuron)", param, x, y, v));
		return v;
	}

	/** Refuses an image whose pixels are not real numbers (e.g. ARGB colour), before any cast. */
	private static void checkRealPixels(final RandomAccess<?> ra, final long[] min, final String param) {
		ra.setPosition(min);
		final Object t = ra.get();
		if (!(t instanceof RealType)) throw new IllegalArgumentException(param + ": pixels of type " + t.getClass()
			.getSimpleName() + " are not real numbers; give an 8-, 16- or 32-bit grayscale image");
	}
}
