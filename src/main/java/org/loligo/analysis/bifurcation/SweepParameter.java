package org.loligo.analysis.bifurcation;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.model.Channel;
import org.loligo.engine.model.NeuronModel;

/**
 * A model quantity a bifurcation sweep can vary, by the name users type ({@code parameter=gNa}):
 * <ul>
 * <li>{@code current}: the constant injected current I, µA/cm² (inward positive: it adds to dV/dt);</li>
 * <li>{@code cm}: the membrane capacitance, µF/cm² (&gt; 0);</li>
 * <li>{@code g<channel>}: a channel's maximal conductance, mS/cm² (≥ 0), e.g. {@code gNa}, {@code gK},
 * {@code gL} in HH1952, {@code gA} for Connor–Stevens' A-current;</li>
 * <li>{@code e<channel>}: a channel's reversal potential, mV (any finite value), e.g. {@code eK}.</li>
 * </ul>
 * Names are case-insensitive; which channels exist depends on the model ({@link #byName(NeuronModel,
 * String)}, {@link #names(NeuronModel)}). The constants are HH's names, for code and tests.
 *
 * @param kind    which sort of quantity
 * @param channel the channel's name for {@link Kind#GMAX} and {@link Kind#REVERSAL}, else null
 */
public record SweepParameter(Kind kind, String channel) {

	/** The sorts of quantities. */
	public enum Kind {
		CURRENT, CM, GMAX, REVERSAL
	}

	public static final SweepParameter CURRENT = new SweepParameter(Kind.CURRENT, null);
	public static final SweepParameter CM = new SweepParameter(Kind.CM, null);
	public static final SweepParameter GNA = gmax("Na"), GK = gmax("K"), GL = gmax("L");
	public static final SweepParameter ENA = reversal("Na"), EK = reversal("K"), EL = reversal("L");

	public SweepParameter {
		if (kind == null) throw new IllegalArgumentException("parameter kind must not be null");
		if ((kind == Kind.GMAX || kind == Kind.REVERSAL) != (channel != null)) throw new IllegalArgumentException(
			"a channel name is needed exactly for g<channel> and e<channel>");
	}

	/** The maximal conductance of the channel called {@code channel}. */
	public static SweepParameter gmax(final String channel) {
		return new SweepParameter(Kind.GMAX, channel);
	}

	/** The reversal potential of the channel called {@code channel}. */
	public static SweepParameter reversal(final String channel) {
		return new SweepParameter(Kind.REVERSAL, channel);
	}

	/** The name users type, e.g. {@code gNa}. */
	public String label() {
		return switch (kind) {
			case CURRENT -> "current";
			case CM -> "cm";
			case GMAX -> "g" + channel;
			case REVERSAL -> "e" + channel;
		};
	}

	/** Its unit, e.g. {@code mS/cm²}. */
	public String unit() {
		return switch (kind) {
			case CURRENT -> "µA/cm²";
			case CM -> "µF/cm²";
			case GMAX -> "mS/cm²";
			case REVERSAL -> "mV";
		};
	}

	/** Whether {@code x} is a value this quantity may take (cm &gt; 0, conductances ≥ 0, finite). */
	public boolean allows(final double x) {
		if (!Double.isFinite(x)) return false;
		return switch (kind) {
			case CM -> x > 0;
			case GMAX -> x >= 0;
			default -> true;
		};
	}

	/** The accepted range in words, for error messages. */
	public String range() {
		return switch (kind) {
			case CM -> "> 0 " + unit();
			case GMAX -> ">= 0 " + unit();
			default -> "any finite value (" + unit() + ")";
		};
	}

	/** Whether {@code model} has this quantity (a channel of that name for g… and e…). */
	public boolean appliesTo(final NeuronModel model) {
		return channel == null || model.channel(channel) != null;
	}

	/**
	 * The parameter of {@code model} called {@code name} (case-insensitive), spelled as the model
	 * spells its channel.
	 *
	 * @throws IllegalArgumentException naming {@code parameter} and the accepted names
	 */
	public static SweepParameter byName(final NeuronModel model, final String name) {
		final String n = name == null ? "" : name.trim();
		for (final SweepParameter p : all(model))
			if (p.label().equalsIgnoreCase(n)) return p;
		throw new IllegalArgumentException("parameter: unknown parameter '" + name + "' for model " + model.name() +
			"; accepted: " + String.join(", ", names(model)));
	}

	/** Every name {@code model} accepts: current, cm, then g and e of each channel, in channel order. */
	public static String[] names(final NeuronModel model) {
		return all(model).stream().map(SweepParameter::label).toArray(String[]::new);
	}

	private static List<SweepParameter> all(final NeuronModel model) {
		final List<SweepParameter> out = new ArrayList<>(List.of(CURRENT, CM));
		for (final Channel c : model.channels())
			out.add(gmax(c.name()));
		for (final Channel c : model.channels())
			out.add(reversal(c.name()));
		return out;
	}
}
