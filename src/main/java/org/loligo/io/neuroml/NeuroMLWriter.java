package org.loligo.io.neuroml;

import java.util.LinkedHashSet;
import java.util.Set;

import org.loligo.engine.model.Channel;
import org.loligo.engine.model.Gate;
import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.model.Q10;
import org.loligo.engine.model.VoltageFunction;
import org.loligo.engine.model.VoltageFunction.Constant;
import org.loligo.engine.model.VoltageFunction.ExpLinearRate;
import org.loligo.engine.model.VoltageFunction.ExpRate;
import org.loligo.engine.model.VoltageFunction.SigmoidRate;
import org.loligo.io.neuroml.Functions.Role;
import org.loligo.io.neuroml.Units.Dimension;

/**
 * A {@link NeuronModel} as a NeuroML2 v2.3 document ({@code NeuroML_v2.3.xsd}): one {@code ionChannel}
 * per channel, a single-compartment {@code cell} (a spherical soma of the given area, its
 * {@code channelDensity}s, {@code spikeThresh}, {@code specificCapacitance}, {@code initMembPotential}),
 * a {@code networkWithTemperature} when the model has a Q10, and a {@code ComponentType} for every
 * function that NeuroML2's standard forms cannot hold ({@link LemsWriter}).
 * <p>
 * Elements come in the order the schema's sequences ask for; a channel whose gates are of different
 * kinds (Wang–Buzsáki's instantaneous m with a rate-based h) writes them all as
 * {@code <gate type="…">}, since the schema lets a channel repeat one gate element only. Gate rates
 * with φ ≠ 1 and no Q10 rule get {@code q10Fixed}; Q10 rules {@code q10ExpTemp}. Every number is written
 * in Loligo's own units ({@code mV}, {@code per_ms}, {@code ms}, {@code mS_per_cm2},
 * {@code uF_per_cm2}) as the shortest text that reads back to the same double.
 */
public final class NeuroMLWriter {

	/** The schema version the files follow. */
	public static final String SCHEMA = "https://raw.githubusercontent.com/NeuroML/NeuroML2/master/Schemas/" +
		"NeuroML2/NeuroML_v2.3.xsd";

	private NeuroMLWriter() {}

	/**
	 * The document's text.
	 *
	 * @param areaUm2 the soma's area, µm² (the model is per area; the area sets the sphere's diameter)
	 * @param threshold the spike threshold to record, mV
	 * @param notes   a line on where the model comes from
	 * @throws IllegalArgumentException naming the function when one has no NeuroML2 form
	 */
	public static String write(final NeuronModel m, final double areaUm2, final double threshold,
		final String notes)
	{
		if (!(areaUm2 > 0) || !Double.isFinite(areaUm2)) throw new IllegalArgumentException("area must be > 0 µm², " +
			"got " + areaUm2);
		final String id = id(m.name());
		final StringBuilder sb = new StringBuilder();
		final StringBuilder types = new StringBuilder();
		sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		sb.append("<neuroml xmlns=\"http://www.neuroml.org/schema/neuroml2\" ")
			.append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n    ")
			.append("xsi:schemaLocation=\"http://www.neuroml.org/schema/neuroml2 ").append(SCHEMA).append("\" id=\"")
			.append(id).append("\">\n");
		sb.append("    <notes>").append(escape(notes)).append("</notes>\n");
		for (final Channel c : m.channels())
			channel(sb, types, m, id, c);
		cell(sb, m, id, areaUm2, threshold);
		if (m.q10() != null && Double.isFinite(m.temperature())) sb.append("    <network id=\"").append(id).append(
			"_network\" type=\"networkWithTemperature\" temperature=\"").append(Units.format(m.temperature(),
				Dimension.TEMPERATURE)).append("\">\n        <population id=\"").append(id).append(
					"_population\" component=\"").append(id).append("\" size=\"1\"/>\n    </network>\n");
		sb.append(types).append("</neuroml>\n");
		return sb.toString();
	}

