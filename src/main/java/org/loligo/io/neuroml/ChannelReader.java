package org.loligo.io.neuroml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.loligo.engine.model.Gate;
import org.loligo.engine.model.Q10;
import org.loligo.engine.model.VoltageFunction;
import org.loligo.engine.model.VoltageFunction.Constant;
import org.loligo.engine.model.VoltageFunction.Quotient;
import org.loligo.engine.model.VoltageFunction.Sum;
import org.loligo.io.neuroml.Functions.Role;
import org.loligo.io.neuroml.LemsFunctions.Shifted;
import org.loligo.io.neuroml.Units.Dimension;
import org.w3c.dom.Element;

/**
 * An {@code ionChannel}'s gates (NeuroML2 v2.3 {@code Channels.xml}): {@code gateHHrates},
 * {@code gateHHtauInf}, {@code gateHHratesInf}, {@code gateHHratesTau}, {@code gateHHInstantaneous}
 * (also as {@code <gate type="…">}), each with {@code instances} and an optional {@code q10Settings}
 * ({@code q10Fixed}: the rates' factor φ; {@code q10ExpTemp}: a Q10 rule). NeuroML2's
 * {@code gateHHratesInf} has τ = 1/((α+β)·φ) and x∞ from its steady state; {@code gateHHratesTau} has
 * x∞ = α/(α+β) and τ from its time course: both are Loligo's x∞/τ gates.
 */
final class ChannelReader {

	static final Set<String> GATES = Set.of("gateHHrates", "gateHHtauInf", "gateHHratesInf", "gateHHratesTau",
		"gateHHInstantaneous");
	private static final Set<String> GATE_CHILDREN = Set.of("notes", "annotation", "q10Settings", "forwardRate",
		"reverseRate", "steadyState", "timeCourse");

	private final Functions functions;

	ChannelReader(final Functions functions) {
		this.functions = functions;
	}

	/** Whether an ionChannel element is passive (no gates). */
	static boolean passive(final Element ch) {
		return ch.getAttribute("type").equals("ionChannelPassive") || Xml.local(ch).equals("ionChannelPassive");
	}

	/**
	 * The gates of an ionChannel, named {@code id} or, when a gate of that name is taken,
	 * {@code channel_id}; Q10 rules go into {@code rules}.
	 */
	List<Gate> gates(final Element ch, final String channel, final Set<String> taken,
		final Map<String, Q10.Rule> rules)
	{
		final String type = ch.getAttribute("type");
		if (!type.isEmpty() && !type.equals("ionChannelHH") && !type.equals("ionChannelPassive")) throw NeuroMLException
			.at(ch, "channel type " + type + " is not supported; supported: ionChannelHH, ionChannelPassive");
		final List<Gate> out = new ArrayList<>();
		for (final Element g : Xml.children(ch, null)) {
			final String tag = Xml.local(g);
			if (tag.equals("notes") || tag.equals("annotation")) continue;
			if (passive(ch)) throw NeuroMLException.at(g, "a passive channel has no gates");
			final String kind = tag.equals("gate") ? Xml.required(g, "type") : tag;
			if (!GATES.contains(kind)) throw NeuroMLException.at(g, (tag.equals("gate") ? "gate type " : "element ") +
				kind + " is not supported in a channel; supported: " + String.join(", ", new java.util.TreeSet<>(GATES)) +
				" (q10ConductanceScaling, kinetic schemes and fractional gates are not)");
			String name = Xml.required(g, "id");
			if (taken.contains(name) || !name.matches("[A-Za-z][A-Za-z0-9_]*")) name = channel + "_" + name;
			taken.add(name);
			out.add(gate(g, kind, name, rules));
		}
		if (!passive(ch) && out.isEmpty()) throw NeuroMLException.at(ch, "has no gates; a leak is " +
			"type=\"ionChannelPassive\"");
		return out;
	}

	private Gate gate(final Element g, final String kind, final String name, final Map<String, Q10.Rule> rules) {
		for (final Element c : Xml.children(g, null))
			if (!GATE_CHILDREN.contains(Xml.local(c))) throw NeuroMLException.at(c, "not supported in a gate; " +
				"supported: " + String.join(", ", new java.util.TreeSet<>(GATE_CHILDREN)));
		final double instances = Units.read(g, "instances", Dimension.NONE);
		if (instances != Math.rint(instances) || instances < 1 || instances > 8) throw NeuroMLException.at(g,
			"instances must be a whole number from 1 to 8, got " + g.getAttribute("instances"));
		final int power = (int) instances;
		Gate gate = switch (kind) {
			case "gateHHrates" -> Gate.rates(name, power, fn(g, "forwardRate", Role.RATE), fn(g, "reverseRate",
				Role.RATE));
			case "gateHHtauInf" -> Gate.tauInf(name, power, fn(g, "steadyState", Role.VARIABLE), fn(g, "timeCourse",
				Role.TIME));
			case "gateHHratesInf" -> Gate.tauInf(name, power, fn(g, "steadyState", Role.VARIABLE), new Quotient(
				new Constant(1.0), new Sum(fn(g, "forwardRate", Role.RATE), fn(g, "reverseRate", Role.RATE))));
			case "gateHHratesTau" -> Gate.tauInf(name, power, VoltageFunction.steadyState(fn(g, "forwardRate",
				Role.RATE), fn(g, "reverseRate", Role.RATE)), fn(g, "timeCourse", Role.TIME));
			default -> Gate.instantaneous(name, power, fn(g, "steadyState", Role.VARIABLE));
		};
		gate = liftShift(gate);
		final Element q = Xml.child(g, "q10Settings");
		if (q == null) return gate;
		if (kind.equals("gateHHInstantaneous")) throw NeuroMLException.at(q, "an instantaneous gate has no rates " +
			"to scale");
		final String type = Xml.required(q, "type");
		if (type.equals("q10Fixed")) return gate.withPhi(positive(q, "fixedQ10"));
		if (!type.equals("q10ExpTemp")) throw NeuroMLException.at(q, "q10Settings type " + type + " is not " +
			"supported; supported: q10Fixed, q10ExpTemp");
		rules.put(name, new Q10.Rule(positive(q, "q10Factor"), Units.read(q, "experimentalTemp",
			Dimension.TEMPERATURE)));
		return gate;
	}

	private static double positive(final Element q, final String attribute) {
		final double v = Units.read(q, attribute, Dimension.NONE);
		if (!(v > 0) || !Double.isFinite(v)) throw NeuroMLException.at(q, attribute + " must be > 0, got " + v);
		return v;
	}

	private VoltageFunction fn(final Element g, final String child, final Role role) {
		final Element c = Xml.child(g, child);
		if (c == null) throw NeuroMLException.at(g, "missing <" + child + ">");
		return functions.read(c, role);
	}

	/** A gate whose functions are all shifted by the same voltage, as a shifted gate (Traub–Miles' VT). */
	private static Gate liftShift(final Gate g) {
		if (!(g.first() instanceof Shifted a)) return g;
		if (g.second() != null && !(g.second() instanceof Shifted b && b.shift() == a.shift())) return g;
		final VoltageFunction second = g.second() == null ? null : ((Shifted) g.second()).f();
		return new Gate(g.name(), g.power(), g.kind(), a.f(), second, a.shift(), g.phi());
	}
}
