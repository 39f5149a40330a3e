package org.loligo.io;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The lock that keeps two runs out of one output directory: an operating-system lock on
 * {@code .loligo.lock} in it, whose text names the run that holds it (run id, command, process, host,
 * start time) for the refusal message.
 * <p>
 * NB: an OS lock, not the file's existence: the operating system releases it when the process ends in
 * any way (kill -9 included), so that a killed run never leaves a directory locked. The file itself
 * stays: deleting it on release would let two later runs lock two different files of the same name.
 */
final class RunLock {

	static final String NAME = ".loligo.lock";

	private final FileChannel channel;
	private final FileLock lock;
	private final String description;

	private RunLock(final FileChannel channel, final FileLock lock, final String description) {
		this.channel = channel;
		this.lock = lock;
		this.description = description;
	}

	/**
	 * Takes dir's lock for run {@code runId} of {@code command}.
	 *
	 * @throws IllegalArgumentException naming the run that holds it
	 */
	static RunLock acquire(final Path dir, final String runId, final String command) throws IOException {
		final Path file = dir.resolve(NAME);
		final FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
			StandardOpenOption.WRITE);
		FileLock lock = null;
		try {
			lock = channel.tryLock();
		}
		catch (final OverlappingFileLockException e) {
			// held by this JVM through another channel: a run RunDirectory no longer tracks
		}
		if (lock == null) {
			String holder;
			try {
				holder = Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			catch (final IOException e) {
				holder = "";
			}
			channel.close();
			throw held(dir, holder.isEmpty() ? "another process" : holder);
		}
		final String description = "run " + runId + " (" + command + ", process " + ProcessHandle.current().pid() +
			" on " + host() + ", started " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z").withZone(ZoneId
				.systemDefault()).format(Instant.now()) + ")";
		channel.truncate(0);
		channel.write(ByteBuffer.wrap((description + "\n").getBytes(StandardCharsets.UTF_8)), 0);
		return new RunLock(channel, lock, description);
	}

	/** The refusal of a directory that {@code holder} (a run's description) holds. */
	static IllegalArgumentException held(final Path dir, final String holder) {
		return new IllegalArgumentException("outputDirectory: '" + dir + "' is in use by " + holder +
			"; nothing was run. Wait for that run to end, or give another outputDirectory");
	}

	/** The run holding the lock, as the refusal names it. */
	String description() {
		return description;
	}

	void release() {
		try {
			if (lock.isValid()) lock.release();
			channel.close();
		}
		catch (final IOException e) {
			// NB: closing the channel releases the lock in any case.
		}
	}

	private static String host() {
		final String name = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
		final int at = name.indexOf('@');
		return at < 0 ? "this host" : name.substring(at + 1);
	}
}
