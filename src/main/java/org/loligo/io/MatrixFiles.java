package org.loligo.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.loligo.engine.network.MatrixText;
import org.loligo.engine.network.WeightMatrix;

/**
 * A weight or delay matrix from a file, by its extension: a {@code .tif}/{@code .tiff} image
 * ({@link WeightImages}) or otherwise a CSV ({@link MatrixText}, read a line at a time). Row =
 * postsynaptic neuron either way; only the non-zero entries are kept.
 */
public final class MatrixFiles {

	private MatrixFiles() {}

	/**
	 * The matrix in {@code file}.
	 *
	 * @param param the parameter the file came from ({@code matrixFile}, {@code delayFile}), named in errors
	 * @throws IllegalArgumentException if the file cannot be read or is not a matrix of finite numbers
	 */
	public static WeightMatrix read(final Path file, final String param) {
		if (WeightImages.isTiff(file)) return WeightImages.read(file, param);
		try (BufferedReader in = Files.newBufferedReader(file)) {
			return MatrixText.read(in, param);
		}
		catch (final java.nio.charset.CharacterCodingException e) {
			// NB: a PNG or another binary file read as text: say what is accepted, not "Input length = 1"
			throw new IllegalArgumentException(param + ": '" + file + "' is not a text (CSV) file (it holds bytes " +
				"that are not UTF-8 text, as an image does); give a CSV of N rows of N numbers, or a .tif/.tiff " +
				"image (PNG and JPEG are not accepted)");
		}
		catch (final IOException e) {
			throw new IllegalArgumentException(param + ": cannot read '" + file + "' (" + e.getClass().getSimpleName() +
				": " + e.getMessage() + ")");
		}
	}
}
