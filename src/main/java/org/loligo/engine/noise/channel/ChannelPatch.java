package org.loligo.engine.noise.channel;

/**
 * The membrane patch whose channels make the noise: its area (µm²) and the densities of sodium and
 * potassium channels on it (channels per µm²). The channel counts are
 * {@code N_Na = round(area·naDensity)} and {@code N_K = round(area·kDensity)}; the maximal
 * conductances stay the model's (mS/cm²), so the counts set only the size of the fluctuations
 * (relative size ~ 1/√N). With HH1952's gNa = 120 mS/cm² and 60 channels/µm², one Na channel conducts
 * 20 pS; gK = 36 mS/cm² over 18 channels/µm² is also 20 pS per K channel.
 *
 * @param areaUm2   membrane area, µm² (> 0, finite)
 * @param naDensity sodium channels per µm² (> 0, finite)
 * @param kDensity  potassium channels per µm² (> 0, finite)
 */
public record ChannelPatch(double areaUm2, double naDensity, double kDensity) {

	/** Default sodium channel density, channels/µm² (the usual HH value, e.g. Goldwyn &amp; Shea-Brown 2011). */
	public static final double DEFAULT_NA_DENSITY = 60;
	/** Default potassium channel density, channels/µm². */
	public static final double DEFAULT_K_DENSITY = 18;

	public ChannelPatch {
		if (!(areaUm2 > 0) || !Double.isFinite(areaUm2))
			throw new IllegalArgumentException("area must be > 0 µm² and finite, got " + areaUm2);
		if (!(naDensity > 0) || !Double.isFinite(naDensity))
			throw new IllegalArgumentException("naDensity must be > 0 channels/µm² and finite, got " + naDensity);
		if (!(kDensity > 0) || !Double.isFinite(kDensity))
			throw new IllegalArgumentException("kDensity must be > 0 channels/µm² and finite, got " + kDensity);
		count("naDensity", areaUm2 * naDensity);
		count("kDensity", areaUm2 * kDensity);
	}

	/** A patch of this area with the default densities (60 Na, 18 K channels per µm²). */
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

	private static void count(final String density, final double channels) {
		if (Math.round(channels) < 1) throw new IllegalArgumentException("area × " + density +
			" must give at least 1 channel, got " + channels + ": use a larger area or density");
		if (channels > 1e9) throw new IllegalArgumentException("area × " + density + " must be at most 1e9 " +
			"channels, got " + channels + ": use a smaller area (the deterministic model is the limit anyway)");
	}
}
