package org.loligo.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * An output directory that holds one run's result set at a time.
 * <ol>
 * <li>{@link #open} (before any work): creates the directory, takes its lock ({@link RunLock}), writes
 * and removes a probe file, removes what killed runs left behind (staging folders, hidden
 * {@code .*.tmp} files; the files of a commit cut short, see below) and creates this run's staging
 * folder {@code .loligo-run-<run id>}, into which the run writes its files.</li>
 * <li>{@link #commit} (the end of the run): writes {@code summary.json} with every staged file's name,
 * size and SHA-256 and the run id into the staging folder, moves the previous {@code summary.json}
 * there too, moves the files into place, removes the files the previous summary listed and this run
 * did not write, then moves {@code summary.json} into place (last) and removes the staging folder.</li>
 * </ol>
 * Files not listed by an earlier Loligo summary are never touched. A run killed before its commit
 * leaves the previous result set intact; one killed during its commit leaves no {@code summary.json},
 * and the next run into the directory removes the files of both interrupted sets (named in the
 * staging folder) before it writes its own.
 */
public final class RunDirectory {

	/** The summary's name; written last. */
	public static final String SUMMARY = "summary.json";

	static final String STAGING_PREFIX = ".loligo-run-";
	private static final String PREVIOUS = "previous-summary.json";
	private static final Pattern TMP = Pattern.compile("\\..+\\.[0-9a-f]+\\.tmp");

	/** Open (uncommitted) runs of this JVM, by staging folder. */
	private static final Map<Path, RunDirectory> OPEN = new ConcurrentHashMap<>();

	private final Path dir;
	private final String runId;
	private final Path staging;
	private final RunLock lock;
	private final Thread owner;
	private final StackWalker.StackFrame opener;
	private final boolean created;

	private RunDirectory(final Path dir, final String runId, final RunLock lock,
		final StackWalker.StackFrame opener, final boolean created)
	{
		this.created = created;
		this.dir = dir;
		this.runId = runId;
		this.staging = dir.resolve(STAGING_PREFIX + runId);
		this.lock = lock;
		this.owner = Thread.currentThread();
		this.opener = opener;
	}

	/**
	 * Opens {@code dir} for one run of {@code command}, before any work.
	 *
	 * @throws IllegalArgumentException naming outputDirectory when the directory cannot be created or
	 *           written, or when a live run holds it (naming that run)
	 */
	public static RunDirectory open(final Path dir, final String command) {
		final Path d = dir.toAbsolutePath().normalize();
		if (Files.exists(d) && !Files.isDirectory(d)) throw new IllegalArgumentException("outputDirectory: '" + d +
			"' exists and is not a directory; give a directory (it is created if missing)");
		for (final RunDirectory r : OPEN.values())
			if (r.dir.equals(d) && !r.isLive()) r.abandon();
		final String id = newRunId();
		final RunLock lock;
		final boolean created = !Files.exists(d);
		try {
			Files.createDirectories(d);
			final RunDirectory live = liveRun(d);
			if (live != null) throw RunLock.held(d, live.lock.description());
			lock = RunLock.acquire(d, id, command);
		}
		catch (final IOException e) {
			throw unwritable(d, e);
		}
		final RunDirectory run = new RunDirectory(d, id, lock, caller(), created);
		try {
			run.cleanUp();
			Files.createDirectory(run.staging);
			final Path probe = run.staging.resolve(".probe");
			Files.write(probe, new byte[] { 1 });
			Files.delete(probe);
		}
		catch (final IOException | RuntimeException e) {
			run.abandon();
			throw e instanceof IOException ? unwritable(d, (IOException) e) : (RuntimeException) e;
		}
		OPEN.put(run.staging, run);
		return run;
	}

	/** The open run whose staging folder is {@code path}, or null. */
	public static RunDirectory ofStaging(final Path path) {
		return path == null ? null : OPEN.get(path.toAbsolutePath().normalize());
	}

	/** Abandons every open run that {@code thread} opened (its command has ended without a commit). */
	public static void abandonAll(final Thread thread) {
		for (final RunDirectory r : OPEN.values())
			if (r.owner == thread) r.abandon();
	}

	/** The output directory. */
	public Path directory() {
		return dir;
	}

	/** This run's folder for its files until the commit. */
	public Path staging() {
		return staging;
	}

	/** This run's id (UTC start time and a random part), also in the staging folder's name. */
	public String runId() {
		return runId;
	}

	/**
	 * Makes the staged files the directory's result set, with {@code summary} (whose {@code run_id} and
	 * {@code files} entries this adds) as its {@code summary.json}, written last.
	 *
	 * @return the summary as written
	 */
	public Map<String, Object> commit(final Map<String, Object> summary) throws IOException {
		try {
			final List<Map<String, Object>> files = StagedFiles.describe(staging);
			final Map<String, Object> s = new LinkedHashMap<>(summary);
			s.put("run_id", runId);
			s.put("files", files);
			SummaryJson.write(staging.resolve(SUMMARY), s);
			final Path previous = dir.resolve(SUMMARY);
			final Set<String> stale = new LinkedHashSet<>();
			if (Files.exists(previous)) {
				stale.addAll(listedFiles(previous));
				StagedFiles.move(previous, staging.resolve(PREVIOUS));
			}
			final Set<String> written = new LinkedHashSet<>();
			for (final Map<String, Object> f : files) {
				final String name = (String) f.get("name");
				written.add(name);
				StagedFiles.move(staging.resolve(name), dir.resolve(name));
			}
			stale.removeAll(written);
			for (final String name : stale)
				deleteListed(name);
			StagedFiles.move(staging.resolve(SUMMARY), previous);
			StagedFiles.deleteTree(staging);
			return s;
		}
		finally {
			close();
		}
	}

	/**
	 * Drops this run's staged files and releases the directory; a directory this run created is removed
	 * again when nothing else is in it (a run refused after {@link #open} leaves no trace).
	 */
	public void abandon() {
		try {
			StagedFiles.deleteTree(staging);
		}
		catch (final IOException e) {
			// NB: the next run into the directory removes what is left.
		}
		finally {
			close();
		}
		if (!created) return;
		try (java.util.stream.Stream<Path> s = Files.list(dir)) {
			if (s.allMatch(p -> p.getFileName().toString().equals(RunLock.NAME))) {
				Files.deleteIfExists(dir.resolve(RunLock.NAME));
				Files.deleteIfExists(dir);
			}
		}
		catch (final IOException e) {
			// left as it is
		}
	}

	private void close() {
		OPEN.remove(staging);
		lock.release();
	}

	// -- Helper methods --

	/**
	 * Whether this run's command is still running: the thread that opened it is alive and still inside
	 * the method that opened it. A command that failed after {@link #open} leaves no stuck lock.
	 */
	private boolean isLive() {
		if (!owner.isAlive() || opener == null) return owner.isAlive();
		for (final StackTraceElement e : owner.getStackTrace())
			if (e.getClassName().equals(opener.getClassName()) && e.getMethodName().equals(opener.getMethodName()))
				return true;
		return false;
	}

	/** The open run of this JVM that holds d (live: the others were abandoned), or null. */
	private static RunDirectory liveRun(final Path d) {
		for (final RunDirectory r : OPEN.values())
			if (r.dir.equals(d)) return r;
		return null;
	}

	/** The first frame outside io and the command-support classes: the command's run method. */
	private static StackWalker.StackFrame caller() {
		return StackWalker.getInstance().walk(s -> s.filter(f -> !f.getClassName().startsWith("org.loligo.io.") &&
			!f.getClassName().endsWith(".CommandSupport")).findFirst().orElse(null));
	}

	/** Removes staging folders and temporary files of earlier runs (the lock is held). */
	private void cleanUp() throws IOException {
		final List<Path> leftovers = new ArrayList<>();
		try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
			for (final Path p : ds) {
				final String name = p.getFileName().toString();
				if (name.startsWith(STAGING_PREFIX) && Files.isDirectory(p)) leftovers.add(p);
				else if (TMP.matcher(name).matches() && Files.isRegularFile(p)) Files.deleteIfExists(p);
			}
		}
		for (final Path s : leftovers) {
			// A commit cut short: its summary is staged and the directory has none. Neither the files it
			// moved in nor those of the set it replaced form a result set any more.
			if (Files.exists(s.resolve(SUMMARY)) && !Files.exists(dir.resolve(SUMMARY))) {
				for (final String name : listedFiles(s.resolve(SUMMARY)))
					deleteListed(name);
				if (Files.exists(s.resolve(PREVIOUS))) for (final String name : listedFiles(s.resolve(PREVIOUS)))
					deleteListed(name);
			}
			StagedFiles.deleteTree(s);
		}
	}

	/** Deletes a file an earlier summary listed, if its name stays inside the directory. */
	private void deleteListed(final String name) throws IOException {
		final Path p = dir.resolve(name).normalize();
		if (!p.startsWith(dir) || p.equals(dir) || p.getFileName().toString().equals(SUMMARY)) return;
		if (Files.isRegularFile(p)) Files.delete(p);
	}

	/** The file names a Loligo summary lists under {@code files}; none for anything else. */
	static Set<String> listedFiles(final Path summary) {
		try {
			final Object files = SummaryJson.read(summary).get("files");
			if (!(files instanceof List)) return Collections.emptySet();
			final Set<String> names = new LinkedHashSet<>();
			for (final Object f : (List<?>) files)
				if (f instanceof Map && ((Map<?, ?>) f).get("name") instanceof String) names.add(
					(String) ((Map<?, ?>) f).get("name"));
			return names;
		}
		catch (final IOException | RuntimeException e) {
			return Collections.emptySet(); // not a Loligo summary: nothing of it is ours to remove
		}
	}

	private static String newRunId() {
		final String time = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(
			java.time.ZoneOffset.UTC).format(java.time.Instant.now());
		return time + "-" + String.format("%08x", ThreadLocalRandom.current().nextInt());
	}

	private static IllegalArgumentException unwritable(final Path d, final IOException e) {
		final String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass()
			.getSimpleName().replace("Exception", "") + (e.getMessage() == null ? "" : ": " + e.getMessage());
		return new IllegalArgumentException("outputDirectory: cannot write to '" + d + "' (" + why +
			"); nothing was run. Give a directory you can write to (it is created if missing)");
	}
}
