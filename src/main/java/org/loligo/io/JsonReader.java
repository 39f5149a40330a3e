package org.loligo.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small recursive-descent JSON parser (RFC 8259) for {@link SummaryJson#read}: enough for
 * summaries and the scripts that check them, with errors that point at line and column.
 */
final class JsonReader {

	private final String text;
	private final String source;
	private int pos;

	JsonReader(final String text, final String source) {
		this.text = text;
		this.source = source;
	}

	/** Reads the single top-level object and checks that nothing but whitespace follows. */
	Map<String, Object> readDocument() {
		if (!text.isEmpty() && text.charAt(0) == '\uFEFF') pos = 1; // byte-order mark
		skipWhitespace();
		if (peek() != '{') throw error("expected '{' at the start of the document");
		final Map<String, Object> map = readObject();
		skipWhitespace();
		if (pos < text.length()) throw error("unexpected text after the closing '}'");
		return map;
	}

	private Object readValue() {
		skipWhitespace();
		final char c = peek();
		switch (c) {
			case '{': return readObject();
			case '[': return readArray();
			case '"': return readString();
			case 't': return literal("true", Boolean.TRUE);
			case 'f': return literal("false", Boolean.FALSE);
			case 'n': return literal("null", null);
			default:
				if (c == '-' || (c >= '0' && c <= '9')) return readNumber();
				throw error(pos < text.length() ? "unexpected character '" + c + "'"
					: "unexpected end of text");
		}
	}

	private Map<String, Object> readObject() {
		expect('{');
		final Map<String, Object> map = new LinkedHashMap<>();
		skipWhitespace();
		if (peek() == '}') {
			pos++;
			return map;
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') throw error("expected a quoted key");
			final int keyPos = pos;
			final String key = readString();
			skipWhitespace();
			expect(':');
			final Object value = readValue();
			if (map.containsKey(key)) {
				pos = keyPos;
				throw error("duplicate key \"" + key + "\"");
			}
			map.put(key, value);
			skipWhitespace();
			if (peek() == ',') pos++;
			else if (peek() == '}') {
				pos++;
				return map;
			}
			else throw error("expected ',' or '}'");
		}
	}

	private List<Object> readArray() {
		expect('[');
		final List<Object> list = new ArrayList<>();
		skipWhitespace();
		if (peek() == ']') {
			pos++;
			return list;
		}
		while (true) {
			list.add(readValue());
			skipWhitespace();
			if (peek() == ',') pos++;
			else if (peek() == ']') {
				pos++;
				return list;
			}
			else throw error("expected ',' or ']'");
		}
	}

	private String readString() {
		expect('"');
		final StringBuilder sb = new StringBuilder();
		while (true) {
			if (pos >= text.length()) throw error("string is never closed");
			final char c = text.charAt(pos++);
			if (c == '"') return sb.toString();
			if (c < 0x20) {
				pos--;
				throw error("control character in a string must be escaped");
			}
			if (c != '\\') {
				sb.append(c);
				continue;
			}
			if (pos >= text.length()) throw error("string is never closed");
			final char e = text.charAt(pos++);
			switch (e) {
				case '"': case '\\': case '/': sb.append(e); break;
				case 'n': sb.append('\n'); break;
				case 'r': sb.append('\r'); break;
				case 't': sb.append('\t'); break;
				case 'b': sb.append('\b'); break;
				case 'f': sb.append('\f'); break;
				case 'u': sb.append(readHex4()); break;
				default:
					pos -= 2;
					throw error("unknown escape '\\" + e + "'");
			}
		}
	}

	/** Reads the 4 hex digits of a {@code \\u} escape; surrogate pairs join as two chars. */
	private char readHex4() {
		if (pos + 4 > text.length()) throw error("incomplete \\u escape");
		int v = 0;
		for (int i = 0; i < 4; i++) {
			final int d = Character.digit(text.charAt(pos + i), 16);
			if (d < 0) throw error("bad hex digit in \\u escape");
			v = 16 * v + d;
		}
		pos += 4;
		return (char) v;
	}

	private Object readNumber() {
		final int start = pos;
		if (peek() == '-') pos++;
		final int intStart = pos;
		digits();
		if (pos == intStart) throw error("expected digits");
		if (pos - intStart > 1 && text.charAt(intStart) == '0') {
			throw error("leading zeros are not allowed in JSON numbers");
		}
		boolean integral = true;
		if (peek() == '.') {
			pos++;
			integral = false;
			if (digits() == 0) throw error("expected digits after '.'");
		}
		if (peek() == 'e' || peek() == 'E') {
			pos++;
			integral = false;
			if (peek() == '+' || peek() == '-') pos++;
			if (digits() == 0) throw error("expected digits in the exponent");
		}
		final String s = text.substring(start, pos);
		if (integral) {
			try {
				return Long.parseLong(s);
			}
			catch (final NumberFormatException e) {
				// Too large for a long: fall through to a double, as JavaScript would.
			}
		}
		return Double.parseDouble(s);
	}

	private int digits() {
		final int start = pos;
		while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') pos++;
		return pos - start;
	}

	private Object literal(final String word, final Object value) {
		if (!text.startsWith(word, pos)) throw error("unexpected token");
		pos += word.length();
		return value;
	}

	private void expect(final char c) {
		if (peek() != c) throw error("expected '" + c + "'");
		pos++;
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private void skipWhitespace() {
		while (pos < text.length()) {
			final char c = text.charAt(pos);
			if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
			pos++;
		}
	}

	/** An exception naming source, 1-based line and column of the current position. */
	private IllegalArgumentException error(final String what) {
		int line = 1, lineStart = 0;
		for (int i = 0; i < Math.min(pos, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new IllegalArgumentException("JSON " + source + ", line " + line + ", column " +
			(pos - lineStart + 1) + ": " + what);
	}
}
