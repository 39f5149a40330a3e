package org.loligo.engine.network.coba;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A reusable barrier for a few threads that meet once per time step (10,000 times per simulated second),
 * where {@link java.util.concurrent.CyclicBarrier} (a lock and a condition, i.e. parking) would cost tens of
 * µs per step. Sense-reversing: the last thread to arrive resets the count and bumps the generation; the
 * others spin on the generation for a few µs and leave when it changes. A waiter that spun in vain
 * (the machine has more runnable threads than cores, so the thread it waits for is not running) parks, so
 * that its core goes to that thread; the last arriver unparks the parked ones. {@link #abort} releases every waiter with an exception, so that a failing worker
 * cannot leave the others spinning forever.
 */
final class SpinBarrier {

	/** Thrown in the waiters of an aborted barrier. */
	static final class Aborted extends RuntimeException {

		Aborted() {
			super("barrier aborted", null, false, false);
		}
	}

	/** Spins before parking: a few µs, longer than a balanced step's wait. */
	private static final int SPINS = 4000;

	private final int parties;
	private final AtomicInteger arrived = new AtomicInteger();
	private volatile int generation;
	private volatile boolean aborted;
	/** Threads parked (or about to park) at the current generation, by slot. */
	private final AtomicReferenceArray<Thread> parked;

	SpinBarrier(final int parties) {
		this.parties = parties;
		parked = new AtomicReferenceArray<>(parties);
	}

	/** Waits for all parties; {@code slot} in [0, parties) is the caller's own. */
	void await(final int slot) {
		final int gen = generation;
		if (arrived.incrementAndGet() == parties) {
			arrived.set(0);
			generation = gen + 1; // volatile write: publishes everything written before arriving
			wakeAll();
			return;
		}
		for (int spins = 0; spins < SPINS; spins++) {
			if (generation != gen) return;
			Thread.onSpinWait();
		}
		// NB: register, then re-check: either the last arriver sees us registered and unparks us, or we
		// see its new generation (both fields are volatile, so one of the two must happen).
		parked.set(slot, Thread.currentThread());
		while (generation == gen) {
			if (aborted) {
				parked.set(slot, null);
				throw new Aborted();
			}
			LockSupport.parkNanos(this, 200_000L);
		}
		parked.set(slot, null);
	}

	void abort() {
		aborted = true;
		wakeAll();
	}

	private void wakeAll() {
		for (int s = 0; s < parties; s++) {
			final Thread t = parked.get(s);
			if (t != null) LockSupport.unpark(t);
		}
	}
}
