package org.loligo.io.neuroml;

import org.loligo.engine.model.VoltageFunction;
import org.loligo.engine.model.VoltageFunction.Constant;
import org.loligo.engine.model.VoltageFunction.ExpLinearRate;
import org.loligo.engine.model.VoltageFunction.ExpRate;
import org.loligo.engine.model.VoltageFunction.Power;
import org.loligo.engine.model.VoltageFunction.Product;
import org.loligo.engine.model.VoltageFunction.Quotient;
import org.loligo.engine.model.VoltageFunction.SigmoidRate;
import org.loligo.engine.model.VoltageFunction.Sum;
import org.loligo.io.neuroml.Expr.Bin;
import org.loligo.io.neuroml.Expr.Call;
import org.loligo.io.neuroml.Expr.Neg;
import org.loligo.io.neuroml.Expr.Num;
import org.loligo.io.neuroml.Expr.Var;
import org.loligo.io.neuroml.LemsFunctions.Shifted;

/**
 * Turns a resolved LEMS expression (its only name is {@code v}, in mV; numbers in Loligo's units) into
 * a {@link VoltageFunction}. Wherever a sub-expression has the shape of one of NeuroML2's standard
 * forms, with {@code x = (v - midpoint)/scale} or {@code x = ((v - shift) - midpoint)/scale}:
 * <pre>
 *   rate * exp(x)                                          ExpRate
 *   rate / (1 + exp(0 - x))     (or exp(-x))               SigmoidRate
 *   rate * x / (1 - exp(0 - x)) (or exp(-x))               ExpLinearRate
 * </pre>
 * it becomes that form (shifted by {@code shift}), so a file that Loligo wrote reads back as the very
 * model it came from; {@code + * / ^} become Sum, Product, Quotient and Power, numbers Constants, and
 * the rest the nodes of {@link LemsFunctions}. {@code x * 1} and {@code x / 1} (unit constants of 1 mV
 * or 1 ms) are x itself, exactly.
 */
final class LemsCompiler {

	private LemsCompiler() {}

	/** The function of V this expression is. */
	static VoltageFunction compile(final Expr raw) {
		final Expr e = simplify(raw);
		final VoltageFunction form = form(e);
		if (form != null) return form;
		if (e instanceof Num n) return new Constant(n.value());
		if (e instanceof Expr.Unit) return new Constant(1.0);
		if (e instanceof Var v) {
			if (!v.name().equals("v")) throw new IllegalArgumentException("unknown name " + v.name());
			return new LemsFunctions.Voltage();
		}
		if (e instanceof Neg n) return new LemsFunctions.Negation(compile(n.a()));
		if (e instanceof Call c) {
			if (!LemsFunctions.UNARY.contains(c.function())) throw new IllegalArgumentException("function " + c
				.function() + "() is not supported; supported: " + String.join(", ", new java.util.TreeSet<>(
					LemsFunctions.UNARY)));
			return new LemsFunctions.Unary(c.function(), compile(c.arg()));
		}
		final Bin b = (Bin) e;
		return switch (b.op()) {
			case '+' -> new Sum(compile(b.a()), compile(b.b()));
			case '-' -> new LemsFunctions.Difference(compile(b.a()), compile(b.b()));
			case '*' -> new Product(compile(b.a()), compile(b.b()));
			case '/' -> new Quotient(compile(b.a()), compile(b.b()));
			default -> {
				if (!(b.b() instanceof Num n)) throw new IllegalArgumentException("a power's exponent must be a " +
					"constant");
				yield new Power(compile(b.a()), n.value());
			}
		};
	}

	/** Exact identities only: x * (1 mV), x / (1 ms) and the like, and -(number). */
	static Expr simplify(final Expr e) {
		if (e instanceof Neg n) {
			final Expr a = simplify(n.a());
			return a instanceof Num c ? new Num(-c.value()) : new Neg(a);
		}
		if (e instanceof Call c) return new Call(c.function(), simplify(c.arg()));
		if (!(e instanceof Bin b)) return e;
		final Expr a = simplify(b.a()), c = simplify(b.b());
		if ((b.op() == '*' || b.op() == '/') && c instanceof Expr.Unit) return a;
		return new Bin(b.op(), a, c);
	}

	private static boolean number(final Expr e, final double value) {
		return e instanceof Num n && n.value() == value;
	}

	/** A number's value (a unit constant is 1), or null. */
	private static Double num(final Expr e) {
		return e instanceof Num n ? (Double) n.value() : e instanceof Expr.Unit ? (Double) 1.0 : null;
	}

	/** A standard form (possibly shifted), or null. */
	private static VoltageFunction form(final Expr e) {
		try {
			if (e instanceof Bin b && b.op() == '*' && num(b.a()) != null && b.b() instanceof Call c && c.function()
				.equals("exp"))
			{
				final double[] x = scaled(c.arg());
				if (x != null) return shifted(new ExpRate(num(b.a()), x[1], x[2]), x[0]);
			}
			if (e instanceof Bin b && b.op() == '/' && num(b.a()) != null && b.b() instanceof Bin d && d.op() == '+' &&
				number(d.a(), 1) && d.b() instanceof Call c && c.function().equals("exp"))
			{
				final Expr x = negated(c.arg());
				final double[] s = x == null ? null : scaled(x);
				if (s != null) return shifted(new SigmoidRate(num(b.a()), s[1], s[2]), s[0]);
			}
			if (e instanceof Bin b && b.op() == '/' && b.a() instanceof Bin n && n.op() == '*' && num(n.a()) != null &&
				b.b() instanceof Bin d && d.op() == '-' && number(d.a(), 1) && d.b() instanceof Call c && c.function()
					.equals("exp") && n.b().equals(negated(c.arg())))
			{
				final double[] s = scaled(n.b());
				if (s != null) return shifted(new ExpLinearRate(num(n.a()), s[1], s[2]), s[0]);
			}
		}
		catch (final IllegalArgumentException notAForm) {
			// a zero scale, say: not a standard form, evaluated as written
		}
		return null;
	}

	/** The x of {@code 0 - x} or {@code -x}, or null. */
	private static Expr negated(final Expr e) {
		if (e instanceof Neg n) return n.a();
		if (e instanceof Bin b && b.op() == '-' && number(b.a(), 0)) return b.b();
		return null;
	}

	/** {shift, midpoint, scale} of {@code (u - midpoint)/scale} with u = v or v - shift, or null. */
	private static double[] scaled(final Expr e) {
		if (!(e instanceof Bin q && q.op() == '/' && num(q.b()) != null)) return null;
		if (!(q.a() instanceof Bin d && d.op() == '-' && num(d.b()) != null)) return null;
		final double mid = num(d.b()), scale = num(q.b());
		if (d.a() instanceof Var v && v.name().equals("v")) return new double[] { 0, mid, scale };
		if (d.a() instanceof Bin u && u.op() == '-' && u.a() instanceof Var v && v.name().equals("v") && num(u
			.b()) != null) return new double[] { num(u.b()), mid, scale };
		return null;
	}

	private static VoltageFunction shifted(final VoltageFunction f, final double shift) {
		return shift == 0 ? f : new Shifted(f, shift);
	}
}
