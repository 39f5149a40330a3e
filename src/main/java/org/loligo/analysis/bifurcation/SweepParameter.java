package org.loligo.analysis.bifurcation;

import java.util.Arrays;

import org.loligo.engine.model.HHModel;

/**
 * The model quantities a bifurcation sweep can vary, by the names users type ({@code parameter=gNa}).
 * <p>
 * {@code current} is the constant injected current I (µA/cm², inward positive: it adds to
 * {@code dV/dt}); the others are the {@link HHModel} fields of the same name: {@code cm} in µF/cm²,
 * conductances in mS/cm², reversal potentials in mV. {@link #lowest} is the smallest value the
 * physics allows (capacitance &gt; 0, conductances ≥ 0).
 */
public enum SweepParameter {

	CURRENT("current", "µA/cm²", Double.NEGATIVE_INFINITY, false),
	CM("cm", "µF/cm²", 0, true),
	GNA("gNa", "mS/cm²", 0, false),
	GK("gK", "mS/cm²", 0, false),
	GL("gL", "mS/cm²", 0, false),
	ENA("eNa", "mV", Double.NEGATIVE_INFINITY, false),
	EK("eK", "mV", Double.NEGATIVE_INFINITY, false),
	EL("eL", "mV", Double.NEGATIVE_INFINITY, false);

	private final String label;

	private final String unit;

	private final double lowest;

	private final boolean strict;

	SweepParameter(final String label, final String unit, final double lowest, final boolean strict) {
		this.label = label;
		this.unit = unit;
		this.lowest = lowest;
		this.strict = strict;
	}

	/** The name users type, e.g. {@code gNa}. */
	public String label() {
		return label;
	}

	/** Its unit, e.g. {@code mS/cm²}. */
	public String unit() {
		return unit;
	}

	/** Whether {@code x} is a value this quantity may take (cm &gt; 0, conductances ≥ 0, finite). */
	public boolean allows(final double x) {
		return Double.isFinite(x) && (strict ? x > lowest : x >= lowest);
	}

	/** The accepted range in words, for error messages. */
	public String range() {
		if (lowest == Double.NEGATIVE_INFINITY) return "any finite value (" + unit + ")";
		return (strict ? "> " : ">= ") + (long) lowest + " " + unit;
	}

	/** The parameter called {@code name} (case-insensitive). */
	public static SweepParameter byName(final String name) {
		final String n = name == null ? "" : name.trim();
		for (final SweepParameter p : values())
			if (p.label.equalsIgnoreCase(n)) return p;
		throw new IllegalArgumentException("parameter: unknown parameter '" + name + "'; accepted: " + String.join(
			", ", names()));
	}

	/** All names, in declaration order. */
	public static String[] names() {
		return Arrays.stream(values()).map(SweepParameter::label).toArray(String[]::new);
	}
}
