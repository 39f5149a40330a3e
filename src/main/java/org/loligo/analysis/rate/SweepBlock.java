package org.loligo.analysis.rate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.input.Stimulus;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.record.RecordSpec;
import org.loligo.engine.sim.PopulationBlock;
import org.loligo.engine.sim.SimulationSpec;
import org.loligo.engine.sim.Stepper;

/**
 * A few lanes (independent runs of one neuron, starting at rest) run together by the engine's population
 * schedule ({@link PopulationBlock}: the scheme's step, white noise, divergence check), through a list of
 * segments: in segment s lane l is held at current {@code currents[s][l]} (µA/cm²) for {@code steps}
 * steps, then, if the segment is measured, its rate is written to {@code out[s][l]} (see
 * {@link OscillationMeter}) from V over the settled part of the segment, read by a step observer. A lane
 * carries its state from one segment to the next, which is what makes a quasi-static sweep; with
 * {@code ramp} the current also moves linearly from one segment's value (from 0, where the lanes start at
 * rest, for the first) to the next over the discarded (settle) part of the run, since an abrupt step of the
 * current is a stimulus in itself: a step of 2 µA/cm² kicks the classic model from rest onto its limit
 * cycle (or off it) in the bistable range and would hide the hysteresis. Run by one worker thread.
 * <p>
 * The current of a step is that of its start, held over the step ({@link Stimulus#heldOverStep()}). A
 * lane's numbers depend only on its stream and its currents, never on which block or thread runs it.
 */
final class SweepBlock implements Runnable {

	final int size;

	private final PopulationBlock run;
	private final long work;
	private Runnable onDone;

	/**
	 * @param currents per segment, the current of each lane (µA/cm²)
	 * @param measured per segment, whether its rates are measured
	 * @param out      per segment, where lane l's rate goes ({@code out[s][l]}), for measured segments
	 * @param streams  one per lane, or null without noise
	 * @param ramp     whether the current moves linearly from the previous segment's over the settle steps
	 */
	SweepBlock(final FiSpec spec, final Stepper stepper, final double[][] currents, final boolean[] measured,
		final double[][] out, final UniformRandomProvider[] streams, final boolean ramp, final AtomicBoolean stop)
	{
		for (final double[] o : out)
			if (o != null) Arrays.fill(o, Double.NaN); // NaN = not measured (yet)
		this.size = currents[0].length;
		final int steps = spec.steps(), settle = spec.settleSteps();
		final List<Stimulus> lanes = new ArrayList<>(size);
		for (int l = 0; l < size; l++)
			lanes.add(new SegmentCurrent(currents, l, ramp, steps, settle, spec.dt()));
		final boolean noisy = spec.noiseSigma() > 0;
		final SimulationSpec lanesSpec = SimulationSpec.builder(spec.model()).neurons(size).stimuli(lanes).duration(
			(double) currents.length * steps * spec.dt()).dt(spec.dt()).scheme(spec.scheme()).noise(noisy ? CurrentNoise
				.white(spec.noiseSigma()) : CurrentNoise.NONE).seed(1).threads(1).unit("lanes").build();
		final double[][] window = new double[size][steps - settle];
		this.work = (long) size * steps * currents.length;
		this.run = new PopulationBlock(lanesSpec, stepper, streams, (k, s, from, to) -> {
			// Step k - 1 of the sweep is step kk of segment seg; the state is now at its end.
			final int seg = (int) ((k - 1) / steps), kk = (int) ((k - 1) % steps);
			if (!measured[seg] || kk < settle) return;
			final double[] v = s.v;
			for (int l = 0; l < size; l++)
				window[l][kk - settle] = v[l];
			if (kk == steps - 1) for (int l = 0; l < size; l++)
				out[seg][l] = OscillationMeter.rateHz(window[l], steps - settle, spec.dt(), spec.minAmplitude(), noisy);
		}, stop);
	}

	/** Lane-steps this block does in all. */
	long work() {
		return work;
	}

	/** Lane-steps done (read by the thread that reports progress). */
	long done() {
		return run.progress();
	}

	/** Called by the worker when the block ends (finished or stopped), to hand its rates on. */
	void onDone(final Runnable r) {
		onDone = r;
	}

	@Override
	public void run() {
		try {
			run.run();
		}
		finally {
			if (onDone != null) onDone.run();
		}
	}

	/**
	 * Lane l's current, defined step by step: in step k of segment s, {@code currents[s][l]}, or during the
	 * settle steps of a ramp {@code from + (to - from)·(k + 1)/settle} (from = the previous segment's current,
	 * 0 for the first).
	 */
	private record SegmentCurrent(double[][] currents, int lane, boolean ramp, int steps, int settle, double dt)
		implements Stimulus
	{

		@Override
		public double at(final double t) {
			// NB: the runner asks at t = k·dt (held over the step), so k is recovered exactly by rounding.
			final long k = Math.round(t / dt);
			final int seg = (int) Math.min(currents.length - 1, k / steps), kk = (int) (k - (long) seg * steps);
			final double to = currents[seg][lane];
			if (!ramp || kk >= settle) return to;
			final double from = seg == 0 ? 0 : currents[seg - 1][lane];
			return from + (to - from) * (kk + 1) / settle;
		}

		@Override
		public boolean heldOverStep() {
			return true;
		}
	}
}
