package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;

/** Same seed ⇒ the same spike times, bit for bit; another seed ⇒ other spike times. */
class DeterminismTest {

	@ParameterizedTest
	@EnumSource(Method.class)
	void sameSeedSameSpikes(final Method method) {
		final double[][] a = Patches.spikes(method, 30, 3, 6, 60, 0.01, 17);
		final double[][] b = Patches.spikes(method, 30, 3, 6, 60, 0.01, 17);
		final double[][] c = Patches.spikes(method, 30, 3, 6, 60, 0.01, 18);
		for (int i = 0; i < a.length; i++)
			assertArrayEquals(a[i], b[i]);
		assertFalse(Arrays.deepEquals(a, c));
	}
}
