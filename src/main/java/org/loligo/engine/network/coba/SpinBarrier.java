package org.loligo.engine.network.coba;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A reusable barrier for a few threads that meet once per time step (10,000 times per simulated second),
 * where {@link java.util.concurrent.CyclicBarrier} (a lock and a condition, i.e. parking) would cost tens of
 * µs per step. Sense-reversing: the last thread to arrive resets the count and bumps the generation; the
 * others spin on the generation, then yield (the machine may have more runnable threads than cores), and
 * leave when it changes. {@link #abort} releases every waiter with an exception, so that a failing worker
 * cannot leave the others spinning forever.
 */
final class SpinBarrier {

	/** Thrown in the waiters of an aborted barrier. */
	static final class Aborted extends RuntimeException {

		Aborted() {
			super("barrier aborted", null, false, false);
		}
	}

	private static final int SPINS = 2000;

	private final int parties;
	private final AtomicInteger arrived = new AtomicInteger();
	private volatile int generation;
	private volatile boolean aborted;

	SpinBarrier(final int parties) {
		this.parties = parties;
	}

	void await() {
		final int gen = generation;
		if (arrived.incrementAndGet() == parties) {
			arrived.set(0);
			generation = gen + 1; // volatile write: publishes everything written before arriving
			return;
		}
		int spins = 0;
		while (generation == gen) {
			if (aborted) throw new Aborted();
			if (++spins < SPINS) Thread.onSpinWait();
			else Thread.yield();
		}
	}

	void abort() {
		aborted = true;
	}
}
