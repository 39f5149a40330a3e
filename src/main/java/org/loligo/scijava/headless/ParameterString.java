package org.loligo.scijava.headless;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses Fiji's headless parameter string {@code "key=value,key2=value2"}.
 * <p>
 * Pairs are separated by commas; spaces around keys and values are dropped. A
 * value that contains commas is quoted, ImageJ macro style as
 * {@code key=[a, b]} (brackets may nest) or as {@code key='a,b'} /
 * {@code key="a,b"}; the quotes are not part of the value. A key without
 * {@code =}, an unterminated quote or a repeated key is an error, so that a
 * typo never silently drops a parameter.
 * </p>
 */
public final class ParameterString {

	private final String text;
	private int pos;

	private ParameterString(final String text) {
		this.text = text;
	}

	/**
	 * Splits a parameter string into its pairs, in order.
	 *
	 * @param text the string; null or blank gives an empty map
	 * @return key to raw (unconverted) value
	 * @throws IllegalArgumentException if the string is malformed
	 */
	public static Map<String, String> parse(final String text) {
		final Map<String, String> pairs = new LinkedHashMap<>();
		if (text == null) return pairs;
		final ParameterString parser = new ParameterString(text);
		while (parser.skipSeparators()) {
			final String key = parser.key();
			final String value = parser.value(key);
			if (pairs.put(key, value) != null) {
				throw new UsageException("Parameter '" + key +
					"' is given twice in \"" + text + "\"");
			}
		}
		return pairs;
	}

	// -- Helper methods --

	/** Skips blanks and commas; returns whether a pair follows. */
	private boolean skipSeparators() {
		while (pos < text.length() && (text.charAt(pos) == ',' || Character
			.isWhitespace(text.charAt(pos))))
		{
			pos++;
		}
		return pos < text.length();
	}

	private String key() {
		final int start = pos;
		while (pos < text.length() && text.charAt(pos) != '=' && text.charAt(
			pos) != ',')
		{
			pos++;
		}
		final String key = text.substring(start, pos).trim();
		if (pos >= text.length() || text.charAt(pos) != '=') {
			throw new UsageException("Expected key=value but found '" +
				key + "' in \"" + text + "\"");
		}
		if (key.isEmpty()) {
			throw new UsageException("Missing parameter name before '=' " +
				"at position " + (pos + 1) + " in \"" + text + "\"");
		}
		pos++; // skip '='
		return key;
	}

	private String value(final String key) {
		while (pos < text.length() && text.charAt(pos) == ' ') pos++;
		if (pos >= text.length()) return "";
		final char c = text.charAt(pos);
		if (c == '[' || c == '\'' || c == '"') return quoted(key, c);
		final int start = pos;
		while (pos < text.length() && text.charAt(pos) != ',') pos++;
		return text.substring(start, pos).trim();
	}

	/** Reads a quoted value; brackets nest, quotes do not. */
	private String quoted(final String key, final char open) {
		final char close = open == '[' ? ']' : open;
		final int start = ++pos;
		int depth = 1;
		while (pos < text.length()) {
			final char c = text.charAt(pos);
			if (c == close && --depth == 0) break;
			if (c == open && open == '[') depth++;
			pos++;
		}
		if (pos >= text.length()) {
			throw new UsageException("Unterminated " + open +
				" in the value of '" + key + "' in \"" + text + "\"");
		}
		final String value = text.substring(start, pos++);
		while (pos < text.length() && text.charAt(pos) == ' ') pos++;
		if (pos < text.length() && text.charAt(pos) != ',') {
			throw new UsageException("Expected ',' after the quoted " +
				"value of '" + key + "' but found '" + text.substring(pos) + "'");
		}
		return value;
	}
}
