package org.loligo.engine.noise;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;

/**
 * The streams of {@link RandomStreams} from a saved state, for runs split into parts (trials
 * {@code [from, to)} of an ensemble on another machine): the caller walks the master once over every
 * part's first stream and ships each part the saved state of its first stream ({@link #at}); the part
 * restores it and derives its own streams from there ({@link #streams}). Reaching stream k so costs
 * nothing per part, and the parts' streams are bitwise those of {@link RandomStreams#streams}.
 * <p>
 * NB: stream 0 of {@link RandomStreams#streams} is a copy of the master at its start, and the master's
 * {@code jump()} is a copy of its position followed by one jump: so stream 0 taken as a master gives
 * streams 0, 1, 2, … The generator and its seeding stay defined in one place, {@link RandomStreams}.
 */
public final class StreamStates {

	private StreamStates() {}

	/**
	 * The saved state of stream {@code starts[p]} for each p, walking the master once ({@code max(starts)}
	 * jumps in all).
	 *
	 * @param seed   the resolved master seed (not 0)
	 * @param starts stream indices, ascending, ≥ 0
	 */
	public static byte[][] at(final long seed, final int[] starts) {
		final JumpableUniformRandomProvider master = master(seed);
		final byte[][] out = new byte[starts.length][];
		int at = 0;
		for (int p = 0; p < starts.length; p++) {
			if (starts[p] < at) throw new IllegalArgumentException("starts must be ascending, got " + starts[p] +
				" after " + at);
			for (; at < starts[p]; at++)
				master.jump();
			out[p] = state(master);
		}
		return out;
	}

	/**
	 * {@code count} streams from the saved state of the first ({@link #at}): streams k, k + 1, … of the
	 * master seed whose state of stream k this is.
	 *
	 * @param seed the master seed the state came from (makes a generator of the right kind to restore)
	 */
	public static UniformRandomProvider[] streams(final long seed, final byte[] state, final int count) {
		final JumpableUniformRandomProvider master = master(seed);
		((RestorableUniformRandomProvider) master).restoreState(new RandomProviderDefaultState(state));
		final UniformRandomProvider[] out = new UniformRandomProvider[count];
		for (int k = 0; k < count; k++)
			out[k] = master.jump();
		return out;
	}

	/** Stream 0 of the seed, used as the master that gives streams 0, 1, 2, … by jumps. */
	private static JumpableUniformRandomProvider master(final long seed) {
		return (JumpableUniformRandomProvider) RandomStreams.streams(seed, 1)[0];
	}

	private static byte[] state(final JumpableUniformRandomProvider p) {
		return ((RandomProviderDefaultState) ((RestorableUniformRandomProvider) p).saveState()).getState();
	}
}
