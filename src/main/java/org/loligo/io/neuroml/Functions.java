package org.loligo.io.neuroml;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.loligo.engine.model.VoltageFunction;
import org.loligo.engine.model.VoltageFunction.Constant;
import org.loligo.engine.model.VoltageFunction.ExpLinearRate;
import org.loligo.engine.model.VoltageFunction.ExpRate;
import org.loligo.engine.model.VoltageFunction.SigmoidRate;
import org.loligo.io.neuroml.Units.Dimension;
import org.w3c.dom.Element;

/**
 * A gate's {@code forwardRate}, {@code reverseRate}, {@code steadyState} or {@code timeCourse} as a
 * {@link VoltageFunction}: NeuroML2's standard forms ({@code HHExpRate}, {@code HHSigmoidRate},
 * {@code HHExpLinearRate}, the {@code HH…Variable}s, {@code fixedTimeCourse}) or a
 * {@code ComponentType} of the document extending {@code baseVoltageDepRate},
 * {@code baseVoltageDepVariable} or {@code baseVoltageDepTime} whose {@code Dynamics} computes the
 * value from {@code v} with {@code Constant}s, {@code Parameter}s, {@code DerivedVariable}s and the
 * {@code ConditionalDerivedVariable} of the exp-linear form ({@code x .neq. 0} / {@code x .eq. 0}).
 */
final class Functions {

	/** What the function gives, with its exposure, dimension and base ComponentType. */
	enum Role {
		RATE("r", Dimension.PER_TIME, "baseVoltageDepRate", "baseHHRate"),
		VARIABLE("x", Dimension.NONE, "baseVoltageDepVariable", "baseHHVariable"),
		TIME("t", Dimension.TIME, "baseVoltageDepTime", "baseVoltageDepTime");

		final String exposure;
		final Dimension dimension;
		final String base, hhBase;

		Role(final String exposure, final Dimension dimension, final String base, final String hhBase) {
			this.exposure = exposure;
			this.dimension = dimension;
			this.base = base;
			this.hhBase = hhBase;
		}
	}

	static final String SUPPORTED = "HHExpRate, HHSigmoidRate, HHExpLinearRate (rates), HHExpVariable, " +
		"HHSigmoidVariable, HHExpLinearVariable (steady states), fixedTimeCourse (time courses), or a ComponentType " +
		"of the document extending baseVoltageDepRate, baseVoltageDepVariable or baseVoltageDepTime";

	private static final Pattern CONDITION = Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\.(neq|eq)\\.\\s*0\\s*");

	private final Map<String, Element> componentTypes;

	/** @param componentTypes the document's ComponentTypes by name (includes too) */
	Functions(final Map<String, Element> componentTypes) {
		this.componentTypes = componentTypes;
	}

	/** The function an element gives, in Loligo's units (1/ms, dimensionless, ms). */
	VoltageFunction read(final Element e, final Role role) {
		final String type = Xml.required(e, "type");
		final String form = switch (type) {
			case "HHExpRate", "HHSigmoidRate", "HHExpLinearRate" -> role == Role.RATE ? type : null;
			case "HHExpVariable", "HHSigmoidVariable", "HHExpLinearVariable" -> role == Role.VARIABLE ? type : null;
			case "fixedTimeCourse" -> role == Role.TIME ? type : null;
			default -> "";
		};
		if (form == null) throw NeuroMLException.at(e, "type " + type + " cannot give a " + role.name()
			.toLowerCase() + " (" + role.exposure + "); supported: " + SUPPORTED);
		if (form.equals("fixedTimeCourse")) return new Constant(Units.read(e, "tau", Dimension.TIME));
		if (!form.isEmpty()) {
			final double rate = role == Role.RATE ? Units.read(e, "rate", Dimension.PER_TIME) : Units.read(e, "rate",
				Dimension.NONE);
			final double mid = Units.read(e, "midpoint", Dimension.VOLTAGE), scale = Units.read(e, "scale",
				Dimension.VOLTAGE);
			if (scale == 0) throw NeuroMLException.at(e, "scale must not be 0 mV");
			return switch (form.replace("Variable", "Rate")) {
				case "HHExpRate" -> new ExpRate(rate, mid, scale);
				case "HHSigmoidRate" -> new SigmoidRate(rate, mid, scale);
				default -> new ExpLinearRate(rate, mid, scale);
			};
		}
		final Element ct = componentTypes.get(type);
		if (ct == null) throw NeuroMLException.at(e, "unknown type " + type + "; supported: " + SUPPORTED);
		return custom(e, ct, role);
	}

