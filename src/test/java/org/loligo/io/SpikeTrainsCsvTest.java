package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loligo.analysis.isi.SpikeTrains;

/** Reading spike trains: column names, line endings, blank lines and the line numbers in messages. */
class SpikeTrainsCsvTest {

	@TempDir
	Path dir;

	@Test
	void readsTrialColumnsCrLfBlankLinesAndExtraColumns() throws Exception {
		final Path f = Files.writeString(dir.resolve("s.csv"),
			"\uFEFFtrial,time_ms,amplitude\r\n2,5.5,1\r\n\r\n0,1,1\r\n2,3,1\r\n");
		final SpikeTrains s = SpikeTrainsCsv.read(f, 0, "spikesFile");
		assertArrayEquals(new int[] { 0, 2 }, s.ids());
		assertArrayEquals(new double[] { 3, 5.5 }, s.train(1));
		assertTrue(!s.inputSorted());
		final SpikeTrains all = SpikeTrainsCsv.read(f, 4, "spikesFile");
		assertEquals(4, all.count());
	}

	@Test
	void errorsNameTheParameterFileAndLine() throws Exception {
		final Path f = Files.writeString(dir.resolve("bad.csv"), "train,time_ms\n0,1\n\n0,Infinity\n");
		final Exception e = assertThrows(IllegalArgumentException.class, () -> SpikeTrainsCsv.read(f, 0,
			"spikesFile"));
		assertEquals("spikesFile: '" + f + "', line 4: spike time must be finite and >= 0 ms, got Infinity", e
			.getMessage());
	}
}
