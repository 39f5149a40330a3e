package org.loligo.engine.sim;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.loligo.engine.input.Stimulus;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.record.TraceVariable;

/**
 * The neurons {@code [from, to)} of a population, run by one worker thread for the whole duration,
 * following the schedule documented in {@link Simulation}. Writes only its own slice of the shared
 * state and its own trace rows.
 */
final class NeuronBlock implements Runnable {

	/** Steps between checks of the stop flag and progress updates. */
	private static final int POLL = 256;

	final int from, to;
	final SpikeBuffer spikes = new SpikeBuffer();
	volatile long progressSteps;
	long completedSteps;

	private final SimulationSpec spec;
	private final Stepper stepper;
	private final PopulationState s;
	private final NormalizedGaussianSampler[] gauss;
	private final double[][] data;
	private final long stride;
	private final AtomicBoolean stop;
	private final double[] iNow, iMid, iNext, vPrev;
	/** Recorded neurons in this block: their position r in the record spec and their index. */
	private final int[] recR, recId;

	NeuronBlock(final SimulationSpec spec, final Stepper stepper, final PopulationState state, final int from,
		final int to, final UniformRandomProvider[] streams, final double[][] data, final long stride,
		final AtomicBoolean stop)
	{
		this.spec = spec;
		this.stepper = stepper;
		this.s = state;
		this.from = from;
		this.to = to;
		this.data = data;
		this.stride = stride;
		this.stop = stop;
		final int size = state.size();
		iNow = new double[size];
		iMid = stepper.usesLaterCurrents() ? new double[size] : iNow;
		iNext = stepper.usesLaterCurrents() ? new double[size] : iNow;
		vPrev = new double[size];
		gauss = streams == null ? null : new NormalizedGaussianSampler[size];
		if (streams != null) for (int i = from; i < to; i++)
			gauss[i] = ZigguratSampler.NormalizedGaussian.of(streams[i]);
		final int[] ids = spec.record().neurons();
		int c = 0;
		for (final int id : ids)
			if (id >= from && id < to) c++;
		recR = new int[c];
		recId = new int[c];
		c = 0;
		for (int r = 0; r < ids.length; r++)
			if (ids[r] >= from && ids[r] < to) {
				recR[c] = r;
				recId[c++] = ids[r];
			}
	}

	@Override
	public void run() {
		final long steps = spec.steps();
		final double dt = spec.dt(), theta = spec.threshold();
		final double noiseScale = gauss == null ? 0 : spec.noise().sigma() / spec.model().cm() * Math.sqrt(dt);
		final boolean constant = fillConstantCurrents();
		final int len = to - from;
		final double[] v = s.v;
		record(0);
		long k = 0;
		while (k < steps) {
			final double t = k * dt;
			if (!constant) fillCurrents(t, dt);
			System.arraycopy(v, from, vPrev, from, len);
			stepper.step(s, from, to, iNow, iMid, iNext);
			if (gauss != null) for (int i = from; i < to; i++)
				v[i] += noiseScale * gauss[i].sample(); // Euler–Maruyama: (σ/C)·sqrt(dt)·ξ
			k++;
			checkAndDetect(k, t, dt, theta);
			if (k % stride == 0) record((int) (k / stride));
			if (k % POLL == 0) {
				progressSteps = k;
				if (stop.get()) break;
			}
		}
		completedSteps = k;
		progressSteps = k;
	}

	/** Fills the currents once if they never change; returns whether it did. */
	private boolean fillConstantCurrents() {
		final List<Stimulus> st = spec.stimuli();
		for (final Stimulus x : st)
			if (!x.isConstant()) return false;
		for (int i = from; i < to; i++)
			iNow[i] = st.get(st.size() == 1 ? 0 : i).at(0);
		if (iMid != iNow) {
			System.arraycopy(iNow, from, iMid, from, to - from);
			System.arraycopy(iNow, from, iNext, from, to - from);
		}
		return true;
	}

	private void fillCurrents(final double t, final double dt) {
		fill(iNow, t);
		if (iMid != iNow) {
			fill(iMid, t + 0.5 * dt);
			fill(iNext, t + dt);
		}
	}

	private void fill(final double[] out, final double t) {
		final List<Stimulus> st = spec.stimuli();
		if (st.size() == 1) java.util.Arrays.fill(out, from, to, st.get(0).at(t));
		else for (int i = from; i < to; i++)
			out[i] = st.get(i).at(t);
	}

	private void checkAndDetect(final long k, final double t, final double dt, final double theta) {
		final double[] v = s.v, m = s.m, h = s.h, n = s.n;
		for (int i = from; i < to; i++) {
			final double vi = v[i];
			if (!(vi >= -Simulation.V_LIMIT && vi <= Simulation.V_LIMIT)) diverged(i, k, dt, "V", vi);
			if (!(m[i] >= 0 && m[i] <= 1)) diverged(i, k, dt, "m", m[i]);
			if (!(h[i] >= 0 && h[i] <= 1)) diverged(i, k, dt, "h", h[i]);
			if (!(n[i] >= 0 && n[i] <= 1)) diverged(i, k, dt, "n", n[i]);
			final double vp = vPrev[i];
			if (vp < theta && vi >= theta) spikes.add(k, i, t + dt * (theta - vp) / (vi - vp));
		}
	}

	private void diverged(final int i, final long k, final double dt, final String var, final double value) {
		throw new DivergenceException(i, k * dt, var, value, spec.scheme().name(), dt);
	}

	private void record(final int sample) {
		if (recR.length == 0) return;
		final HHModel p = spec.model();
		final List<TraceVariable> vars = spec.record().variables();
		final int nRec = spec.record().neurons().length;
		for (int c = 0; c < recR.length; c++) {
			final int i = recId[c];
			for (int q = 0; q < vars.size(); q++)
				data[q * nRec + recR[c]][sample] = vars.get(q).value(p, s.v[i], s.m[i], s.h[i], s.n[i]);
		}
	}
}
