package org.loligo.io.neuroml;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files outside the supported subset are refused before any run, each with the file, the line and the
 * element named and what is supported.
 */
class NeuroMLRefusalTest {

	@TempDir
	Path dir;

	private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" +
		"<neuroml xmlns=\"http://www.neuroml.org/schema/neuroml2\" id=\"t\">\n";

	private static final String CHANNELS = """
		  <ionChannel id="passive" type="ionChannelPassive"/>
		  <ionChannelHH id="k" species="k">
		    <gateHHrates id="n" instances="4">
		      <forwardRate type="HHExpLinearRate" rate="0.1per_ms" midpoint="-55mV" scale="10mV"/>
		      <reverseRate type="HHExpRate" rate="0.125per_ms" midpoint="-65mV" scale="-80mV"/>
		    </gateHHrates>
		  </ionChannelHH>
		""";

	private static String cell(final String id, final String densities) {
		return "  <cell id=\"" + id + "\">\n" +
			"    <morphology id=\"m_" + id + "\"><segment id=\"0\"><proximal x=\"0\" y=\"0\" z=\"0\" diameter=\"10\"/>" +
			"<distal x=\"0\" y=\"0\" z=\"0\" diameter=\"10\"/></segment></morphology>\n" +
			"    <biophysicalProperties id=\"b_" + id + "\"><membraneProperties>\n" + densities +
			"      <specificCapacitance value=\"1uF_per_cm2\"/><initMembPotential value=\"-65mV\"/>\n" +
			"    </membraneProperties></biophysicalProperties>\n  </cell>\n";
	}

	private static final String DENSITIES =
		"      <channelDensity id=\"l\" ionChannel=\"passive\" condDensity=\"3 S_per_m2\" erev=\"-54mV\" ion=\"x\"/>\n" +
			"      <channelDensity id=\"kd\" ionChannel=\"k\" condDensity=\"36 mS_per_cm2\" erev=\"-77mV\" ion=\"k\"/>\n";

	/** Reads text as a file and returns the refusal's message, checking it names file and line. */
	private String refusal(final String text, final String cell) throws Exception {
		final Path f = dir.resolve("bad.nml");
		Files.writeString(f, text);
		final NeuroMLException e = assertThrows(NeuroMLException.class, () -> NeuroMLReader.read(f, cell));
		assertTrue(e.getMessage().contains(f.toString()), "names the file: " + e.getMessage());
		assertTrue(e.getMessage().matches("(?s).*line \\d+.*"), "names the line: " + e.getMessage());
		return e.getMessage();
	}

	private static void contains(final String message, final String... parts) {
		for (final String p : parts)
			assertTrue(message.contains(p), "'" + p + "' in: " + message);
	}

	@Test
	void aWellFormedFileReads() throws Exception {
		final Path f = dir.resolve("good.nml");
		Files.writeString(f, HEAD + CHANNELS + cell("c", DENSITIES) + "</neuroml>\n");
		NeuroMLReader.read(f, null);
	}

	@Test
	void badXml() throws Exception {
		contains(refusal(HEAD + CHANNELS + "  <cell id=\"c\">\n</neuroml>\n", null), "line 11", "not well-formed XML");
	}

	@Test
	void unknownRateType() throws Exception {
		contains(refusal(HEAD + CHANNELS.replace("HHExpRate", "HHCubicRate") + cell("c", DENSITIES) + "</neuroml>\n",
			null), "line 7", "<reverseRate type=\"HHCubicRate\">", "unknown type HHCubicRate", "supported: HHExpRate");
	}

	@Test
	void missingErev() throws Exception {
		contains(refusal(HEAD + CHANNELS + cell("c", DENSITIES.replace("erev=\"-77mV\"", "")) + "</neuroml>\n", null),
			"<channelDensity id=\"kd\">", "missing attribute erev");
	}

	@Test
	void unknownUnit() throws Exception {
		contains(refusal(HEAD + CHANNELS.replace("0.1per_ms", "0.1per_fortnight") + cell("c", DENSITIES) +
			"</neuroml>\n", null), "line 6", "<forwardRate type=\"HHExpLinearRate\">", "unknown unit 'per_fortnight'",
			"supported: Hz, per_ms, per_s");
	}

	@Test
	void channelReferencedButNotDefined() throws Exception {
		contains(refusal(HEAD + CHANNELS + cell("c", DENSITIES.replace("ionChannel=\"k\"", "ionChannel=\"kdr\"")) +
			"</neuroml>\n", null), "<channelDensity id=\"kd\">", "ionChannel kdr is not defined");
	}

	@Test
	void twoCellsWithoutCell() throws Exception {
		contains(refusal(HEAD + CHANNELS + cell("a", DENSITIES) + cell("b", DENSITIES) + "</neuroml>\n", null),
			"<cell id=\"b\">", "2 cells (a, b)", "cell=");
	}

	@Test
	void multiCompartmentCell() throws Exception {
		final String two = cell("c", DENSITIES).replace("</segment></morphology>", "</segment><segment id=\"1\">" +
			"<parent segment=\"0\"/><distal x=\"0\" y=\"20\" z=\"0\" diameter=\"2\"/></segment></morphology>");
		contains(refusal(HEAD + CHANNELS + two + "</neuroml>\n", null), "<segment id=\"1\">", "multi-compartment");
	}

	@Test
	void concentrationDependentRate() throws Exception {
		final String conc = """
			  <ComponentType name="caRate" extends="baseVoltageConcDepRate">
			    <Dynamics><DerivedVariable name="r" dimension="per_time" exposure="r" value="caConc"/></Dynamics>
			  </ComponentType>
			""";
		contains(refusal(HEAD + CHANNELS.replace("HHExpRate", "caRate") + cell("c", DENSITIES) + conc +
			"</neuroml>\n", null), "<ComponentType name=\"caRate\">", "concentrations are not supported");
	}

	@Test
	void unknownGateKind() throws Exception {
		contains(refusal(HEAD + CHANNELS.replace("gateHHrates", "gateKS") + cell("c", DENSITIES) + "</neuroml>\n",
			null), "line 5", "<gateKS id=\"n\">", "supported: gateHHInstantaneous");
	}
}