	private VoltageFunction custom(final Element use, final Element ct, final Role role) {
		final String ext = ct.getAttribute("extends");
		if (!ext.equals(role.base) && !ext.equals(role.hhBase)) throw NeuroMLException.at(ct, "extends '" + ext +
			"', but " + NeuroMLException.where(use) + " needs a " + role.name().toLowerCase() + ": extend " + role.base +
			(ext.contains("Conc") ? " (channels that depend on concentrations are not supported)" : ""));
		final Map<String, Expr> names = new HashMap<>();
		for (final Element c : Xml.children(ct, "Constant")) {
			final Dimension dim = dimension(c);
			final double value = Units.parse(c, "value", Xml.required(c, "value"), dim);
			names.put(Xml.required(c, "name"), value == 1.0 && dim != Dimension.NONE ? new Expr.Unit() : new Expr.Num(
				value));
		}
		for (final Element p : Xml.children(ct, "Parameter")) {
			final String n = Xml.required(p, "name");
			if (!use.hasAttribute(n)) throw NeuroMLException.at(use, "ComponentType " + ct.getAttribute("name") +
				" has Parameter " + n + ": give it as an attribute");
			names.put(n, new Expr.Num(Units.parse(use, n, use.getAttribute(n), dimension(p))));
		}
		for (final Element r : Xml.children(ct, "Requirement"))
			if (!r.getAttribute("name").equals("v")) throw NeuroMLException.at(r, "requires " + r.getAttribute("name") +
				"; only v is supported (no concentrations, no temperature inside rates)");
		for (final String bad : List.of("Child", "Children", "Exposure", "InstanceRequirement"))
			if (!Xml.children(ct, bad).isEmpty()) throw NeuroMLException.at(Xml.children(ct, bad).get(0),
				"not supported in a rate's ComponentType; supported: Constant, Parameter, Requirement v, Dynamics");
		final Element dyn = Xml.child(ct, "Dynamics");
		if (dyn == null) throw NeuroMLException.at(ct, "has no Dynamics giving " + role.exposure);
		final Map<String, Element> derived = new HashMap<>();
		for (final Element d : Xml.children(dyn, null)) {
			final String tag = Xml.local(d);
			if (!tag.equals("DerivedVariable") && !tag.equals("ConditionalDerivedVariable")) throw NeuroMLException.at(d,
				"not supported in a rate's Dynamics; supported: DerivedVariable, ConditionalDerivedVariable");
			if (d.hasAttribute("select")) throw NeuroMLException.at(d, "select is not supported; give value");
			derived.put(Xml.required(d, "name"), d);
		}
		Element out = null;
		for (final Element d : derived.values())
			if (d.getAttribute("exposure").equals(role.exposure)) out = d;
		if (out == null) out = derived.get(role.exposure);
		if (out == null) throw NeuroMLException.at(dyn, "no DerivedVariable exposes " + role.exposure);
		final Expr value = resolve(out, names, derived, new HashSet<>());
		try {
			return LemsCompiler.compile(value);
		}
		catch (final IllegalArgumentException ex) {
			throw NeuroMLException.at(out, ex.getMessage());
		}
	}

