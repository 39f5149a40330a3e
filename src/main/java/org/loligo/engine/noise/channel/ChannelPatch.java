package org.loligo.engine.noise.channel;

import org.loligo.engine.model.Channel;

/**
 * The membrane patch whose channels make the noise: its area (µm²) and how many channels of each gated
 * channel type it holds. The maximal conductances stay the model's (mS/cm²), so the counts set only the
 * size of the fluctuations (relative size ~ 1/√N).
 * <ul>
 * <li>A channel named {@code Na} (any case): {@code N = round(area·naDensity)};</li>
 * <li>a channel named {@code K} (any case): {@code N = round(area·kDensity)};</li>
 * <li>any other gated channel (Connor–Stevens' A channel, say):
 * {@code N = round(area·gmax/unitConductance)}, gmax converted to pS/µm² (1 mS/cm² = 10 pS/µm²);</li>
 * <li>a passive channel (a leak) has no gates and no channels to count: it carries no noise.</li>
 * </ul>
 * NB: the defaults, 60 Na and 18 K channels per µm² (the usual HH values, e.g. Goldwyn &amp; Shea-Brown
 * 2011), make every HH1952 channel conduct the same 20 pS (120 mS/cm² = 1200 pS/µm² over
 * 60 channels, 36 mS/cm² over 18); other gated channels get that same single-channel conductance by
 * default, so that their count scales with their maximal conductance (47.7 mS/cm² gives Connor–Stevens'
 * A channel 23.85 channels/µm²). Na and K keep their densities in every model (60 and 18 for
 * Wang–Buzsáki's 35 and 9 mS/cm² too), so HH-shaped presets count as they always did.
 *
 * @param areaUm2         membrane area, µm² (> 0, finite)
 * @param naDensity       sodium channels per µm² (> 0, finite)
 * @param kDensity        potassium channels per µm² (> 0, finite)
 * @param unitConductance single-channel conductance of the other gated channels, pS (> 0, finite)
 */
public record ChannelPatch(double areaUm2, double naDensity, double kDensity, double unitConductance) {

	/** Default sodium channel density, channels/µm² (the usual HH value, e.g. Goldwyn &amp; Shea-Brown 2011). */
	public static final double DEFAULT_NA_DENSITY = 60;
	/** Default potassium channel density, channels/µm². */
	public static final double DEFAULT_K_DENSITY = 18;
	/** Default single-channel conductance of other gated channels, pS: that of HH1952's Na and K defaults. */
	public static final double DEFAULT_UNIT_CONDUCTANCE = 20;
	/** Most channels of one type on a patch. */
	static final double MAX_CHANNELS = 1e9;

	public ChannelPatch {
		if (!(areaUm2 > 0) || !Double.isFinite(areaUm2))
			throw new IllegalArgumentException("area must be > 0 µm² and finite, got " + areaUm2);
		if (!(naDensity > 0) || !Double.isFinite(naDensity))
			throw new IllegalArgumentException("naDensity must be > 0 channels/µm² and finite, got " + naDensity);
		if (!(kDensity > 0) || !Double.isFinite(kDensity))
			throw new IllegalArgumentException("kDensity must be > 0 channels/µm² and finite, got " + kDensity);
		if (!(unitConductance > 0) || !Double.isFinite(unitConductance)) throw new IllegalArgumentException(
			"unitConductance must be > 0 pS and finite, got " + unitConductance);
		count("naDensity", areaUm2 * naDensity);
		count("kDensity", areaUm2 * kDensity);
	}

	/** A patch with the default single-channel conductance of other gated channels (20 pS). */
	public ChannelPatch(final double areaUm2, final double naDensity, final double kDensity) {
		this(areaUm2, naDensity, kDensity, DEFAULT_UNIT_CONDUCTANCE);
	}

	/** A patch of this area with the default densities (60 Na, 18 K channels per µm², others at 20 pS). */
	public static ChannelPatch ofArea(final double areaUm2) {
		return new ChannelPatch(areaUm2, DEFAULT_NA_DENSITY, DEFAULT_K_DENSITY);
	}

	/** Number of sodium channels, {@code round(area·naDensity)} ≥ 1. */
	public int naChannels() {
		return (int) Math.round(areaUm2 * naDensity);
	}

	/** Number of potassium channels, {@code round(area·kDensity)} ≥ 1. */
	public int kChannels() {
		return (int) Math.round(areaUm2 * kDensity);
	}

	/**
	 * Channels per µm² of this channel (see the class javadoc): naDensity, kDensity, or
	 * {@code 10·gmax/unitConductance} (gmax in mS/cm², 10 pS/µm² each); 0 for a passive channel.
	 */
	public double density(final Channel c) {
		if (c.isPassive()) return 0;
		if (c.name().equalsIgnoreCase("Na")) return naDensity;
		if (c.name().equalsIgnoreCase("K")) return kDensity;
		return 10 * c.gmax() / unitConductance;
	}

	/** Number of channels of this channel on the patch, {@code round(area·density)}; 0 for a passive one. */
	public long count(final Channel c) {
		return Math.round(areaUm2 * density(c));
	}

	/**
	 * Why this patch cannot hold channel c's chain, or null if it can: a gated channel with gmax &gt; 0
	 * needs between 1 and 1e9 channels.
	 */
	String refusal(final Channel c) {
		if (c.isPassive() || c.gmax() == 0) return null;
		final double channels = areaUm2 * density(c);
		final String what = c.name().equalsIgnoreCase("Na") ? "naDensity" : c.name().equalsIgnoreCase("K") ?
			"kDensity" : "gmax/unitConductance of channel " + c.name();
		if (Math.round(channels) < 1) return "area × " + what + " must give at least 1 channel, got " + channels +
			": use a larger area";
		if (channels > MAX_CHANNELS) return "area × " + what + " must be at most 1e9 channels, got " + channels +
			": use a smaller area (the deterministic model is the limit anyway)";
		return null;
	}

	private static void count(final String density, final double channels) {
		if (Math.round(channels) < 1) throw new IllegalArgumentException("area × " + density +
			" must give at least 1 channel, got " + channels + ": use a larger area or density");
		if (channels > MAX_CHANNELS) throw new IllegalArgumentException("area × " + density + " must be at most " +
			"1e9 channels, got " + channels + ": use a smaller area (the deterministic model is the limit anyway)");
	}
}
