package org.loligo.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files atomically: the bytes go to a hidden temporary file in the target's directory
 * ({@code .name.<random>.tmp}), which is then renamed onto the target. A crash, a cancel or an
 * exception therefore never leaves a half-written file under the final name, and an existing
 * target stays as it was unless the whole write succeeded.
 */
public final class AtomicFiles {

	/** Produces the content of a file; may throw to abandon the write. */
	@FunctionalInterface
	public interface IoWriter {

		/**
		 * Writes the whole content to {@code out}. The stream is buffered and closed by the caller;
		 * implementations must not close it.
		 */
		void write(OutputStream out) throws IOException;
	}

	private AtomicFiles() {}

	/**
	 * Writes {@code target} atomically with the content produced by {@code body}. Parent
	 * directories are created if missing.
	 *
	 * @throws IOException if writing or renaming fails; the temporary file is then deleted and
	 *           {@code target} is untouched. Unchecked exceptions from {@code body} propagate
	 *           unchanged, with the same clean-up.
	 */
	public static void write(final Path target, final IoWriter body) throws IOException {
		final Path absolute = target.toAbsolutePath();
		final Path dir = absolute.getParent();
		Files.createDirectories(dir);
		// NB: same directory as the target, so that the rename never crosses a file system
		// (an atomic move across file systems is impossible).
		final Path tmp = createTemp(dir, absolute.getFileName().toString());
		boolean done = false;
		try {
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				final OutputStream out = new BufferedOutputStream(
					new NonClosing(Channels.newOutputStream(channel)), 1 << 16);
				body.write(out);
				out.flush();
				// Data on disk before the rename: otherwise a power cut just after the rename
				// could leave an empty file under the final name on some file systems.
				channel.force(true);
			}
			move(tmp, absolute);
			done = true;
		}
		finally {
			if (!done) Files.deleteIfExists(tmp);
		}
	}

	/** Writes {@code text} as UTF-8 to {@code target}, atomically (see {@link #write}). */
	public static void writeString(final Path target, final String text) throws IOException {
		final byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		write(target, out -> out.write(bytes));
	}

	/**
	 * Creates an empty {@code .name.<random>.tmp} next to the target.
	 * NB: not {@link Files#createTempFile}, which makes the file owner-only (0600) on POSIX; the
	 * result would keep those permissions after the rename. CREATE_NEW honours the umask.
	 */
	private static Path createTemp(final Path dir, final String name) throws IOException {
		for (int attempt = 0;; attempt++) {
			final String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
			final Path tmp = dir.resolve("." + name + "." + suffix + ".tmp");
			try {
				Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
					.close();
				return tmp;
			}
			catch (final FileAlreadyExistsException e) {
				if (attempt >= 100) throw e;
			}
		}
	}

	private static void move(final Path tmp, final Path target) throws IOException {
		try {
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
				StandardCopyOption.REPLACE_EXISTING);
		}
		catch (final AtomicMoveNotSupportedException e) {
			// Some file systems (certain network mounts) cannot rename atomically; a plain
			// replace is still far better than writing in place.
			Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/**
	 * Lets a body call {@code close()} by mistake without closing the file before we flush it:
	 * the real stream is closed by try-with-resources only.
	 */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(final OutputStream out) {
			super(out);
		}

		@Override
		public void write(final byte[] b, final int off, final int len) throws IOException {
			out.write(b, off, len); // FilterOutputStream writes byte by byte otherwise
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
