package org.loligo.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** File operations of {@link RunDirectory}: describing staged files, moving them, removing folders. */
final class StagedFiles {

	private StagedFiles() {}

	/**
	 * Every regular file under {@code staging} (relative name with '/', sorted), with {@code bytes} and
	 * {@code sha256} (lower-case hex), as the summary lists them.
	 */
	static List<Map<String, Object>> describe(final Path staging) throws IOException {
		final List<Path> paths;
		try (Stream<Path> s = Files.walk(staging)) {
			paths = s.filter(Files::isRegularFile).sorted().collect(java.util.stream.Collectors.toList());
		}
		final List<Map<String, Object>> files = new ArrayList<>();
		for (final Path p : paths) {
			final String name = staging.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
			if (name.equals(RunDirectory.SUMMARY)) continue;
			final Map<String, Object> f = new LinkedHashMap<>();
			f.put("name", name);
			f.put("bytes", Files.size(p));
			f.put("sha256", sha256(p));
			files.add(f);
		}
		return files;
	}

	/** The SHA-256 of a file's bytes, as 64 lower-case hex digits. */
	static String sha256(final Path file) throws IOException {
		final MessageDigest md;
		try {
			md = MessageDigest.getInstance("SHA-256");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
		final byte[] buf = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n; (n = in.read(buf)) > 0;)
				md.update(buf, 0, n);
		}
		final StringBuilder sb = new StringBuilder(64);
		for (final byte b : md.digest())
			sb.append(Character.forDigit((b >> 4) & 15, 16)).append(Character.forDigit(b & 15, 16));
		return sb.toString();
	}

	/** Renames {@code from} onto {@code to} (replacing it), atomically where the file system can. */
	static void move(final Path from, final Path to) throws IOException {
		if (to.getParent() != null) Files.createDirectories(to.getParent());
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (final AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Deletes a folder and everything in it; nothing when it does not exist. */
	static void deleteTree(final Path root) throws IOException {
		if (!Files.exists(root)) return;
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(final Path dir, final IOException exc) throws IOException {
				if (exc != null) throw exc;
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
