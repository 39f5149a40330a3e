package org.loligo.engine.sim;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.record.StepObserver;
import org.loligo.engine.record.TraceRecorder;

/**
 * The population run's schedule (see {@link Simulation}) over all neurons of a spec, on the caller's
 * thread, for callers that run many small populations side by side and read them through a
 * {@link StepObserver} — the f–I sweep runs its lanes so. The neurons start at the model's rest; neuron
 * i draws its noise from {@code streams[i]}, so a caller that hands out slices of one set of streams gets
 * the same numbers however it groups the neurons. Spikes are detected (by the spec's rule) but not kept
 * beyond the run; traces are not recorded.
 */
public final class PopulationBlock implements Runnable {

	private final NeuronBlock block;
	private final int size;

	/**
	 * @param stepper  the spec's scheme prepared for its model and dt (shareable between blocks)
	 * @param streams  one per neuron, or null without noise
	 * @param observer called after every step
	 * @param stop     set to stop the run (polled every few hundred steps)
	 */
	public PopulationBlock(final SimulationSpec spec, final Stepper stepper, final UniformRandomProvider[] streams,
		final StepObserver observer, final AtomicBoolean stop)
	{
		size = spec.neurons();
		final TraceRecorder none = new TraceRecorder(org.loligo.engine.record.RecordSpec.spikesOnly(), spec.model(), 0,
			spec.dt());
		block = new NeuronBlock(spec, stepper, PopulationState.atRest(spec.model(), size), 0, size, streams, none.block(0,
			size), Long.MAX_VALUE, stop, null, observer);
	}

	@Override
	public void run() {
		block.run();
	}

	/** Neuron-steps done so far (read from any thread). */
	public long progress() {
		return block.progressSteps * size;
	}
}
