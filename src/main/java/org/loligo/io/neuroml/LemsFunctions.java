package org.loligo.io.neuroml;

import java.util.Set;

import org.loligo.engine.model.VoltageFunction;

/**
 * The {@link VoltageFunction}s a LEMS expression needs beyond the model's standard forms (which
 * {@link LemsCompiler} produces wherever an expression has their shape): V itself, differences,
 * negation, one-argument functions and a voltage shift. Each evaluates its expression's operations in
 * the written order.
 */
final class LemsFunctions {

	/** The LEMS functions of one argument that Loligo evaluates. */
	static final Set<String> UNARY = Set.of("exp", "log", "sqrt", "abs", "sin", "cos", "tan", "sinh", "cosh", "tanh");

	private LemsFunctions() {}

	/** V itself, mV. */
	record Voltage() implements VoltageFunction {

		@Override
		public double at(final double v) {
			return v;
		}
	}

	/** {@code a(V) - b(V)}. */
	record Difference(VoltageFunction a, VoltageFunction b) implements VoltageFunction {

		@Override
		public double at(final double v) {
			return a.at(v) - b.at(v);
		}
	}

	/** {@code -a(V)}. */
	record Negation(VoltageFunction a) implements VoltageFunction {

		@Override
		public double at(final double v) {
			return -a.at(v);
		}
	}

	/** {@code f(a(V))} for one of {@link #UNARY}. */
	record Unary(String function, VoltageFunction a) implements VoltageFunction {

		Unary {
			if (!UNARY.contains(function)) throw new IllegalArgumentException("function " + function);
		}

		@Override
		public double at(final double v) {
			final double x = a.at(v);
			return switch (function) {
				case "exp" -> Math.exp(x);
				case "log" -> Math.log(x);
				case "sqrt" -> Math.sqrt(x);
				case "abs" -> Math.abs(x);
				case "sin" -> Math.sin(x);
				case "cos" -> Math.cos(x);
				case "tan" -> Math.tan(x);
				case "sinh" -> Math.sinh(x);
				case "cosh" -> Math.cosh(x);
				default -> Math.tanh(x);
			};
		}
	}

	/** {@code f(V - shift)}: a standard form written at a shifted voltage. */
	record Shifted(VoltageFunction f, double shift) implements VoltageFunction {

		@Override
		public double at(final double v) {
			return f.at(v - shift);
		}
	}
}
