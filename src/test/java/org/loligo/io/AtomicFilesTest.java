package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link AtomicFiles}: content, clean-up, and the target surviving a failed write. */
class AtomicFilesTest {

	@TempDir
	Path dir;

	@Test
	void writesContentAndLeavesNoTemporaryFile() throws IOException {
		final Path target = dir.resolve("traces.csv");
		AtomicFiles.writeString(target, "a,b\n1,2\n");
		assertEquals("a,b\n1,2\n", Files.readString(target));
		assertEquals(List.of("traces.csv"), names(dir));
	}

	@Test
	void replacesAnExistingFile() throws IOException {
		final Path target = dir.resolve("summary.json");
		AtomicFiles.writeString(target, "old content that is longer");
		AtomicFiles.writeString(target, "new");
		assertEquals("new", Files.readString(target));
		assertEquals(List.of("summary.json"), names(dir));
	}

	@Test
	void createsMissingParentDirectories() throws IOException {
		final Path target = dir.resolve("run1/plots/v.txt");
		AtomicFiles.writeString(target, "x");
		assertEquals("x", Files.readString(target));
	}

	@Test
	void failureHalfwayKeepsTheTargetAndDeletesTheTemporaryFile() throws IOException {
		final Path target = dir.resolve("traces.csv");
		AtomicFiles.writeString(target, "complete old table\n");
		final IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target,
			out -> {
				// Enough bytes to pass the buffer and reach the temporary file before failing.
				out.write(new byte[200_000]);
				out.flush();
				throw new IOException("disk full (simulated)");
			}));
		assertEquals("disk full (simulated)", thrown.getMessage());
		assertEquals("complete old table\n", Files.readString(target));
		assertEquals(List.of("traces.csv"), names(dir));
	}

	@Test
	void uncheckedExceptionsAlsoCleanUp() throws IOException {
		final Path target = dir.resolve("new.csv");
		assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
			out.write("half".getBytes(StandardCharsets.UTF_8));
			throw new IllegalStateException("cancelled");
		}));
		assertFalse(Files.exists(target));
		assertEquals(List.of(), names(dir));
	}

	@Test
	void bodyClosingTheStreamDoesNotLoseData() throws IOException {
		final Path target = dir.resolve("closed.txt");
		AtomicFiles.write(target, out -> {
			out.write('A');
			out.close();
		});
		assertEquals("A", Files.readString(target));
	}

	@Test
	void resultHasTheSamePermissionsAsAnOrdinaryNewFile() throws IOException {
		// Files.createTempFile would make the file owner-only on POSIX.
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) return;
		final Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
		final Path atomic = dir.resolve("atomic.txt");
		AtomicFiles.writeString(atomic, "x");
		assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(atomic));
	}

	@Test
	void temporaryFileIsHiddenAndNextToTheTarget() throws IOException {
		final Path target = dir.resolve("traces.csv");
		AtomicFiles.write(target, out -> {
			final List<String> during = names(dir);
			assertEquals(1, during.size(), "one temporary file while writing: " + during);
			assertTrue(during.get(0).matches("\\.traces\\.csv\\.[0-9a-f]+\\.tmp"), during.get(0));
		});
	}

	static List<String> names(final Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}
}
