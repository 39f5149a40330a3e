package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link Tiff}: float values, layout and label survive a write and a read. */
class TiffTest {

	@TempDir
	Path dir;

	@Test
	void floatImageRoundTrips() throws IOException {
		final int width = 7, height = 3;
		final float[] pixels = new float[width * height];
		for (int i = 0; i < pixels.length; i++) pixels[i] = -65.25f + 1.5f * i;
		pixels[4] = Float.NaN;
		pixels[5] = Float.MIN_VALUE;
		final Path file = dir.resolve("voltage.tif");
		Tiff.writeFloat(file, pixels.clone(), width, height, "V (mV), neuron × time");
		assertEquals(List.of("voltage.tif"), AtomicFilesTest.names(dir));
		final Tiff.FloatImage back = Tiff.readFloat(file);
		assertEquals(width, back.width());
		assertEquals(height, back.height());
		assertEquals("V (mV), neuron × time", back.title());
		assertArrayEquals(pixels, back.pixels());
		assertEquals(pixels[2 * width + 6], back.get(6, 2), "row-major layout");
	}

	@Test
	void wrongSizeIsRefusedAndGarbageIsNotRead() throws IOException {
		assertThrows(IllegalArgumentException.class,
			() -> Tiff.writeFloat(dir.resolve("x.tif"), new float[5], 2, 3, "x"));
		final Path garbage = Files.writeString(dir.resolve("garbage.tif"), "not a tiff at all");
		assertThrows(IOException.class, () -> Tiff.readFloat(garbage));
	}
}
