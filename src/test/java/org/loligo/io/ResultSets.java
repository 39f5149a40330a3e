package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Checks of a result set, for the io and command tests. */
public final class ResultSets {

	private ResultSets() {}

	/**
	 * Asserts that dir holds one consistent result set: a summary.json whose listed files all exist with
	 * the listed size and SHA-256, and no staging folder or temporary file of any run.
	 */
	public static Map<String, Object> assertConsistent(final Path dir) throws IOException {
		final Map<String, Object> s = assertListedFiles(dir);
		try (Stream<Path> files = Files.list(dir)) {
			files.map(p -> p.getFileName().toString()).forEach(n -> assertTrue(!n.startsWith(
				RunDirectory.STAGING_PREFIX) && !n.endsWith(".tmp"), "left over: " + n));
		}
		return s;
	}

	/** Asserts that every file dir's summary.json lists is there with the listed size and SHA-256. */
	public static Map<String, Object> assertListedFiles(final Path dir) throws IOException {
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertTrue(s.get("run_id") instanceof String, "run_id");
		for (final Object o : (List<?>) s.get("files")) {
			final Map<?, ?> f = (Map<?, ?>) o;
			final Path p = dir.resolve((String) f.get("name"));
			assertEquals(f.get("bytes"), Files.size(p), p.toString());
			assertEquals(f.get("sha256"), StagedFiles.sha256(p), p.toString());
		}
		return s;
	}

	/** A directory this process cannot write into, or null when there is none (root in a container). */
	public static Path unwritableDirectory(final Path tmp) throws IOException {
		final Path ro = Files.createDirectories(tmp.resolve("read-only"));
		if (ro.toFile().setWritable(false, false) && !Files.isWritable(ro)) return ro;
		final Path sys = Path.of("/sys");
		if (Files.isDirectory(sys)) {
			try {
				Files.createDirectory(sys.resolve("loligo-probe")).toFile().delete();
			}
			catch (final IOException e) {
				return sys;
			}
		}
		return null;
	}
}
