package org.loligo.io.neuroml;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

/**
 * NeuroML2's quantities ({@code "-65mV"}, {@code "3.0 S_per_m2"}) converted once, on reading, into
 * Loligo's units: mV, ms, 1/ms, mS/cm², µF/cm², µm (a morphology's plain numbers), °C. The unit names are those of NeuroML2 v2.3
 * ({@code NeuroMLCoreDimensions.xml}, the {@code Nml2Quantity_*} types of {@code NeuroML_v2.3.xsd}).
 * <p>
 * NB: Loligo's own units convert with factor 1, so the doubles of a file Loligo wrote come back
 * unchanged (a round trip is bit-identical); other units are multiplied once.
 */
final class Units {

	/** A physical dimension and its units' factors into Loligo's unit. */
	enum Dimension {
		VOLTAGE("mV", Map.of("mV", 1.0, "V", 1e3)),
		TIME("ms", Map.of("ms", 1.0, "s", 1e3)),
		PER_TIME("per_ms", Map.of("per_ms", 1.0, "per_s", 1e-3, "Hz", 1e-3)),
		CONDUCTANCE_DENSITY("mS_per_cm2", Map.of("mS_per_cm2", 1.0, "S_per_m2", 0.1, "S_per_cm2", 1e3)),
		SPECIFIC_CAPACITANCE("uF_per_cm2", Map.of("uF_per_cm2", 1.0, "F_per_m2", 100.0)),
		LENGTH("um", Map.of("um", 1.0, "cm", 1e4, "m", 1e6, "", 1.0)),
		TEMPERATURE("degC", Map.of("degC", 1.0)),
		NONE("", Map.of("", 1.0));

		final String unit;
		final Map<String, Double> factors;

		Dimension(final String unit, final Map<String, Double> factors) {
			this.unit = unit;
			this.factors = factors;
		}

		String accepted() {
			return this == NONE ? "a plain number" : String.join(", ", new java.util.TreeSet<>(factors.keySet()));
		}
	}

	private static final Pattern QUANTITY = Pattern.compile(
		"\\s*(-?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*([_a-zA-Z0-9]*)\\s*");

	private Units() {}

	/** The attribute's value in Loligo's unit of {@code d}. */
	static double read(final Element e, final String attribute, final Dimension d) {
		return parse(e, attribute, Xml.required(e, attribute), d);
	}

	/** A quantity's text in Loligo's unit of {@code d}. */
	static double parse(final Element e, final String what, final String text, final Dimension d) {
		final Matcher m = QUANTITY.matcher(text);
		if (!m.matches()) throw NeuroMLException.at(e, what + "=\"" + text + "\" is not a NeuroML2 quantity (a number " +
			"then a unit, e.g. -65mV)");
		final Double f = d.factors.get(m.group(2));
		if (f == null) throw NeuroMLException.at(e, what + "=\"" + text + "\": unknown unit '" + m.group(2) +
			"' for a " + d.name().toLowerCase().replace('_', ' ') + "; supported: " + d.accepted());
		final double v = Double.parseDouble(m.group(1));
		// NB: f == 1 returns the parsed double itself (v * 1.0 is v), so Loligo's own files read back exact.
		return f == 1.0 ? v : v * f;
	}

	/** A value in Loligo's unit of {@code d} as NeuroML2 text that reads back to the same double. */
	static String format(final double value, final Dimension d) {
		return number(value) + d.unit;
	}

	/** Shortest decimal text that reads back to the same double, in the NeuroML2 quantity pattern. */
	static String number(final double value) {
		if (!Double.isFinite(value)) throw new IllegalArgumentException("NeuroML2 has no text for " + value);
		return Double.toString(value);
	}
}
