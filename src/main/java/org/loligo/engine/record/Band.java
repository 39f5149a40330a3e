package org.loligo.engine.record;

/**
 * Mean and standard deviation of V over the neurons (trials) of a population at each recorded
 * instant: {@code mean[k]} and {@code sd[k]} (mV) at {@code time[k]} (ms). SD is the population standard
 * deviation (ddof 0, n in the denominator; the one SD convention of every command).
 */
public record Band(double[] time, double[] mean, double[] sd) {

	public Band {
		if (time.length != mean.length || time.length != sd.length)
			throw new IllegalArgumentException("band arrays differ in length");
	}

	/** No band recorded. */
	public static Band empty() {
		return new Band(new double[0], new double[0], new double[0]);
	}

	public int samples() {
		return time.length;
	}

	public boolean isEmpty() {
		return time.length == 0;
	}
}
