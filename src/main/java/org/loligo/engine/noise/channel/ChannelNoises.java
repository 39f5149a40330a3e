package org.loligo.engine.noise.channel;

import java.util.ArrayList;
import java.util.List;

/**
 * The registry of channel-noise methods by name: {@code none}, {@code fox-lu}, {@code diffusion},
 * {@code markov} (see {@link ChannelNoiseScheme}).
 */
public final class ChannelNoises {

	/** The name meaning "no channel noise". */
	public static final String NONE = "none";

	private ChannelNoises() {}

	/** Accepted names, "none" first. */
	public static List<String> names() {
		final List<String> out = new ArrayList<>();
		out.add(NONE);
		for (final ChannelNoiseScheme.Method m : ChannelNoiseScheme.Method.values())
			out.add(m.label());
		return out;
	}

	/**
	 * The scheme for this name (case-insensitive) on this patch, or {@code null} for "none": no channel
	 * noise, the caller keeps its deterministic scheme (the patch is then not used and may be null).
	 *
	 * @throws IllegalArgumentException for an unknown name, naming the parameter {@code channelNoise}
	 */
	public static ChannelNoiseScheme byName(final String name, final ChannelPatch patch) {
		final String key = name == null ? "" : name.trim();
		if (key.equalsIgnoreCase(NONE)) return null;
		for (final ChannelNoiseScheme.Method m : ChannelNoiseScheme.Method.values())
			if (m.label().equalsIgnoreCase(key)) return new ChannelNoiseScheme(m, patch);
		throw new IllegalArgumentException("channelNoise: unknown method '" + name + "'; accepted: " + String.join(
			", ", names()));
	}
}
