package org.loligo.io;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.Opener;
import ij.io.TiffEncoder;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * 32-bit float images as ImageJ TIFFs (e.g. a voltage map, neurons × time), written atomically
 * via {@link AtomicFiles}. Pixels are row-major: {@code pixels[y * width + x]}.
 */
public final class Tiff {

	/** A float image read back by {@link #readFloat}; {@code title} is the image's label. */
	public record FloatImage(float[] pixels, int width, int height, String title) {

		/** Checks that the pixel count matches the size. */
		public FloatImage {
			Objects.requireNonNull(pixels, "pixels");
			if ((long) width * height != pixels.length) {
				throw new IllegalArgumentException(pixels.length + " pixels do not make a " +
					width + " × " + height + " image");
			}
		}

		/** The pixel at column {@code x}, row {@code y}. */
		public float get(final int x, final int y) {
			return pixels[y * width + x];
		}
	}

	private Tiff() {}

	/**
	 * Writes a single-plane 32-bit float TIFF that ImageJ/Fiji opens with {@code title} as the
	 * slice label and the display range set to the finite data range.
	 *
	 * @throws IllegalArgumentException if {@code pixels.length != width * height} or a size is
	 *           not positive.
	 */
	public static void writeFloat(final Path file, final float[] pixels, final int width,
		final int height, final String title) throws IOException
	{
		if (width <= 0 || height <= 0 || (long) width * height != pixels.length) {
			throw new IllegalArgumentException("TIFF " + file + ": " + pixels.length +
				" pixels do not make a " + width + " × " + height + " image");
		}
		final String label = title == null ? "" : title;
		final FloatProcessor fp = new FloatProcessor(width, height, pixels);
		fp.resetMinAndMax(); // min/max go into the header, so Fiji shows contrast right away
		final ImagePlus imp = new ImagePlus(label, fp);
		final FileInfo fi = imp.getFileInfo();
		fi.nImages = 1;
		// NB: the same header FileSaver.saveAsTiff writes, but to our stream: FileSaver writes to
		// a path of its own and reports errors in a dialog instead of throwing.
		fi.description = new FileSaver(imp).getDescriptionString();
		if (!label.isEmpty()) fi.sliceLabels = new String[] { label };
		AtomicFiles.write(file, out -> new TiffEncoder(fi).write(out));
	}

	/**
	 * Reads a single-plane TIFF as float pixels (other bit depths are converted; of a stack only
	 * the first plane is read).
	 *
	 * @throws IOException if the file is missing or not a TIFF that ImageJ can read.
	 */
	public static FloatImage readFloat(final Path file) throws IOException {
		final ImagePlus imp;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			// The stream variant returns null on failure rather than opening an error dialog.
			imp = new Opener().openTiff(in, file.getFileName().toString());
		}
		if (imp == null) throw new IOException("cannot read " + file + " as a TIFF image");
		final ImageProcessor ip = imp.getProcessor();
		final float[] pixels = (float[]) (ip instanceof FloatProcessor ? ip.getPixels()
			: ip.convertToFloat().getPixels());
		final String label = imp.getStack().getSliceLabel(1);
		return new FloatImage(pixels, ip.getWidth(), ip.getHeight(), label == null ? imp
			.getTitle() : label);
	}
}
