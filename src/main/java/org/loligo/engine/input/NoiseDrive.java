package org.loligo.engine.input;

import org.apache.commons.rng.UniformRandomProvider;
import org.loligo.engine.noise.CurrentNoise;
import org.loligo.engine.noise.GaussianStream;

/**
 * The current noise of neurons [from, to), written once for every runner that has it (the population
 * runner, the network): each neuron draws from its own stream, so results do not depend on how neurons
 * are split among threads.
 * <ul>
 * <li><b>white</b>: the Euler–Maruyama increment of V, {@code (σ_i/C)·sqrt(dt)·ξ} mV, added after the
 * scheme's step ({@link #whiteIncrement});</li>
 * <li><b>OU</b>: a current of stationary SD σ_i and correlation time τ, started from N(0, σ_i²)
 * ({@link #start}), held over each step ({@link #addOu}) and then advanced exactly,
 * {@code I ← a·I + σ_i·sqrt(1 - a²)·ξ}, {@code a = exp(-dt/τ)}.</li>
 * </ul>
 * The draws are standard normals from each neuron's {@link GaussianStream}, seeded with four words of the
 * neuron's stream when the drive is made (so a stochastic scheme can go on drawing from that stream).
 * NB: white noise is drawn {@link #AHEAD} steps ahead per neuron, in one block per neuron: the very sequence
 * of one draw per step, with each generator hot in a tight loop instead of a thousand generators touched once
 * per step.
 */
public final class NoiseDrive {

	/** Steps of white noise drawn at once per neuron. */
	public static final int AHEAD = 32;
	/** Whether white noise is drawn ahead where it can be (tests compare with one draw per step). */
	public static volatile boolean drawAhead = true;

	private final int from, to;
	private final CurrentNoise noise;
	private final GaussianStream[] gauss;
	/** White: (σ_i/C)·sqrt(dt) (mV per unit draw); OU: σ_i·sqrt(1 - a²) (µA/cm² per unit draw). */
	private final double[] scale;
	private final double ouDecay;
	/** The OU current of each neuron (µA/cm²), null without OU noise. */
	private final double[] ou;
	/** Where {@link #whiteIncrement} reads: {@code buffer[base + i]}; the batch or this step's draws. */
	private final double[] buffer;
	private final boolean batched;
	private int used = AHEAD, base;

	/**
	 * @param cm        membrane capacitance, µF/cm²
	 * @param streams   one per neuron of the run, indexed by neuron (so are the currents; the drive keeps only
	 *                  its own neurons' state; the noise draws from generators of its own, seeded from
	 *                  them, so a stochastic scheme may draw from the same streams)
	 */
	public NoiseDrive(final CurrentNoise noise, final double cm, final double dt, final UniformRandomProvider[] streams,
		final int from, final int to)
	{
		this.from = from;
		this.to = to;
		this.noise = noise;
		final boolean white = noise.isWhite(), isOu = noise.isOu();
		final int width = to - from;
		gauss = new GaussianStream[width];
		scale = new double[width];
		for (int i = from; i < to; i++) {
			gauss[i - from] = new GaussianStream(streams[i]);
			scale[i - from] = isOu ? noise.ouKick(i, dt) : noise.sigmaOf(i) / cm * Math.sqrt(dt);
		}
		ouDecay = isOu ? noise.ouDecay(dt) : 0;
		ou = isOu ? new double[width] : null;
		batched = white && drawAhead;
		buffer = !white ? null : new double[batched ? AHEAD * width : width];
	}

	/** Whether there is white noise, read by {@link #whiteIncrement}. */
	public boolean white() {
		return buffer != null;
	}

	/** Draws the OU currents' stationary start, N(0, σ_i²); nothing for white noise. */
	public void start() {
		if (ou != null) for (int i = from; i < to; i++)
			ou[i - from] = noise.sigmaOf(i) * gauss[i - from].sample();
	}

	/**
	 * Draws this step's white-noise increments (one per neuron, before the step), so that
	 * {@link #whiteIncrement} reads them.
	 */
	public void nextWhite() {
		if (buffer == null) return;
		final int width = to - from;
		if (!batched) {
			for (int l = 0; l < width; l++)
				buffer[l] = scale[l] * gauss[l].sample(); // Euler–Maruyama: (σ_i/C)·sqrt(dt)·ξ
			base = -from;
			return;
		}
		if (used == AHEAD) {
			for (int l = 0; l < width; l++) // Euler–Maruyama: (σ_i/C)·sqrt(dt)·ξ, AHEAD steps of neuron l
				gauss[l].fill(buffer, l, AHEAD, width, scale[l]);
			used = 0;
		}
		base = used * width - from;
		used++;
	}

	/** The array {@link #whiteIncrement} reads this step, at {@link #base()} + i (valid until the next step). */
	public double[] buffer() {
		return buffer;
	}

	/** The offset of neuron i's increment in {@link #buffer()} this step. */
	public int base() {
		return base;
	}

	/** Neuron i's white-noise increment of V this step, mV. */
	public double whiteIncrement(final int i) {
		return buffer[base + i];
	}

	/**
	 * Adds each neuron's OU current, held over the step, to the currents at t (and at t + dt/2, t + dt
	 * when the scheme reads them), then advances it; nothing without OU noise.
	 */
	public void addOu(final double[] iNow, final double[] iMid, final double[] iNext) {
		if (ou == null) return;
		for (int i = from; i < to; i++) {
			final int l = i - from;
			final double x = ou[l];
			iNow[i] += x;
			if (iMid != iNow) {
				iMid[i] += x;
				iNext[i] += x;
			}
			ou[l] = ouDecay * x + scale[l] * gauss[l].sample();
		}
	}

	/** Whether there is OU noise. */
	public boolean hasOu() {
		return ou != null;
	}
}
