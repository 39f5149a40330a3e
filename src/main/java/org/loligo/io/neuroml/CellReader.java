package org.loligo.io.neuroml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.loligo.engine.model.Channel;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Q10;
import org.loligo.io.neuroml.Units.Dimension;
import org.w3c.dom.Element;

/**
 * A single-compartment {@code cell} as a {@link NeuronModel}: its {@code channelDensity}s
 * ({@code condDensity}, {@code erev}), {@code specificCapacitance}, {@code initMembPotential},
 * {@code spikeThresh}, and the area of its one segment (a sphere when proximal and distal points and
 * diameters coincide, as in NeuroML2's examples; else the segment's lateral surface).
 */
final class CellReader {

	private static final Set<String> MEMBRANE = Set.of("channelDensity", "specificCapacitance",
		"initMembPotential", "spikeThresh", "notes", "annotation");

	private final NeuroMLReader.Index index;
	private final ChannelReader channels;

	CellReader(final NeuroMLReader.Index index) {
		this.index = index;
		this.channels = new ChannelReader(new Functions(index.componentTypes()));
	}

	NeuroMLModel read(final Element cell, final double networkTemperature, final String source,
		final String sha256)
	{
		final String id = Xml.required(cell, "id");
		final double area = area(part(cell, "morphology", index.morphologies()));
		final Element bio = part(cell, "biophysicalProperties", index.biophysics());
		final Element mem = Xml.child(bio, "membraneProperties");
		if (mem == null) throw NeuroMLException.at(bio, "missing <membraneProperties>");
		final Element intra = Xml.child(bio, "intracellularProperties");
		if (intra != null && !Xml.children(intra, "species").isEmpty()) throw NeuroMLException.at(Xml.children(intra,
			"species").get(0), "ion concentrations are not supported (channels with fixed erev only)");
		for (final Element c : Xml.children(mem, null))
			if (!MEMBRANE.contains(Xml.local(c))) throw NeuroMLException.at(c, "not supported in membraneProperties " +
				"of a single-compartment cell; supported: " + String.join(", ", new java.util.TreeSet<>(MEMBRANE)) +
				" (no Nernst, GHK, non-uniform or shifted densities, no channelPopulation)");
		final double cm = single(mem, "specificCapacitance", Dimension.SPECIFIC_CAPACITANCE, Double.NaN);
		if (!(cm > 0)) throw NeuroMLException.at(mem, "needs a specificCapacitance > 0");
		final double vInit = single(mem, "initMembPotential", Dimension.VOLTAGE, Double.NaN);
		if (Double.isNaN(vInit)) throw NeuroMLException.at(mem, "missing <initMembPotential>");
		final double thresh = single(mem, "spikeThresh", Dimension.VOLTAGE, Double.NaN);
		final List<Channel> cs = new ArrayList<>();
		final Set<String> taken = new HashSet<>();
		final Map<String, Q10.Rule> rules = new LinkedHashMap<>();
		final Set<String> channelNames = new HashSet<>();
		for (final Element d : Xml.children(mem, "channelDensity")) {
			final String ref = Xml.required(d, "ionChannel");
			final Element ch = index.channels().get(ref);
			if (ch == null) throw NeuroMLException.at(d, "ionChannel " + ref + " is not defined in this file or the " +
				"files it includes");
			final double g = d.hasAttribute("condDensity") ? Units.read(d, "condDensity", Dimension.CONDUCTANCE_DENSITY)
				: fail(d, "missing attribute condDensity");
			if (!(g >= 0)) throw NeuroMLException.at(d, "condDensity must be >= 0");
			final double erev = Units.read(d, "erev", Dimension.VOLTAGE);
			String name = ref.matches("[A-Za-z][A-Za-z0-9_]*") && !channelNames.contains(ref) ? ref : Xml.required(d, "id");
			if (!channelNames.add(name)) throw NeuroMLException.at(d, "a second channel named " + name);
			cs.add(new Channel(name, g, erev, channels.gates(ch, name, taken, rules)));
		}
		if (cs.isEmpty()) throw NeuroMLException.at(mem, "has no channelDensity");
		NeuronModel m = new NeuronModel(id, cm, vInit, cs, source);
		if (!rules.isEmpty()) {
			final Set<Double> temps = new HashSet<>();
			rules.values().forEach(r -> temps.add(r.experimentalTemp()));
			final double own = !Double.isNaN(networkTemperature) ? networkTemperature : temps.size() == 1 ? temps
				.iterator().next() : Double.NaN;
			m = new NeuronModel(id, cm, vInit, cs, source, new Q10(Double.NaN, rules));
			if (!Double.isNaN(own)) m = m.atTemperature(own);
		}
		return new NeuroMLModel(m, area, thresh, source, sha256, id);
	}

	private static double fail(final Element e, final String message) {
		throw NeuroMLException.at(e, message);
	}

	/** A cell's morphology or biophysicalProperties: a child, or an attribute naming a top-level one. */
	private static Element part(final Element cell, final String name, final Map<String, Element> byId) {
		final Element c = Xml.child(cell, name);
		if (c != null) return c;
		if (cell.hasAttribute(name)) {
			final Element e = byId.get(cell.getAttribute(name));
			if (e == null) throw NeuroMLException.at(cell, name + " " + cell.getAttribute(name) + " is not defined");
			return e;
		}
		throw NeuroMLException.at(cell, "missing <" + name + ">");
	}

	/** The value of the one element {@code name} in membraneProperties, or {@code absent}. */
	private static double single(final Element mem, final String name, final Dimension d, final double absent) {
		final Element e = Xml.child(mem, name);
		return e == null ? absent : Units.read(e, "value", d);
	}

	/** The area of the morphology's one segment, µm². */
	private static double area(final Element morph) {
		final List<Element> segs = Xml.children(morph, "segment");
		if (segs.size() != 1) throw NeuroMLException.at(segs.size() > 1 ? segs.get(1) : morph, "multi-compartment " +
			"cells are not supported: the morphology has " + segs.size() + " segments; Loligo simulates " +
			"single-compartment cells (one segment)");
		final Element s = segs.get(0), p = Xml.child(s, "proximal"), q = Xml.child(s, "distal");
		if (p == null || q == null) throw NeuroMLException.at(s, "needs <proximal> and <distal>");
		final double r1 = Units.read(p, "diameter", Dimension.LENGTH) / 2, r2 = Units.read(q, "diameter",
			Dimension.LENGTH) / 2;
		final double dx = Units.read(q, "x", Dimension.LENGTH) - Units.read(p, "x", Dimension.LENGTH);
		final double dy = Units.read(q, "y", Dimension.LENGTH) - Units.read(p, "y", Dimension.LENGTH);
		final double dz = Units.read(q, "z", Dimension.LENGTH) - Units.read(p, "z", Dimension.LENGTH);
		final double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
		if (len == 0) return 4 * Math.PI * r1 * r1;
		return Math.PI * (r1 + r2) * Math.sqrt((r1 - r2) * (r1 - r2) + len * len);
	}
}
