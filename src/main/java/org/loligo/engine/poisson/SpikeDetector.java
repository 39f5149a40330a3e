package org.loligo.engine.poisson;

/**
 * Spike detection that counts a noisy crossing once: a spike is an upward crossing of the threshold θ,
 * {@code V(t) < θ ≤ V(t + dt)}, timed by linear interpolation in the step,
 * {@code t + dt·(θ - V(t))/(V(t + dt) - V(t))}; after a spike detection is disarmed until V falls below
 * {@code θ - hysteresis}. Without noise an HH spike falls far below θ - 10 mV before the next one, so the
 * rule then finds the same spikes as a plain crossing.
 */
public final class SpikeDetector {

	private final double theta, rearm;
	private boolean armed;

	/** Armed if {@code vInit} is below θ. */
	public SpikeDetector(final double threshold, final double hysteresis, final double vInit) {
		this.theta = threshold;
		this.rearm = threshold - hysteresis;
		this.armed = vInit < threshold;
	}

	/**
	 * Feeds the step from {@code (t, vOld)} to {@code (t + dt, vNew)}; returns the spike time (ms), or NaN
	 * when there is none.
	 */
	public double step(final double t, final double dt, final double vOld, final double vNew) {
		double spike = Double.NaN;
		// NB: when armed, V has been below θ - h < θ since the last spike, so vOld < θ here.
		if (armed && vNew >= theta) {
			spike = t + dt * (theta - vOld) / (vNew - vOld);
			armed = false;
		}
		if (!armed && vNew < rearm) armed = true;
		return spike;
	}

	/** The rule in words, as recorded in results ({@code spike_rule}). */
	public static String rule(final double threshold, final double hysteresis) {
		return "upward crossing of V = " + threshold + " mV between consecutive steps (V(t) < threshold <= " +
			"V(t+dt)), time linearly interpolated within the step; after a spike, detection is disarmed until V < " +
			"threshold - hysteresis = " + (threshold - hysteresis) + " mV (hysteresis " + hysteresis +
			" mV), so a noisy re-crossing within one spike counts once; V(t+dt) includes the step's kicks";
	}
}
