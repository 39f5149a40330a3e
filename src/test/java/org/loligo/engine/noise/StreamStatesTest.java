package org.loligo.engine.noise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

/** Streams restored from saved states are bitwise the streams of {@link RandomStreams}. */
class StreamStatesTest {

	@Test
	void partsFromSavedStatesDrawWhatTheWholeSetDraws() {
		final long seed = 42;
		final UniformRandomProvider[] all = RandomStreams.streams(seed, 10);
		final int[] starts = { 0, 3, 7 };
		final int[] ends = { 3, 7, 10 };
		final byte[][] states = StreamStates.at(seed, starts);
		for (int p = 0; p < starts.length; p++) {
			final UniformRandomProvider[] part = StreamStates.streams(seed, states[p], ends[p] - starts[p]);
			for (int k = 0; k < part.length; k++)
				for (int d = 0; d < 5; d++)
					assertEquals(all[starts[p] + k].nextLong(), part[k].nextLong(), "stream " + (starts[p] + k) + ", draw " + d);
		}
	}

	@Test
	void startsMustAscend() {
		assertThrows(IllegalArgumentException.class, () -> StreamStates.at(1, new int[] { 4, 2 }));
	}
}
