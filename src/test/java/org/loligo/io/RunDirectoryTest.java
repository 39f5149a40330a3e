package org.loligo.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link RunDirectory}: one result set per directory, staged, listed with hashes, locked. */
class RunDirectoryTest {

	/** SHA-256 of "abc" (FIPS 180-2, appendix B.1). */
	private static final String SHA_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	@TempDir
	Path tmp;

	@Test
	void commitListsEveryFileWithSizeAndHashAndLeavesNoStaging() throws IOException {
		final Path dir = tmp.resolve("out");
		final RunDirectory run = RunDirectory.open(dir, "Test");
		assertTrue(run.staging().getFileName().toString().contains(run.runId()));
		Files.writeString(run.staging().resolve("a.csv"), "abc");
		Files.writeString(run.staging().resolve("b.png"), "");
		assertFalse(Files.exists(dir.resolve("a.csv")), "nothing in place before the commit");
		commit(run);
		final Map<String, Object> s = SummaryJson.read(dir.resolve("summary.json"));
		assertEquals(run.runId(), s.get("run_id"));
		final List<?> files = (List<?>) s.get("files");
		assertEquals(Map.of("name", "a.csv", "bytes", 3L, "sha256", SHA_ABC), files.get(0));
		// SHA-256 of the empty message (FIPS 180-4 test vectors)
		assertEquals(Map.of("name", "b.png", "bytes", 0L, "sha256",
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), files.get(1));
		assertEquals(Set.of(".loligo.lock", "a.csv", "b.png", "summary.json"), names(dir));
		ResultSets.assertConsistent(dir);
	}

	@Test
	void filesOfTheEarlierRunThatThisOneDoesNotWriteAreRemovedOthersKept() throws IOException {
		final Path dir = tmp.resolve("out");
		RunDirectory run = RunDirectory.open(dir, "Coupled HH Network");
		for (final String f : new String[] { "spikes.csv", "weights.tif", "raster.png" })
			Files.writeString(run.staging().resolve(f), f);
		commit(run);
		Files.writeString(dir.resolve("notes.txt"), "mine");
		run = RunDirectory.open(dir, "Simulate HH Neuron");
		Files.writeString(run.staging().resolve("spikes.csv"), "new");
		Files.writeString(run.staging().resolve("traces.csv"), "t");
		commit(run);
		assertEquals(Set.of(".loligo.lock", "notes.txt", "spikes.csv", "summary.json", "traces.csv"), names(dir));
		assertEquals("new", Files.readString(dir.resolve("spikes.csv")));
		ResultSets.assertConsistent(dir);
	}

	@Test
	void leftoversOfKilledRunsAreRemovedAtOpen() throws IOException {
		final Path dir = tmp.resolve("out");
		commit(RunDirectory.open(dir, "Test"));
		final Path staging = Files.createDirectories(dir.resolve(RunDirectory.STAGING_PREFIX + "19700101T000000Z-1"));
		Files.writeString(staging.resolve("spikes.csv"), "half");
		Files.writeString(dir.resolve(".traces.csv.3fa9c2.tmp"), "half");
		Files.writeString(dir.resolve(".hidden.tmp"), "not ours: no random hex part");
		final RunDirectory run = RunDirectory.open(dir, "Test");
		assertEquals(Set.of(".hidden.tmp", ".loligo.lock", "summary.json", run.staging().getFileName().toString()),
			names(dir));
		run.abandon();
	}

	@Test
	void aCommitCutShortIsUndoneByTheNextRun() throws IOException {
		final Path dir = tmp.resolve("out");
		RunDirectory run = RunDirectory.open(dir, "A");
		Files.writeString(run.staging().resolve("weights.tif"), "w");
		Files.writeString(run.staging().resolve("spikes.csv"), "a");
		commit(run);
		// The state a kill leaves between moving the files and moving the summary: the old summary moved
		// into the staging folder, some new files in place, no summary.json in the directory.
		final Path staging = Files.createDirectories(dir.resolve(RunDirectory.STAGING_PREFIX + "x"));
		Files.move(dir.resolve("summary.json"), staging.resolve("previous-summary.json"));
		Files.writeString(dir.resolve("spikes.csv"), "b");
		Files.writeString(dir.resolve("traces.csv"), "b");
		final Map<String, Object> staged = new LinkedHashMap<>();
		staged.put("files", List.of(Map.of("name", "spikes.csv"), Map.of("name", "traces.csv")));
		SummaryJson.write(staging.resolve("summary.json"), staged);
		Files.writeString(dir.resolve("notes.txt"), "mine");
		run = RunDirectory.open(dir, "B");
		assertEquals(Set.of(".loligo.lock", "notes.txt", run.staging().getFileName().toString()), names(dir));
		Files.writeString(run.staging().resolve("spikes.csv"), "c");
		commit(run);
		ResultSets.assertConsistent(dir);
		assertEquals(Set.of(".loligo.lock", "notes.txt", "spikes.csv", "summary.json"), names(dir));
	}

	@Test
	void aDirectoryHeldByALiveRunIsRefusedNamingThatRun() throws IOException {
		final Path dir = tmp.resolve("out");
		final RunDirectory first = RunDirectory.open(dir, "Simulate HH Neuron");
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunDirectory.open(dir,
			"ISI Statistics"));
		assertTrue(e.getMessage().startsWith("outputDirectory: '" + dir + "' is in use by run " + first.runId() +
			" (Simulate HH Neuron, process " + ProcessHandle.current().pid()), e.getMessage());
		first.abandon();
		RunDirectory.open(dir, "ISI Statistics").abandon();
	}

	@Test
	void aRunWhoseThreadHasLeftItsMethodHoldsNothing() throws Exception {
		final Path dir = tmp.resolve("out");
		final AtomicReference<RunDirectory> opened = new AtomicReference<>();
		final Thread t = new Thread(() -> opened.set(RunDirectory.open(dir, "failed command")));
		t.start();
		t.join();
		assertTrue(Files.isDirectory(opened.get().staging()));
		final RunDirectory next = RunDirectory.open(dir, "next");
		assertFalse(Files.exists(opened.get().staging()), "the dead run's staging folder is gone");
		next.abandon();
	}

	@Test
	void aRefusedRunLeavesNoDirectoryItCreated() {
		final Path dir = tmp.resolve("new");
		RunDirectory.open(dir, "Test").abandon();
		assertFalse(Files.exists(dir));
	}

	@Test
	void anUnwritableDirectoryIsRefusedNamingTheParameter() throws IOException {
		final Path file = Files.writeString(tmp.resolve("file"), "x");
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunDirectory.open(file
			.resolve("sub"), "Test"));
		assertTrue(e.getMessage().startsWith("outputDirectory: cannot write to '" + file.resolve("sub")), e
			.getMessage());
		final Path readOnly = ResultSets.unwritableDirectory(tmp);
		Assumptions.assumeTrue(readOnly != null, "no unwritable directory on this machine");
		final IllegalArgumentException ro = assertThrows(IllegalArgumentException.class, () -> RunDirectory.open(
			readOnly.resolve("sub"), "Test"));
		assertTrue(ro.getMessage().contains("cannot write to") && ro.getMessage().contains("nothing was run"), ro
			.getMessage());
	}

	private static void commit(final RunDirectory run) throws IOException {
		final Map<String, Object> s = new LinkedHashMap<>();
		s.put("command", "Test");
		run.commit(s);
	}

	private static Set<String> names(final Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
		}
	}
}
