package org.loligo.io.neuroml;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.model.VoltageFunction;
import org.loligo.engine.model.VoltageFunction.Constant;
import org.loligo.engine.model.VoltageFunction.ExpLinearRate;
import org.loligo.engine.model.VoltageFunction.ExpRate;
import org.loligo.engine.model.VoltageFunction.Power;
import org.loligo.engine.model.VoltageFunction.Product;
import org.loligo.engine.model.VoltageFunction.Quotient;
import org.loligo.engine.model.VoltageFunction.SigmoidRate;
import org.loligo.engine.model.VoltageFunction.Sum;
import org.loligo.io.neuroml.Functions.Role;

/**
 * A function that NeuroML2's standard forms cannot hold (a shifted voltage, sums, products, quotients,
 * powers of forms) as a LEMS {@code ComponentType} with {@code Dynamics}, which NeuroML2 v2.3 allows in
 * a document ({@code NeuroML_v2.3.xsd}: {@code ComponentType}, {@code Constant}, {@code Dynamics},
 * {@code DerivedVariable}, {@code ConditionalDerivedVariable}, {@code Case}).
 * <p>
 * Dimensions as LEMS checks them: {@code V = v / MV} (minus the shift) is dimensionless, every number
 * is a dimensionless {@code Constant}, and the exposure is {@code F / MS} (a rate), {@code F} (a
 * steady state) or {@code F * MS} (a time constant), with MV = 1 mV and MS = 1 ms. Each standard form
 * is written in the shape of its NeuroML2 definition ({@code Channels.xml}), the exp-linear one with
 * its {@code x .neq. 0} / {@code x .eq. 0} cases, so that {@link LemsCompiler} reads every form back
 * as the same record and the model runs bit-identically.
 */
final class LemsWriter {

	private final List<String> constants = new ArrayList<>();
	private final List<String> derived = new ArrayList<>();
	private final List<String> conditional = new ArrayList<>();
	private int forms;

	private LemsWriter() {}

	/** The ComponentType element's text, indented by {@code indent}. */
	static String componentType(final String name, final Role role, final VoltageFunction f, final double shift,
		final String description, final String indent)
	{
		final LemsWriter w = new LemsWriter();
		w.constants.add("<Constant name=\"MV\" dimension=\"voltage\" value=\"1mV\"/>");
		if (role != Role.VARIABLE) w.constants.add("<Constant name=\"MS\" dimension=\"time\" value=\"1ms\"/>");
		String v = "v / MV";
		if (shift != 0) {
			w.constants.add(constant("VSHIFT", shift));
			v += " - VSHIFT";
		}
		w.derived.add(variable("V", v, null));
		final String body = w.expr(f);
		final String out = switch (role) {
			case RATE -> "(" + body + ") / MS";
			case TIME -> "(" + body + ") * MS";
			case VARIABLE -> body;
		};
		w.derived.add(variable(role.exposure, out, role.exposure));
		final String in = indent + "    ";
		final StringBuilder sb = new StringBuilder();
		sb.append(indent).append("<ComponentType name=\"").append(name).append("\" extends=\"").append(role.base)
			.append("\" description=\"").append(NeuroMLWriter.escape(description)).append("\">\n");
		for (final String c : w.constants)
			sb.append(in).append(c).append('\n');
		sb.append(in).append("<Dynamics>\n");
		for (final String d : w.derived)
			sb.append(in).append("    ").append(d).append('\n');
		for (final String d : w.conditional)
			sb.append(in).append("    ").append(d.replace("\n", "\n" + in + "    ")).append('\n');
		sb.append(in).append("</Dynamics>\n").append(indent).append("</ComponentType>\n");
		return sb.toString();
	}

	private static String constant(final String name, final double value) {
		return "<Constant name=\"" + name + "\" dimension=\"none\" value=\"" + Units.number(value) + "\"/>";
	}

	private static String variable(final String name, final String value, final String exposure) {
		return "<DerivedVariable name=\"" + name + "\" dimension=\"" + (exposure == null || exposure.equals("x") ?
			"none" : exposure.equals("r") ? "per_time" : "time") + "\"" + (exposure == null ? "" : " exposure=\"" +
				exposure + "\"") + " value=\"" + value + "\"/>";
	}

	/** The expression of f in V, declaring its constants and helper variables. */
	private String expr(final VoltageFunction f) {
		if (f instanceof Constant c) {
			final String n = "c" + (++forms);
			constants.add(constant(n, c.value()));
			return n;
		}
		if (f instanceof Sum s) return "(" + expr(s.a()) + " + " + expr(s.b()) + ")";
		if (f instanceof Product p) return "(" + expr(p.a()) + " * " + expr(p.b()) + ")";
		if (f instanceof Quotient q) return "(" + expr(q.a()) + " / " + expr(q.b()) + ")";
		if (f instanceof Power p) {
			final String base = expr(p.base());
			final String n = "c" + (++forms);
			constants.add(constant(n, p.exponent()));
			return "(" + base + " ^ " + n + ")";
		}
		if (f instanceof LemsFunctions.Voltage) return "V";
		if (f instanceof LemsFunctions.Difference d) return "(" + expr(d.a()) + " - " + expr(d.b()) + ")";
		if (f instanceof LemsFunctions.Negation n) return "(-" + expr(n.a()) + ")";
		if (f instanceof LemsFunctions.Unary u) return u.function() + "(" + expr(u.a()) + ")";
		final String p = "f" + (++forms);
		if (f instanceof ExpRate e) {
			form(p, e.rate(), e.midpoint(), e.scale());
			return "(" + p + "_rate * exp((V - " + p + "_midpoint) / " + p + "_scale))";
		}
		if (f instanceof SigmoidRate e) {
			form(p, e.rate(), e.midpoint(), e.scale());
			return "(" + p + "_rate / (1 + exp(0 - (V - " + p + "_midpoint) / " + p + "_scale)))";
		}
		if (f instanceof ExpLinearRate e) {
			form(p, e.rate(), e.midpoint(), e.scale());
			derived.add(variable(p + "_x", "(V - " + p + "_midpoint) / " + p + "_scale", null));
			conditional.add("<ConditionalDerivedVariable name=\"" + p + "\" dimension=\"none\">\n" +
				"    <Case condition=\"" + p + "_x .neq. 0\" value=\"" + p + "_rate * " + p + "_x / (1 - exp(0 - " + p +
				"_x))\"/>\n    <Case condition=\"" + p + "_x .eq. 0\" value=\"" + p + "_rate\"/>\n" +
				"</ConditionalDerivedVariable>");
			return p;
		}
		throw new IllegalArgumentException("the function " + f + " has no NeuroML2 form Loligo can write");
	}

	private void form(final String p, final double rate, final double midpoint, final double scale) {
		constants.add(constant(p + "_rate", rate));
		constants.add(constant(p + "_midpoint", midpoint));
		constants.add(constant(p + "_scale", scale));
	}
}
