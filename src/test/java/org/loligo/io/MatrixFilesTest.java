package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link MatrixFiles}: a binary file given as a CSV is refused with what is accepted. */
class MatrixFilesTest {

	@TempDir
	Path dir;

	@Test
	void aPngGivenAsMatrixFileIsRefusedSayingWhatIsAccepted() throws Exception {
		final Path png = dir.resolve("w.png");
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MatrixFiles.read(png,
			"matrixFile"));
		assertEquals("matrixFile: '" + png + "' is not a text (CSV) file (it holds bytes that are not UTF-8 text, " +
			"as an image does); give a CSV of N rows of N numbers, or a .tif/.tiff image (PNG and JPEG are not " +
			"accepted)", e.getMessage());
	}
}