	/** Writes the document to {@code file} atomically (see {@link #write}). */
	public static void writeFile(final java.nio.file.Path file, final NeuronModel m, final double areaUm2,
		final double threshold, final String notes) throws java.io.IOException
	{
		final String text = write(m, areaUm2, threshold, notes);
		if (file.getParent() != null) java.nio.file.Files.createDirectories(file.getParent());
		org.loligo.io.AtomicFiles.writeString(file, text);
	}

	private static void channel(final StringBuilder sb, final StringBuilder types, final NeuronModel m,
		final String id, final Channel c)
	{
		if (c.isPassive()) {
			sb.append("    <ionChannel id=\"").append(c.name()).append("\" type=\"ionChannelPassive\"/>\n");
			return;
		}
		sb.append("    <ionChannel id=\"").append(c.name()).append("\" type=\"ionChannelHH\" species=\"").append(
			species(c.name())).append("\">\n");
		final Set<Gate.Kind> kinds = new LinkedHashSet<>();
		c.gates().forEach(g -> kinds.add(g.kind()));
		for (final Gate g : c.gates()) {
			final String element = kinds.size() > 1 ? "gate" : element(g.kind());
			sb.append("        <").append(element).append(" id=\"").append(g.name()).append("\"");
			if (kinds.size() > 1) sb.append(" type=\"").append(element(g.kind())).append("\"");
			sb.append(" instances=\"").append(g.power()).append("\">\n");
			final Q10.Rule rule = m.q10() == null ? null : m.q10().gates().get(g.name());
			final String in = "            ";
			if (rule != null) sb.append(in).append("<q10Settings type=\"q10ExpTemp\" q10Factor=\"").append(Units.number(
				rule.factor())).append("\" experimentalTemp=\"").append(Units.format(rule.experimentalTemp(),
					Dimension.TEMPERATURE)).append("\"/>\n");
			else if (g.phi() != 1 && g.hasState()) sb.append(in).append("<q10Settings type=\"q10Fixed\" fixedQ10=\"")
				.append(Units.number(g.phi())).append("\"/>\n");
			final String base = id + "_" + c.name() + "_" + g.name();
			switch (g.kind()) {
				case RATES -> {
					function(sb, types, "forwardRate", g.first(), Role.RATE, g.shift(), base + "_alpha", in);
					function(sb, types, "reverseRate", g.second(), Role.RATE, g.shift(), base + "_beta", in);
				}
				case TAU_INF -> {
					function(sb, types, "timeCourse", g.second(), Role.TIME, g.shift(), base + "_tau", in);
					function(sb, types, "steadyState", g.first(), Role.VARIABLE, g.shift(), base + "_inf", in);
				}
				case INSTANTANEOUS -> function(sb, types, "steadyState", g.first(), Role.VARIABLE, g.shift(), base + "_inf",
					in);
			}
			sb.append("        </").append(element).append(">\n");
		}
		sb.append("    </ionChannel>\n");
	}

	/** A standard form when there is one, else a reference to a new ComponentType. */
	private static void function(final StringBuilder sb, final StringBuilder types, final String element,
		final VoltageFunction f, final Role role, final double shift, final String typeName, final String in)
	{
		sb.append(in).append('<').append(element);
		if (shift == 0 && role == Role.TIME && f instanceof Constant c) sb.append(
			" type=\"fixedTimeCourse\" tau=\"").append(Units.format(c.value(), Dimension.TIME)).append("\"/>\n");
		else if (shift == 0 && role != Role.TIME && standard(f) != null) {
			final double[] p = standard(f);
			final String kind = f instanceof ExpRate ? "HHExp" : f instanceof SigmoidRate ? "HHSigmoid" : "HHExpLinear";
			sb.append(" type=\"").append(kind).append(role == Role.RATE ? "Rate" : "Variable").append("\" rate=\"")
				.append(role == Role.RATE ? Units.format(p[0], Dimension.PER_TIME) : Units.number(p[0])).append(
					"\" midpoint=\"").append(Units.format(p[1], Dimension.VOLTAGE)).append("\" scale=\"").append(Units
						.format(p[2], Dimension.VOLTAGE)).append("\"/>\n");
		}
		else {
			sb.append(" type=\"").append(typeName).append("\"/>\n");
			types.append(LemsWriter.componentType(typeName, role, f, shift, "Loligo: " + typeName.replace('_', ' ') +
				(shift == 0 ? "" : " at V - " + Units.format(shift, Dimension.VOLTAGE)), "    "));
		}
	}

