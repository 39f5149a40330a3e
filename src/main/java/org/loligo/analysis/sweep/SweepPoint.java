package org.loligo.analysis.sweep;

import java.io.Serializable;
import java.util.Arrays;

/** One point of a sweep: its index in the grid, its own seed, and one value per axis. */
public record SweepPoint(int index, long seed, double[] values) implements Serializable {

	/** Copies the values. */
	public SweepPoint {
		values = values.clone();
	}

	@Override
	public double[] values() {
		return values.clone();
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof SweepPoint p && p.index == index && p.seed == seed && Arrays.equals(p.values, values);
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(values) * 31 + index;
	}

	@Override
	public String toString() {
		return "point " + index + " " + Arrays.toString(values) + " seed " + seed;
	}
}
