package org.loligo.io.neuroml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.loligo.engine.model.Models;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every exported preset has the structure NeuroML2 v2.3 requires ({@code NeuroML_v2.3.xsd} of the
 * NeuroML2 repository, transcribed below for the elements Loligo writes): only elements the schema
 * defines, in its sequences' order, with only its attributes, the required ones present, every
 * quantity in the pattern and units of its {@code Nml2Quantity_*} type, ids as {@code NmlId}, one
 * gate element kind per channel (the schema's {@code xs:choice}), and every rate type either a
 * standard NeuroML2 type or a ComponentType of the document extending the right base.
 */
class NeuroMLSchemaTest {

	private static String q(final String units) {
		return "-?([0-9]*(\\.[0-9]+)?)([eE]-?[0-9]+)?[\\s]*(" + units + ")";
	}

	private static final String ID = "[a-zA-Z_][a-zA-Z0-9_]*", NONE = "-?([0-9]*(\\.[0-9]+)?)([eE]-?[0-9]+)?",
		DOUBLE = "-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?", ANY = "(?s).*", QUANTITY = q("[_a-zA-Z0-9]*"),
		VOLTAGE = q("V|mV"), TEMPERATURE = q("degC");

	/** attributes (name → pattern), required attributes, children in sequence order (null: text only). */
	private record Spec(Map<String, String> attributes, Set<String> required, List<String> children) {}

	private static final Map<String, Spec> SCHEMA = Map.ofEntries(
		Map.entry("neuroml", new Spec(Map.of("id", ID, "xmlns", ANY, "xmlns:xsi", ANY, "xsi:schemaLocation", ANY),
			Set.of("id"), List.of("notes", "include", "morphology", "ionChannel", "ionChannelHH", "cell", "network",
				"ComponentType"))),
		Map.entry("notes", new Spec(Map.of(), Set.of(), null)),
		Map.entry("ionChannel", new Spec(Map.of("id", ID, "species", ID, "type", "ionChannelPassive|ionChannelHH",
			"conductance", q("S|mS|uS|nS|pS")), Set.of("id"), List.of("notes", "gate", "gateHHrates", "gateHHtauInf",
				"gateHHInstantaneous"))),
		Map.entry("gateHHrates", new Spec(Map.of("id", ID, "instances", "[1-9][0-9]*"), Set.of("id", "instances"),
			List.of("notes", "q10Settings", "forwardRate", "reverseRate"))),
		Map.entry("gateHHtauInf", new Spec(Map.of("id", ID, "instances", "[1-9][0-9]*"), Set.of("id", "instances"),
			List.of("notes", "q10Settings", "timeCourse", "steadyState"))),
		Map.entry("gateHHInstantaneous", new Spec(Map.of("id", ID, "instances", "[1-9][0-9]*"), Set.of("id",
			"instances"), List.of("notes", "steadyState"))),
		Map.entry("gate", new Spec(Map.of("id", ID, "instances", "[1-9][0-9]*", "type",
			"gateHHrates|gateHHratesTau|gateHHtauInf|gateHHratesInf|gateHHratesTauInf|gateHHInstantaneous"), Set.of("id",
				"instances", "type"), List.of("notes", "q10Settings", "forwardRate", "reverseRate", "timeCourse",
					"steadyState"))),
		Map.entry("q10Settings", new Spec(Map.of("type", ID, "fixedQ10", NONE, "q10Factor", NONE, "experimentalTemp",
			TEMPERATURE), Set.of("type"), List.of())),
		Map.entry("forwardRate", rate()), Map.entry("reverseRate", rate()),
		Map.entry("steadyState", new Spec(Map.of("type", ID, "rate", DOUBLE, "midpoint", VOLTAGE, "scale", VOLTAGE),
			Set.of("type"), List.of())),
		Map.entry("timeCourse", new Spec(Map.of("type", ID, "tau", q("s|ms"), "midpoint", VOLTAGE, "scale", VOLTAGE),
			Set.of("type"), List.of())),
		Map.entry("cell", new Spec(Map.of("id", ID), Set.of("id"), List.of("notes", "morphology",
			"biophysicalProperties"))),
		Map.entry("morphology", new Spec(Map.of("id", ID), Set.of("id"), List.of("segment"))),
		Map.entry("segment", new Spec(Map.of("id", "[0-9]+", "name", ANY), Set.of("id"), List.of("proximal",
			"distal"))),
		Map.entry("proximal", point()), Map.entry("distal", point()),
		Map.entry("biophysicalProperties", new Spec(Map.of("id", ID), Set.of("id"), List.of("membraneProperties"))),
		Map.entry("membraneProperties", new Spec(Map.of(), Set.of(), List.of("channelDensity", "spikeThresh",
			"specificCapacitance", "initMembPotential"))),
		Map.entry("channelDensity", new Spec(Map.of("id", ID, "ionChannel", ID, "condDensity", q(
			"S_per_m2|mS_per_cm2|S_per_cm2"), "erev", VOLTAGE, "ion", ID), Set.of("id", "ionChannel", "erev", "ion"),
			List.of())),
		Map.entry("spikeThresh", new Spec(Map.of("value", VOLTAGE), Set.of("value"), List.of())),
		Map.entry("specificCapacitance", new Spec(Map.of("value", q("F_per_m2|uF_per_cm2")), Set.of("value"),
			List.of())),
		Map.entry("initMembPotential", new Spec(Map.of("value", VOLTAGE), Set.of("value"), List.of())),
		Map.entry("network", new Spec(Map.of("id", ID, "type", "network|networkWithTemperature", "temperature",
			TEMPERATURE), Set.of("id"), List.of("population"))),
		Map.entry("population", new Spec(Map.of("id", ID, "component", ID, "size", "[0-9]+"), Set.of("id",
			"component"), List.of())),
		Map.entry("ComponentType", new Spec(Map.of("name", ANY, "extends", ANY, "description", ANY), Set.of("name"),
			List.of("Constant", "Dynamics"))),
		Map.entry("Constant", new Spec(Map.of("name", ANY, "dimension", ANY, "value", QUANTITY), Set.of("name",
			"dimension", "value"), List.of())),
		Map.entry("Dynamics", new Spec(Map.of(), Set.of(), List.of("DerivedVariable", "ConditionalDerivedVariable"))),
		Map.entry("DerivedVariable", new Spec(Map.of("name", ANY, "dimension", ANY, "exposure", ANY, "value", ANY),
			Set.of("name", "dimension"), List.of())),
		Map.entry("ConditionalDerivedVariable", new Spec(Map.of("name", ANY, "dimension", ANY, "exposure", ANY),
			Set.of("name", "dimension"), List.of("Case"))),
		Map.entry("Case", new Spec(Map.of("condition", ANY, "value", ANY), Set.of("value"), List.of())));

	private static Spec rate() {
		return new Spec(Map.of("type", ID, "rate", q("per_s|per_ms|Hz"), "midpoint", VOLTAGE, "scale", VOLTAGE), Set.of(
			"type"), List.of());
	}

	private static Spec point() {
		return new Spec(Map.of("x", DOUBLE, "y", DOUBLE, "z", DOUBLE, "diameter", DOUBLE), Set.of("x", "y", "z",
			"diameter"), List.of());
	}

	/** NeuroML2 v2.3's standard rate, variable and time-course types, and the bases a ComponentType extends. */
	private static final Map<String, String> STANDARD = Map.of("HHExpRate", "forwardRate reverseRate",
		"HHSigmoidRate", "forwardRate reverseRate", "HHExpLinearRate", "forwardRate reverseRate", "HHExpVariable",
		"steadyState", "HHSigmoidVariable", "steadyState", "HHExpLinearVariable", "steadyState", "fixedTimeCourse",
		"timeCourse");
	private static final Map<String, String> BASE = Map.of("forwardRate", "baseVoltageDepRate", "reverseRate",
		"baseVoltageDepRate", "steadyState", "baseVoltageDepVariable", "timeCourse", "baseVoltageDepTime");

	@Test
	void everyExportedPresetHasTheSchemasStructure() throws Exception {
		for (final String name : Models.names())
			checkDocument(NeuroMLWriter.write(Models.byName(name), 1000, 0, "schema test"), name);
	}

	@Test
	void theCheckRefusesWhatTheSchemaDoesNot() throws Exception {
		final String hh = NeuroMLWriter.write(Models.HH1952, 1000, 0, "schema test");
		final String wb = NeuroMLWriter.write(Models.WANG_BUZSAKI, 1000, 0, "schema test");
		for (final String bad : List.of(hh.replace("erev=\"50.0mV\"", "erev=\"50.0millivolt\""), hh.replace(
			"<spikeThresh value=\"0.0mV\"/>", "<spikeThresh value=\"0.0mV\" color=\"red\"/>"), hh.replace("<notes>",
				"<comment/><notes>"), wb.replace("<gate id=\"m\" type=\"gateHHInstantaneous\"", "<gateHHInstantaneous id=\"m\"")
					.replaceFirst("</gate>", "</gateHHInstantaneous>"), hh.replace("type=\"HHExpRate\"",
						"type=\"HHExpVariable\"")))
		{
			assertTrue(!bad.equals(hh) && !bad.equals(wb), "the mutation applies");
			org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class, () -> checkDocument(
				bad, "mutated"));
		}
	}

	private static void checkDocument(final String text, final String name) throws Exception {
		final DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		final Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(
			StandardCharsets.UTF_8))).getDocumentElement();
		final Set<String> types = new HashSet<>();
		for (final Element ct : children(root))
			if (ct.getTagName().equals("ComponentType")) types.add(ct.getAttribute("name"));
		check(root, name, types, root);
	}

	private static void check(final Element e, final String model, final Set<String> types, final Element root) {
		final String where = model + ": <" + e.getTagName() + " " + e.getAttribute("id") + e.getAttribute("name") + ">";
		final Spec s = SCHEMA.get(e.getTagName());
		if (s == null) fail(where + " is not an element the schema allows here");
		final NamedNodeMap atts = e.getAttributes();
		for (int i = 0; i < atts.getLength(); i++) {
			final Attr a = (Attr) atts.item(i);
			final String pattern = s.attributes().get(a.getName());
			if (pattern == null) fail(where + ": attribute " + a.getName() + " is not in the schema");
			assertTrue(a.getValue().matches(pattern), where + ": " + a.getName() + "=\"" + a.getValue() + "\" not " +
				pattern);
		}
		for (final String r : s.required())
			assertTrue(e.hasAttribute(r), where + " lacks the required " + r);
		final List<Element> cs = children(e);
		if (s.children() == null) {
			assertTrue(cs.isEmpty(), where + " holds text only");
			return;
		}
		int last = -1;
		final Set<String> gateKinds = new HashSet<>();
		for (final Element c : cs) {
			final int at = s.children().indexOf(c.getTagName());
			assertTrue(at >= 0, where + ": <" + c.getTagName() + "> is not a child the schema allows");
			assertTrue(at >= last, where + ": <" + c.getTagName() + "> out of the schema's order");
			last = at;
			if (c.getTagName().startsWith("gate")) gateKinds.add(c.getTagName());
			check(c, model, types, root);
		}
		assertTrue(gateKinds.size() <= 1, where + ": one gate element kind per channel, got " + gateKinds);
		if (BASE.containsKey(e.getTagName())) {
			final String type = e.getAttribute("type");
			if (STANDARD.containsKey(type)) assertTrue(STANDARD.get(type).contains(e.getTagName()), where + " " + type);
			else {
				assertTrue(types.contains(type), where + ": type " + type + " is neither standard nor defined");
				for (final Element ct : children(root))
					if (ct.getTagName().equals("ComponentType") && ct.getAttribute("name").equals(type)) assertEquals(BASE
						.get(e.getTagName()), ct.getAttribute("extends"), where);
			}
		}
	}

	private static List<Element> children(final Element e) {
		final List<Element> out = new ArrayList<>();
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
			if (n instanceof Element c) out.add(c);
		return out;
	}
}