	/** {rate, midpoint, scale} of a standard form, or null. */
	private static double[] standard(final VoltageFunction f) {
		if (f instanceof ExpRate e) return new double[] { e.rate(), e.midpoint(), e.scale() };
		if (f instanceof SigmoidRate e) return new double[] { e.rate(), e.midpoint(), e.scale() };
		if (f instanceof ExpLinearRate e) return new double[] { e.rate(), e.midpoint(), e.scale() };
		return null;
	}

	private static void cell(final StringBuilder sb, final NeuronModel m, final String id, final double areaUm2,
		final double threshold)
	{
		final String d = Units.number(Math.sqrt(areaUm2 / Math.PI));
		sb.append("    <cell id=\"").append(id).append("\">\n");
		sb.append("        <notes>A sphere of ").append(Units.number(areaUm2)).append(" um2; Loligo's model is " +
			"per area</notes>\n");
		sb.append("        <morphology id=\"").append(id).append("_morphology\">\n");
		sb.append("            <segment id=\"0\" name=\"soma\">\n");
		sb.append("                <proximal x=\"0.0\" y=\"0.0\" z=\"0.0\" diameter=\"").append(d).append("\"/>\n");
		sb.append("                <distal x=\"0.0\" y=\"0.0\" z=\"0.0\" diameter=\"").append(d).append("\"/>\n");
		sb.append("            </segment>\n        </morphology>\n");
		sb.append("        <biophysicalProperties id=\"").append(id).append("_biophysics\">\n");
		sb.append("            <membraneProperties>\n");
		for (final Channel c : m.channels())
			sb.append("                <channelDensity id=\"").append(c.name()).append("_density\" ionChannel=\"")
				.append(c.name()).append("\" condDensity=\"").append(Units.format(c.gmax(),
					Dimension.CONDUCTANCE_DENSITY)).append("\" erev=\"").append(Units.format(c.reversal(), Dimension.VOLTAGE))
				.append("\" ion=\"").append(species(c.name())).append("\"/>\n");
		sb.append("                <spikeThresh value=\"").append(Units.format(threshold, Dimension.VOLTAGE)).append(
			"\"/>\n");
		sb.append("                <specificCapacitance value=\"").append(Units.format(m.cm(),
			Dimension.SPECIFIC_CAPACITANCE)).append("\"/>\n");
		sb.append("                <initMembPotential value=\"").append(Units.format(m.vInit(), Dimension.VOLTAGE))
			.append("\"/>\n");
		sb.append("            </membraneProperties>\n        </biophysicalProperties>\n    </cell>\n");
	}

	private static String element(final Gate.Kind k) {
		return switch (k) {
			case RATES -> "gateHHrates";
			case TAU_INF -> "gateHHtauInf";
			case INSTANTANEOUS -> "gateHHInstantaneous";
		};
	}

	/** The ion a channel carries, by its conventional name (A-currents carry K). */
	private static String species(final String channel) {
		return switch (channel.toLowerCase()) {
			case "na" -> "na";
			case "k", "a", "kdr", "ka" -> "k";
			case "ca" -> "ca";
			default -> "non_specific";
		};
	}

	/** A model name as a NeuroML2 id ({@code [a-zA-Z_][a-zA-Z0-9_]*}). */
	static String id(final String name) {
		final String s = name.replaceAll("[^a-zA-Z0-9_]", "_");
		return Character.isDigit(s.charAt(0)) ? "_" + s : s;
	}

	static String escape(final String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
