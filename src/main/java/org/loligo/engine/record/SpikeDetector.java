package org.loligo.engine.record;

/**
 * The one spike rule of every runner, for a population of neurons: a spike is an upward crossing of the
 * threshold θ, {@code V(t) < θ ≤ V(t + dt)}, timed by linear interpolation in the step,
 * {@code t + dt·(θ - V(t))/(V(t + dt) - V(t))}; after a spike detection is disarmed until V falls below
 * {@code θ - hysteresis}, so a noisy V that re-crosses θ within one spike counts once. Without noise an HH
 * spike falls far below θ - 10 mV before the next one, so the rule then finds the same spikes as a plain
 * crossing.
 * <p>
 * The same detector also holds the COBA benchmark's rule ({@link #refractory}: V above θ at the end of a
 * step and the neuron's last spike at least a refractory time ago, Brette et al. 2007), which times a
 * spike at the end of its step; COBA's fused kernel calls {@link #fires} per neuron.
 * <p>
 * Threads own disjoint ranges of neurons; each neuron's state is touched only by its owner.
 */
public final class SpikeDetector {

	private final double theta, rearm;
	/** Crossing rule: whether neuron i may spike (V has been below θ - hysteresis since its last spike). */
	private final boolean[] armed;
	/** Refractory rule: the step of neuron i's last spike, and the dead time in steps. */
	private final int[] last;
	private final int refractorySteps;

	/**
	 * The crossing rule with hysteresis, for neurons 0..size-1; call {@link #init} for each before its first
	 * step.
	 */
	public SpikeDetector(final double threshold, final double hysteresis, final int size) {
		this(threshold, hysteresis, size, -1);
	}

	private SpikeDetector(final double threshold, final double hysteresis, final int size, final int refractory) {
		if (!Double.isFinite(threshold)) throw new IllegalArgumentException("threshold must be a finite voltage " +
			"in mV, got " + threshold);
		if (!(hysteresis >= 0) || !Double.isFinite(hysteresis)) throw new IllegalArgumentException(
			"hysteresis must be >= 0 mV and finite, got " + hysteresis);
		this.theta = threshold;
		this.rearm = threshold - hysteresis;
		this.refractorySteps = refractory;
		this.armed = refractory < 0 ? new boolean[size] : null;
		if (refractory < 0) last = null;
		else {
			last = new int[size];
			// "Never spiked": far enough back that the refractory test passes, without overflow in k - last.
			java.util.Arrays.fill(last, Integer.MIN_VALUE / 2);
		}
	}

	/**
	 * The level rule with a refractory window (COBA-HH, Brette et al. 2007): neuron i spikes at step k when
	 * {@code V > θ} at the end of the step and it has not spiked in the {@code refractorySteps} steps before.
	 */
	public static SpikeDetector refractory(final double threshold, final int refractorySteps, final int size) {
		if (refractorySteps < 0) throw new IllegalArgumentException("refractory must be >= 0 steps, got " +
			refractorySteps);
		return new SpikeDetector(threshold, 0, size, refractorySteps);
	}

	/**
	 * The level rule ({@link #refractory}): whether neuron i, at V = v after step k, spikes at the end of
	 * that step (its last spike is then k).
	 */
	public boolean fires(final int i, final int k, final double v) {
		if (v > theta && k - last[i] >= refractorySteps) {
			last[i] = k;
			return true;
		}
		return false;
	}

	/** Neuron i starts at V = v: armed if below θ. */
	public void init(final int i, final double v) {
		armed[i] = v < theta;
	}

	/**
	 * Feeds neuron i's step from {@code (t, vOld)} to {@code (t + dt, vNew)}; returns the spike time (ms),
	 * or NaN when there is none.
	 */
	public double step(final int i, final double t, final double dt, final double vOld, final double vNew) {
		if (armed[i]) {
			// NB: when armed, V has been below θ since the last spike (or the start), so vOld < θ holds too.
			if (vOld < theta && vNew >= theta) {
				armed[i] = false;
				return t + dt * (theta - vOld) / (vNew - vOld);
			}
		}
		else if (vNew < rearm) armed[i] = true;
		return Double.NaN;
	}

	/** The rule in words, as written into results ({@code spike_rule}). */
	public static String rule(final double threshold, final double hysteresis) {
		return "upward crossing of V = " + threshold + " mV between consecutive steps (V(t) < threshold <= " +
			"V(t+dt)); spike time linearly interpolated within the step; after a spike, detection re-arms when V " +
			"falls below " + (threshold - hysteresis) + " mV (hysteresis " + hysteresis + " mV)";
	}

	/** The level rule ({@link #refractory}) in words, as written into results. */
	public static String refractoryRule(final double threshold, final double refractoryMs) {
		return "V > " + threshold + " mV at the end of a step, not within " + refractoryMs + " ms of the neuron's " +
			"last spike; time = end of that step";
	}

	/** The rule in the words of the Poisson-driven neuron's results, where V(t + dt) includes the step's kicks. */
	public static String ruleWithKicks(final double threshold, final double hysteresis) {
		return "upward crossing of V = " + threshold + " mV between consecutive steps (V(t) < threshold <= " +
			"V(t+dt)), time linearly interpolated within the step; after a spike, detection is disarmed until V < " +
			"threshold - hysteresis = " + (threshold - hysteresis) + " mV (hysteresis " + hysteresis +
			" mV), so a noisy re-crossing within one spike counts once; V(t+dt) includes the step's kicks";
	}
}
