package org.loligo.engine.record;

/**
 * The one spike rule of every runner, for a population of neurons: a spike is an upward crossing of the
 * threshold θ, {@code V(t) < θ ≤ V(t + dt)}, timed by linear interpolation in the step,
 * {@code t + dt·(θ - V(t))/(V(t + dt) - V(t))}; after a spike detection is disarmed until V falls below
 * {@code θ - hysteresis}, so a noisy V that re-crosses θ within one spike counts once. Without noise an HH
 * spike falls far below θ - 10 mV before the next one, so the rule then finds the same spikes as a plain
 * crossing.
 * <p>
 * The COBA benchmark's rule (V above θ and the last spike at least a refractory time ago, Brette et al.
 * 2007) is the one specialised exception; its fused kernel states it ({@code CobaBlock}).
 * <p>
 * Threads own disjoint ranges of neurons; each neuron's state is touched only by its owner.
 */
public final class SpikeDetector {

	private final double theta, rearm;
	private final boolean[] armed;

	/** For neurons 0..size-1; call {@link #init} for each before its first step. */
	public SpikeDetector(final double threshold, final double hysteresis, final int size) {
		if (!Double.isFinite(threshold)) throw new IllegalArgumentException("threshold must be a finite voltage " +
			"in mV, got " + threshold);
		if (!(hysteresis >= 0) || !Double.isFinite(hysteresis)) throw new IllegalArgumentException(
			"hysteresis must be >= 0 mV and finite, got " + hysteresis);
		this.theta = threshold;
		this.rearm = threshold - hysteresis;
		this.armed = new boolean[size];
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

	/** The rule in the words of the Poisson-driven neuron's results, where V(t + dt) includes the step's kicks. */
	public static String ruleWithKicks(final double threshold, final double hysteresis) {
		return "upward crossing of V = " + threshold + " mV between consecutive steps (V(t) < threshold <= " +
			"V(t+dt)), time linearly interpolated within the step; after a spike, detection is disarmed until V < " +
			"threshold - hysteresis = " + (threshold - hysteresis) + " mV (hysteresis " + hysteresis +
			" mV), so a noisy re-crossing within one spike counts once; V(t+dt) includes the step's kicks";
	}
}
