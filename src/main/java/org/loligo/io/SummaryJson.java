package org.loligo.io;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code summary.json} of a run: one flat JSON object, one key per line, keys in the map's
 * iteration order (use a {@link java.util.LinkedHashMap}), written atomically.
 * <p>
 * Values: numbers as JSON numbers (NaN and infinities, which JSON lacks, as {@code null});
 * booleans; strings, escaped (control characters, quotes, backslashes, U+2028/U+2029 and lone
 * surrogates as {@code \}-escapes, other Unicode as UTF-8); {@code null}; files and paths as
 * their path string; enums by {@link Enum#name()}; {@link Optional} as its content or null;
 * arrays and collections as JSON arrays of such values. Anything else becomes its
 * {@code toString()} as a string.
 */
public final class SummaryJson {

	private SummaryJson() {}

	/**
	 * Writes {@code values} to {@code file} as a pretty-printed JSON object.
	 *
	 * @throws IllegalArgumentException if a key is null.
	 */
	public static void write(final Path file, final Map<String, ?> values) throws IOException {
		AtomicFiles.writeString(file, toJson(values));
	}

	/** The text that {@link #write} puts in the file, ending with a newline. */
	public static String toJson(final Map<String, ?> values) {
		final StringBuilder sb = new StringBuilder(64 + 32 * values.size());
		sb.append('{');
		boolean first = true;
		for (final Map.Entry<String, ?> e : values.entrySet()) {
			if (e.getKey() == null) throw new IllegalArgumentException("JSON keys must not be null");
			sb.append(first ? "\n  " : ",\n  ");
			first = false;
			appendString(sb, e.getKey());
			sb.append(": ");
			appendValue(sb, e.getValue());
		}
		return sb.append(first ? "}\n" : "\n}\n").toString();
	}

	/**
	 * Reads a JSON object: numbers come back as {@link Long} when written without fraction or
	 * exponent and in range, else {@link Double}; strings, booleans and null as such; arrays as
	 * {@link java.util.List}; nested objects as maps. Key order is kept.
	 *
	 * @throws IllegalArgumentException on malformed JSON, naming file, line and column.
	 */
	public static Map<String, Object> read(final Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	/** Parses JSON text holding one object; {@code source} names it in error messages. */
	public static Map<String, Object> parse(final String text, final String source) {
		return new JsonReader(text, source).readDocument();
	}

	// -- Writing --

	private static void appendValue(final StringBuilder sb, final Object v) {
		if (v == null) sb.append("null");
		else if (v instanceof Number) appendNumber(sb, (Number) v);
		else if (v instanceof Boolean) sb.append(v);
		else if (v instanceof Enum) appendString(sb, ((Enum<?>) v).name());
		else if (v instanceof File) appendString(sb, ((File) v).getPath());
		else if (v instanceof Path) appendString(sb, v.toString());
		else if (v instanceof Optional) appendValue(sb, ((Optional<?>) v).orElse(null));
		else if (v instanceof Map) {
			sb.append('{');
			boolean first = true;
			for (final Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
				if (!first) sb.append(", ");
				first = false;
				appendString(sb, String.valueOf(e.getKey()));
				sb.append(": ");
				appendValue(sb, e.getValue());
			}
			sb.append('}');
		}
		else if (v.getClass().isArray()) {
			final int n = Array.getLength(v);
			// NB: an array of objects (the summary's files) gets one object per line.
			final boolean lines = n > 0 && Array.get(v, 0) instanceof Map;
			sb.append('[');
			for (int i = 0; i < n; i++) {
				if (i > 0) sb.append(",");
				if (lines) sb.append("\n    ");
				else if (i > 0) sb.append(' ');
				appendValue(sb, Array.get(v, i));
			}
			sb.append(lines ? "\n  ]" : "]");
		}
		else if (v instanceof Collection) appendValue(sb, ((Collection<?>) v).toArray());
		else appendString(sb, v.toString()); // CharSequence, Character and everything else
	}

	private static void appendNumber(final StringBuilder sb, final Number n) {
		// Exact decimal types keep their own text, which is valid JSON.
		if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte ||
			n instanceof BigInteger || n instanceof AtomicInteger || n instanceof AtomicLong)
		{
			sb.append(n);
			return;
		}
		if (n instanceof BigDecimal) {
			sb.append(((BigDecimal) n).toString());
			return;
		}
		final double d = n.doubleValue();
		if (!Double.isFinite(d)) sb.append("null");
		// NB: Float.toString, so that 0.1f is written 0.1 and not 0.10000000149011612.
		else if (n instanceof Float) sb.append(n);
		// Double.toString keeps "1.0" a JSON float, so that readers give back a float, not an int.
		else sb.append(d);
	}

	/** Appends {@code s} as a quoted JSON string. */
	static void appendString(final StringBuilder sb, final String s) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			final char c = s.charAt(i);
			switch (c) {
				case '"': sb.append("\\\""); break;
				case '\\': sb.append("\\\\"); break;
				case '\n': sb.append("\\n"); break;
				case '\r': sb.append("\\r"); break;
				case '\t': sb.append("\\t"); break;
				case '\b': sb.append("\\b"); break;
				case '\f': sb.append("\\f"); break;
				default:
					if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || loneSurrogate(s, i)) {
						// U+2028/9 break JavaScript string literals; a lone surrogate cannot be
						// encoded as UTF-8 and would turn into '?' without the escape.
						sb.append(String.format("\\u%04x", (int) c));
					}
					else sb.append(c);
			}
		}
		sb.append('"');
	}

	private static boolean loneSurrogate(final String s, final int i) {
		final char c = s.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
		}
		return false;
	}

	/**
	 * Writes a run's {@code summary.json} into dir: {@code command}, {@code version}, the parameters,
	 * {@code seed}, {@code wall_seconds}, then the command's scalar results. When dir is the staging
	 * folder of a {@link RunDirectory} (what a command's {@code outputDirectory} gives its writers), this
	 * commits the run: the summary gains {@code run_id} and {@code files} (name, bytes, sha256 of every
	 * file of the run) and is written last, into the output directory.
	 */
	public static void writeRun(final java.nio.file.Path dir, final String command,
		final java.util.Map<String, Object> parameters, final long seed, final double wallSeconds,
		final java.util.Map<String, Object> results) throws java.io.IOException
	{
		final java.util.Map<String, Object> s = new java.util.LinkedHashMap<>();
		s.put("command", command);
		s.put("version", org.loligo.Loligo.version());
		s.putAll(parameters);
		s.put("seed", seed);
		s.put("wall_seconds", wallSeconds);
		s.putAll(results);
		final RunDirectory run = RunDirectory.ofStaging(dir);
		if (run != null) run.commit(s);
		else write(dir.resolve("summary.json"), s);
	}
}
