package org.loligo.io.neuroml;

import java.util.ArrayList;
import java.util.List;

/**
 * A LEMS expression (the {@code value} of a {@code DerivedVariable} or {@code Case}) as a tree:
 * numbers, names, unary minus, {@code + - * / ^} and function calls, parsed with the usual precedence
 * ({@code ^} binds tightest and to the right; unary minus binds looser than {@code ^}, as in LEMS).
 */
sealed interface Expr {

	record Num(double value) implements Expr {}

	record Var(String name) implements Expr {}

	/** A dimensional constant of value 1 in Loligo's units (1 mV, 1 ms): {@code x / 1 mV} is x itself. */
	record Unit() implements Expr {}

	record Neg(Expr a) implements Expr {}

	record Bin(char op, Expr a, Expr b) implements Expr {}

	record Call(String function, Expr arg) implements Expr {}

	/** Parses {@code text}; a malformed expression is an IllegalArgumentException saying what is wrong. */
	static Expr parse(final String text) {
		final Parser p = new Parser(tokens(text));
		final Expr e = p.sum();
		if (p.at < p.tokens.size()) throw new IllegalArgumentException("unexpected '" + p.tokens.get(p.at) +
			"' in expression '" + text + "'");
		return e;
	}

	private static List<String> tokens(final String s) {
		final List<String> out = new ArrayList<>();
		int i = 0;
		while (i < s.length()) {
			final char c = s.charAt(i);
			if (Character.isWhitespace(c)) i++;
			else if (Character.isDigit(c) || c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
				int j = i;
				while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
				if (j < s.length() && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
					j++;
					if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) j++;
					while (j < s.length() && Character.isDigit(s.charAt(j))) j++;
				}
				out.add(s.substring(i, j));
				i = j;
			}
			else if (Character.isLetter(c) || c == '_') {
				int j = i;
				while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
				out.add(s.substring(i, j));
				i = j;
			}
			else if ("+-*/^()".indexOf(c) >= 0) {
				out.add(String.valueOf(c));
				i++;
			}
			else throw new IllegalArgumentException("unsupported character '" + c + "' in expression '" + s +
				"'; supported: numbers, names, + - * / ^, parentheses and functions such as exp(…)");
		}
		return out;
	}

	/** Recursive descent over the tokens. */
	final class Parser {

		final List<String> tokens;
		int at;

		Parser(final List<String> tokens) {
			this.tokens = tokens;
		}

		private String peek() {
			return at < tokens.size() ? tokens.get(at) : "";
		}

		private String next() {
			if (at >= tokens.size()) throw new IllegalArgumentException("expression ends too early");
			return tokens.get(at++);
		}

		Expr sum() {
			Expr e = product();
			while (peek().equals("+") || peek().equals("-"))
				e = new Bin(next().charAt(0), e, product());
			return e;
		}

		Expr product() {
			Expr e = unary();
			while (peek().equals("*") || peek().equals("/"))
				e = new Bin(next().charAt(0), e, unary());
			return e;
		}

		Expr unary() {
			if (peek().equals("-")) {
				next();
				return new Neg(unary());
			}
			if (peek().equals("+")) {
				next();
				return unary();
			}
			return power();
		}

		Expr power() {
			final Expr base = primary();
			if (peek().equals("^")) {
				next();
				return new Bin('^', base, unary());
			}
			return base;
		}

		Expr primary() {
			final String t = next();
			if (t.equals("(")) {
				final Expr e = sum();
				expect(")");
				return e;
			}
			if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') return new Num(Double.parseDouble(t));
			if (Character.isLetter(t.charAt(0)) || t.charAt(0) == '_') {
				if (peek().equals("(")) {
					next();
					final Expr arg = sum();
					expect(")");
					return new Call(t, arg);
				}
				return new Var(t);
			}
			throw new IllegalArgumentException("unexpected '" + t + "'");
		}

		private void expect(final String s) {
			final String t = next();
			if (!t.equals(s)) throw new IllegalArgumentException("expected '" + s + "', found '" + t + "'");
		}
	}
}
