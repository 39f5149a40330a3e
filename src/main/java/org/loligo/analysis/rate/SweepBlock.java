package org.loligo.analysis.rate;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.loligo.engine.sim.DivergenceCheck;
import org.loligo.engine.sim.PopulationState;
import org.loligo.engine.sim.Stepper;

/**
 * A few lanes (independent runs of one neuron) stepped together, lane l being element l of one
 * {@link PopulationState}, through a list of segments: in segment s lane l is held at current
 * {@code currents[s][l]} (µA/cm²) for {@code steps} steps, then, if the segment is measured, its rate
 * is written to {@code out[s][l]} (see {@link OscillationMeter}). A lane carries its state from one
 * segment to the next, which is what makes a quasi-static sweep; with {@code ramp} the current also moves
 * linearly from one segment's value (from 0, where the lanes start at rest, for the first) to the next
 * over the discarded (settle) part of the run, since an
 * abrupt step of the current is a stimulus in itself: a step of 2 µA/cm² kicks the classic model from
 * rest onto its limit cycle (or off it) in the bistable range and would hide the hysteresis. Run by one
 * worker thread.
 * <p>
 * Per step: the scheme's step, then with noise the Euler–Maruyama increment (σ/C)·√dt·ξ with ξ from the
 * lane's own stream (as in the engine's {@code Simulation}), then the engine's divergence check
 * ({@link DivergenceCheck}: V and every gate), then V is stored
 * if in the settled window. A lane's numbers depend only on its stream and its currents, never on which
 * block or thread runs it.
 */
final class SweepBlock implements Runnable {

	private static final int POLL = 256;

	final int size;
	/** Lane-steps done (read by the thread that reports progress). */
	volatile long done;

	private final Stepper stepper;
	private final DivergenceCheck divergence;
	private final double dt, noiseScale, minAmplitude;
	private final int steps, settle;
	private final double[][] currents;
	private final boolean[] measured;
	private final double[][] out;
	private final NormalizedGaussianSampler[] gauss;
	private final AtomicBoolean stop;
	private final PopulationState state;
	private final boolean ramp;
	private Runnable onDone;

	/**
	 * @param currents per segment, the current of each lane (µA/cm²)
	 * @param measured per segment, whether its rates are measured
	 * @param out      per segment, where lane l's rate goes ({@code out[s][l]}), for measured segments
	 * @param streams  one per lane, or null without noise
	 * @param initial  the lanes' state at the start (the block steps it on)
	 * @param ramp     whether the current moves linearly from the previous segment's over the settle steps
	 */
	SweepBlock(final FiSpec spec, final Stepper stepper, final double[][] currents, final boolean[] measured,
		final double[][] out, final UniformRandomProvider[] streams, final PopulationState initial,
		final boolean ramp, final AtomicBoolean stop)
	{
		this.state = initial;
		this.ramp = ramp;
		this.stepper = stepper;
		this.divergence = new DivergenceCheck(spec.model(), initial, spec.scheme().name(), spec.dt());
		this.dt = spec.dt();
		this.noiseScale = spec.noiseSigma() / spec.model().cm() * Math.sqrt(dt);
		this.minAmplitude = spec.minAmplitude();
		this.steps = spec.steps();
		this.settle = spec.settleSteps();
		this.currents = currents;
		this.measured = measured;
		this.out = out;
		for (final double[] o : out)
			if (o != null) java.util.Arrays.fill(o, Double.NaN); // NaN = not measured (yet)
		this.size = currents[0].length;
		this.stop = stop;
		if (streams == null) gauss = null;
		else {
			gauss = new NormalizedGaussianSampler[size];
			for (int l = 0; l < size; l++)
				gauss[l] = ZigguratSampler.NormalizedGaussian.of(streams[l]);
		}
	}

	/** Lane-steps this block does in all. */
	long work() {
		return (long) size * steps * currents.length;
	}

	/** Called by the worker when the block ends (finished or stopped), to hand its rates on. */
	void onDone(final Runnable r) {
		onDone = r;
	}

	@Override
	public void run() {
		try {
			steps();
		}
		finally {
			if (onDone != null) onDone.run();
		}
	}

	private void steps() {
		final PopulationState s = state;
		final double[] v = s.v;
		final double[][] window = new double[size][steps - settle];
		final double[] iNow = new double[size];
		final double[] zero = new double[size]; // lanes start at the model's rest, which is at I = 0
		final boolean noisy = gauss != null;
		long count = 0;
		for (int seg = 0; seg < currents.length; seg++) {
			final double[] to = currents[seg], from = !ramp ? to : seg == 0 ? zero : currents[seg - 1];
			System.arraycopy(to, 0, iNow, 0, size);
			final boolean keep = measured[seg];
			for (int k = 0; k < steps; k++) {
				if (k < settle && from != to) for (int l = 0; l < size; l++)
					iNow[l] = from[l] + (to[l] - from[l]) * (k + 1) / settle;
				stepper.step(s, 0, size, iNow, iNow, iNow);
				for (int l = 0; l < size; l++) {
					final double vl = noisy ? v[l] + noiseScale * gauss[l].sample() : v[l];
					divergence.check(l, vl, k + 1);
					v[l] = vl;
					if (keep && k >= settle) window[l][k - settle] = vl;
				}
				if (++count % POLL == 0) {
					done = count * size;
					if (stop.get()) return;
				}
			}
			if (keep) for (int l = 0; l < size; l++)
				out[seg][l] = OscillationMeter.rateHz(window[l], steps - settle, dt, minAmplitude, noisy);
		}
		done = count * size;
	}
}
