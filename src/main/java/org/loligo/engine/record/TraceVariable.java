package org.loligo.engine.record;

import org.loligo.engine.model.HHModel;

/**
 * A recordable per-neuron quantity, with the column prefix used in tables ({@code V_0}, {@code I_Na_3}).
 * Potentials in mV, gates dimensionless, currents in µA/cm² (outward positive).
 */
public enum TraceVariable {
	V("V", "mV"), M("m", ""), H("h", ""), N("n", ""), I_NA("I_Na", "µA/cm²"), I_K("I_K", "µA/cm²"), I_L("I_L",
		"µA/cm²");

	private final String column;
	private final String unit;

	TraceVariable(final String column, final String unit) {
		this.column = column;
		this.unit = unit;
	}

	/** Column prefix, e.g. "I_Na". */
	public String column() {
		return column;
	}

	/** Unit, empty for gates. */
	public String unit() {
		return unit;
	}

	/** The value of this variable for a neuron in state (v, m, h, n) of the model. */
	public double value(final HHModel p, final double v, final double m, final double h, final double n) {
		return switch (this) {
			case V -> v;
			case M -> m;
			case H -> h;
			case N -> n;
			case I_NA -> p.iNa(v, m, h);
			case I_K -> p.iK(v, n);
			case I_L -> p.iL(v);
		};
	}

	/** Parses a column prefix or enum name, case-insensitive (e.g. "I_Na", "v"). */
	public static TraceVariable parse(final String s) {
		for (final TraceVariable t : values())
			if (t.column.equalsIgnoreCase(s.trim()) || t.name().equalsIgnoreCase(s.trim())) return t;
		throw new IllegalArgumentException("unknown trace variable '" + s + "'; accepted: V, m, h, n, I_Na, I_K, I_L");
	}
}
