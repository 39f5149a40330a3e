package org.loligo.engine.noise;

import java.security.SecureRandom;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Independent, reproducible random streams derived from one master seed.
 * <p>
 * Stream k is the master generator (XoShiRo256++, seeded with the master seed) advanced by k jumps of
 * 2^128 draws, so streams never overlap in practice and stream k is the same whichever thread draws
 * from it. Giving every neuron (or trial) its own stream is what makes a run with a given seed
 * bitwise identical on 1, 2 or 16 threads.
 */
public final class RandomStreams {

	private RandomStreams() {}

	/** Seed 0 means "pick one": returns a fresh non-zero seed (to be recorded); any other seed as is. */
	public static long resolveSeed(final long seed) {
		if (seed != 0) return seed;
		long s = 0;
		final SecureRandom r = new SecureRandom();
		while (s == 0)
			s = r.nextLong() & Long.MAX_VALUE; // positive, so users can type it back
		return s;
	}

	/** {@code count} independent streams for master seed {@code seed} (which must not be 0). */
	public static UniformRandomProvider[] streams(final long seed, final int count) {
		if (seed == 0) throw new IllegalArgumentException("seed must be resolved (non-zero) before use");
		final JumpableUniformRandomProvider master = (JumpableUniformRandomProvider) RandomSource.XO_SHI_RO_256_PP
			.create(seed);
		final UniformRandomProvider[] out = new UniformRandomProvider[count];
		for (int k = 0; k < count; k++)
			out[k] = master.jump(); // returns a copy at the current position, then advances the master
		return out;
	}
}