	/** A DerivedVariable's expression with every name but v replaced by its value. */
	private Expr resolve(final Element d, final Map<String, Expr> names, final Map<String, Element> derived,
		final Set<String> visiting)
	{
		final String name = d.getAttribute("name");
		if (!visiting.add(name)) throw NeuroMLException.at(d, "refers to itself");
		final Expr raw;
		try {
			raw = Xml.local(d).equals("DerivedVariable") ? Expr.parse(Xml.required(d, "value")) : conditional(d);
		}
		catch (final IllegalArgumentException ex) {
			throw ex instanceof NeuroMLException ? ex : NeuroMLException.at(d, ex.getMessage());
		}
		final Expr e = substitute(d, raw, names, derived, visiting);
		visiting.remove(name);
		return e;
	}

	private Expr substitute(final Element d, final Expr e, final Map<String, Expr> names,
		final Map<String, Element> derived, final Set<String> visiting)
	{
		if (e instanceof Expr.Var v) {
			if (v.name().equals("v")) return v;
			if (names.containsKey(v.name())) return names.get(v.name());
			if (derived.containsKey(v.name())) return resolve(derived.get(v.name()), names, derived, visiting);
			throw NeuroMLException.at(d, "unknown name " + v.name() + " (not v, a Constant, a Parameter or a " +
				"DerivedVariable of this ComponentType)");
		}
		if (e instanceof Expr.Neg n) return new Expr.Neg(substitute(d, n.a(), names, derived, visiting));
		if (e instanceof Expr.Call c) return new Expr.Call(c.function(), substitute(d, c.arg(), names, derived,
			visiting));
		if (e instanceof Expr.Bin b) return new Expr.Bin(b.op(), substitute(d, b.a(), names, derived, visiting),
			substitute(d, b.b(), names, derived, visiting));
		return e;
	}

	/**
	 * The exp-linear form's ConditionalDerivedVariable: {@code x .neq. 0} gives E, {@code x .eq. 0} (or
	 * no condition) gives a number R; E is returned, checked to be {@code R * x / (1 - exp(0 - x))}
	 * after resolution by the compiler's form (whose value at x = 0 is R).
	 */
	private static Expr conditional(final Element d) {
		final List<Element> cases = Xml.children(d, "Case");
		String var = null;
		Expr nonZero = null, atZero = null;
		for (final Element c : cases) {
			final Matcher m = CONDITION.matcher(c.getAttribute("condition"));
			final Expr value = Expr.parse(Xml.required(c, "value"));
			if (!c.hasAttribute("condition") || m.matches() && m.group(2).equals("eq")) atZero = value;
			else if (m.matches()) {
				var = m.group(1);
				nonZero = value;
			}
		}
		if (cases.size() != 2 || nonZero == null || atZero == null) throw NeuroMLException.at(d, "only the exp-linear " +
			"form is supported: two Cases, 'x .neq. 0' and 'x .eq. 0' (as NeuroML2's HHExpLinearRate)");
		final Expr expected = new Expr.Bin('/', new Expr.Bin('*', atZero, new Expr.Var(var)), new Expr.Bin('-',
			new Expr.Num(1), new Expr.Call("exp", new Expr.Bin('-', new Expr.Num(0), new Expr.Var(var)))));
		if (!expected.equals(nonZero)) throw NeuroMLException.at(d, "only the exp-linear form is supported: the " +
			"'.neq. 0' case must be 'R * " + var + " / (1 - exp(0 - " + var + "))' with R the '.eq. 0' case's value");
		return nonZero;
	}

	private static Dimension dimension(final Element c) {
		final String d = Xml.required(c, "dimension");
		return switch (d) {
			case "voltage" -> Dimension.VOLTAGE;
			case "time" -> Dimension.TIME;
			case "per_time" -> Dimension.PER_TIME;
			case "none" -> Dimension.NONE;
			default -> throw NeuroMLException.at(c, "dimension " + d + " is not supported in rates; supported: voltage, " +
				"time, per_time, none");
		};
	}
}
