package org.loligo.engine.model;

import java.util.List;

/**
 * The registry of model presets users select with {@code model=...}; menus list them in this order.
 * A new preset is one line here and one file with its definition.
 */
public final class Models {

	public static final NeuronModel HH1952 = HodgkinHuxley.HH1952;
	public static final NeuronModel HH1952_GL003 = HodgkinHuxley.HH1952_GL003;
	public static final NeuronModel TRAUB_MILES = TraubMiles.MODEL;
	public static final NeuronModel CONNOR_STEVENS = ConnorStevens.MODEL;
	public static final NeuronModel WANG_BUZSAKI = WangBuzsaki.MODEL;

	/** Area of the COBA-HH benchmark neuron in cm² (20,000 µm²). */
	public static final double TRAUB_MILES_AREA_CM2 = TraubMiles.AREA_CM2;

	private static final List<NeuronModel> ALL = List.of(HH1952, HH1952_GL003, TRAUB_MILES, CONNOR_STEVENS,
		WANG_BUZSAKI);

	private Models() {}

	/** The preset names, in the order menus show them. */
	public static List<String> names() {
		return ALL.stream().map(NeuronModel::name).toList();
	}

	/** The preset with this name (case-insensitive). */
	public static NeuronModel byName(final String name) {
		for (final NeuronModel m : ALL)
			if (m.name().equalsIgnoreCase(name == null ? "" : name.trim())) return m;
		throw new IllegalArgumentException("model: unknown model '" + name + "'; accepted: " + String.join(", ",
			names()));
	}
}
