package org.loligo.io;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.FormattingStyle;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.ToNumberStrategy;
import com.google.gson.reflect.TypeToken;

/**
 * The {@code summary.json} of a run: one flat JSON object, one key per line, keys in the map's
 * iteration order (use a {@link java.util.LinkedHashMap}), written atomically. Gson writes and reads it
 * (strict RFC 8259 JSON).
 * <p>
 * Values: numbers as JSON numbers (NaN and infinities, which JSON lacks, as {@code null});
 * booleans; strings, escaped (control characters, quotes, backslashes, U+2028/U+2029 and lone
 * surrogates as {@code \}-escapes, other Unicode as UTF-8); {@code null}; files and paths as
 * their path string; enums by {@link Enum#name()}; {@link Optional} as its content or null;
 * arrays and collections as JSON arrays of such values (on one line; an array of objects, such as the
 * run's {@code files}, one object per line). Anything else becomes its {@code toString()} as a string.
 */
public final class SummaryJson {

	/** Values on one line with a space after {@code ,} and {@code :}; no HTML escaping of {@code <>&='}. */
	private static final Gson VALUE = new GsonBuilder().setFormattingStyle(FormattingStyle.COMPACT
		.withSpaceAfterSeparators(true)).disableHtmlEscaping().serializeNulls().create();

	/** Reads numbers as Long when integral and in range, else Double (beyond double: ±Infinity). */
	private static final ToNumberStrategy LONG_OR_DOUBLE = in -> {
		final String t = in.nextString();
		try {
			return Long.parseLong(t);
		}
		catch (final NumberFormatException e) {
			return Double.parseDouble(t);
		}
	};

	private static final Gson READ = new GsonBuilder().setObjectToNumberStrategy(LONG_OR_DOUBLE).setStrictness(
		Strictness.STRICT).create();

	private static final Type MAP = new TypeToken<LinkedHashMap<String, Object>>() {}.getType();

	/** Gson's location suffix: "at line 3 column 8 path $.b". */
	private static final Pattern WHERE = Pattern.compile("\\s*at line (\\d+) column (\\d+)(?: path \\S*)?");

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
			sb.append(VALUE.toJson(new JsonPrimitive(e.getKey()))).append(": ");
			final JsonElement v = tree(e.getValue());
			// NB: an array of objects (the summary's files) gets one object per line.
			if (v instanceof JsonArray a && !a.isEmpty() && a.get(0).isJsonObject()) {
				sb.append('[');
				for (int i = 0; i < a.size(); i++)
					sb.append(i == 0 ? "\n    " : ",\n    ").append(VALUE.toJson(a.get(i)));
				sb.append("\n  ]");
			}
			else sb.append(VALUE.toJson(v));
		}
		return escapeRest(sb.append(first ? "}\n" : "\n}\n"));
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
		try {
			final Map<String, Object> m = READ.fromJson(new StringReader(text), MAP);
			if (m == null) throw new IllegalArgumentException("JSON " + source + " is empty: an object is needed");
			return m;
		}
		catch (final JsonParseException e) {
			throw new IllegalArgumentException(message(e, source), e);
		}
	}

	/** "JSON file, line 3, column 8: what Gson says" (its path and troubleshooting link left out). */
	private static String message(final JsonParseException e, final String source) {
		Throwable t = e;
		while (t.getCause() != null && t.getMessage() != null && t.getMessage().equals(t.getCause().toString()))
			t = t.getCause();
		String text = String.valueOf(t.getMessage()).replaceAll("\\s*See https://\\S+$", "").replace(
			"Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "malformed JSON").strip();
		final Matcher m = WHERE.matcher(text);
		String where = "";
		if (m.find()) {
			where = ", line " + m.group(1) + ", column " + m.group(2);
			text = (text.substring(0, m.start()) + text.substring(m.end())).strip();
		}
		return "JSON " + source + where + ": " + text;
	}

	// -- Writing --

	/** The JSON form of a summary value (see the class javadoc). */
	private static JsonElement tree(final Object v) {
		if (v == null) return JsonNull.INSTANCE;
		if (v instanceof Number n) {
			if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) return JsonNull.INSTANCE;
			return new JsonPrimitive(n);
		}
		if (v instanceof Boolean b) return new JsonPrimitive(b);
		if (v instanceof Enum<?> e) return new JsonPrimitive(e.name());
		if (v instanceof File f) return new JsonPrimitive(f.getPath());
		if (v instanceof Path p) return new JsonPrimitive(p.toString());
		if (v instanceof Optional<?> o) return tree(o.orElse(null));
		if (v instanceof Map<?, ?> map) {
			final JsonObject o = new JsonObject();
			for (final Map.Entry<?, ?> e : map.entrySet())
				o.add(String.valueOf(e.getKey()), tree(e.getValue()));
			return o;
		}
		if (v.getClass().isArray()) {
			final JsonArray a = new JsonArray();
			for (int i = 0, n = Array.getLength(v); i < n; i++)
				a.add(tree(Array.get(v, i)));
			return a;
		}
		if (v instanceof Collection<?> c) return tree(c.toArray());
		return new JsonPrimitive(v.toString()); // CharSequence, Character and everything else
	}

	/**
	 * Escapes what Gson leaves raw inside strings: DEL, and lone surrogates, which UTF-8 cannot encode
	 * (they would turn into '?'). Outside strings JSON text has neither.
	 */
	private static String escapeRest(final CharSequence json) {
		final StringBuilder sb = new StringBuilder(json.length());
		for (int i = 0; i < json.length(); i++) {
			final char c = json.charAt(i);
			final boolean lone = Character.isHighSurrogate(c) && (i + 1 >= json.length() || !Character.isLowSurrogate(
				json.charAt(i + 1))) || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(json
					.charAt(i - 1)));
			if (c == 0x7f || lone) sb.append(String.format("\\u%04x", (int) c));
			else sb.append(c);
		}
		return sb.toString();
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
