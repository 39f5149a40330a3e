package org.loligo.engine.sim;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How the workers of a coupled population ({@link SynapticInput#coupled()}) keep in step: they meet once
 * every neuron's input of a step is computed (so no V or gate is overwritten while another worker reads
 * it) and once the step is done. When the second meeting is complete, one thread delivers the step's
 * spikes — block by block, so in ascending neuron order whatever the thread count — and decides whether
 * the run stops, so that every worker stops at the same step.
 */
final class Lockstep {

	private final CyclicBarrier inputDone, stepDone;
	private final SynapticInput input;
	private final AtomicBoolean stop;
	private final int poll;
	private NeuronBlock[] blocks;
	/** The index of the state the current step computes (incremented when the step is done). */
	private long k;
	/** Set (by the barrier's action) when the run stops at the next top of step. */
	volatile boolean halted;

	Lockstep(final int parties, final SynapticInput input, final AtomicBoolean stop, final int poll) {
		this.input = input;
		this.stop = stop;
		this.poll = poll;
		inputDone = new CyclicBarrier(parties);
		stepDone = new CyclicBarrier(parties, this::stepDone);
	}

	void blocks(final NeuronBlock[] b) {
		blocks = b;
	}

	/** Waits for every worker's input phase. */
	void awaitInputs() throws InterruptedException, BrokenBarrierException {
		inputDone.await();
	}

	/** Waits for every worker's step; the last to arrive delivers and polls. */
	void awaitStep() throws InterruptedException, BrokenBarrierException {
		stepDone.await();
	}

	/**
	 * After a worker failed: breaks the barriers so that the others, waiting or yet to arrive, stop instead
	 * of waiting forever ({@code await()} with the interrupt flag set breaks a barrier; reset() would not).
	 */
	void abandon() {
		Thread.currentThread().interrupt();
		for (final CyclicBarrier b : new CyclicBarrier[] { inputDone, stepDone })
			try {
				b.await();
			}
			catch (final InterruptedException | BrokenBarrierException expected) {
				Thread.currentThread().interrupt(); // keep the flag for the second barrier
			}
		Thread.interrupted();
	}

	private void stepDone() {
		k++;
		for (final NeuronBlock b : blocks)
			for (int c = 0; c < b.stepSpikeCount; c++)
				input.deliver(b.stepSpikes[c], k);
		if (k % poll == 0 && stop.get()) halted = true;
	}
}
