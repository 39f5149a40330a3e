package org.loligo.engine.model;

import java.util.List;

/**
 * The named model presets users select with {@code model=...}.
 * <ul>
 * <li>{@code HH1952}: classic HH, modern convention: cm = 1 µF/cm², gNa = 120, gK = 36, gL = 0.3 mS/cm²,
 * eNa = 50, eK = -77, eL = -54.387 mV, start at -65 mV.</li>
 * <li>{@code HH1952-gL0.03}: the same with gL = 0.03 mS/cm², BrainPy's {@code HH} default.</li>
 * <li>{@code TraubMiles}: COBA-HH benchmark neuron (Brette et al. 2007), per area: cm = 1 µF/cm²,
 * gNa = 100, gK = 30, gL = 0.05 mS/cm², eNa = 50, eK = -90, eL = -60 mV, VT = -63 mV. The benchmark's
 * cell has area {@link #TRAUB_MILES_AREA_CM2} = 20,000 µm², so in absolute units C = 200 pF,
 * gNa = 20 µS, gK = 6 µS, gL = 10 nS; a synaptic conductance of g nS is g·1e-6/area mS/cm²
 * (6 nS = 0.03 mS/cm²).</li>
 * </ul>
 */
public final class Models {

	/** Area of the COBA-HH benchmark neuron in cm² (20,000 µm²). */
	public static final double TRAUB_MILES_AREA_CM2 = 20000e-8;

	public static final HHModel HH1952 = new HHModel("HH1952", 1.0, 120.0, 36.0, 0.3, 50.0, -77.0, -54.387,
		-65.0, ClassicKinetics.INSTANCE);

	public static final HHModel HH1952_GL003 = HH1952.withLeak("HH1952-gL0.03", 0.03);

	public static final HHModel TRAUB_MILES = new HHModel("TraubMiles", 1.0, 100.0, 30.0, 0.05, 50.0, -90.0,
		-60.0, -65.0, TraubMilesKinetics.COBA);

	private static final List<HHModel> ALL = List.of(HH1952, HH1952_GL003, TRAUB_MILES);

	private Models() {}

	/** The preset names, in the order menus show them. */
	public static List<String> names() {
		return ALL.stream().map(HHModel::name).toList();
	}

	/** The preset with this name (case-insensitive). */
	public static HHModel byName(final String name) {
		for (final HHModel m : ALL)
			if (m.name().equalsIgnoreCase(name == null ? "" : name.trim())) return m;
		throw new IllegalArgumentException("model: unknown model '" + name + "'; accepted: " + String.join(", ",
			names()));
	}
}
