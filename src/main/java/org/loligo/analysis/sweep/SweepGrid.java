package org.loligo.analysis.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The points of a sweep: every combination of one or two {@link Axis axes}, numbered row-major
 * (point {@code i0·n1 + i1} has the first axis' value i0 and the second's i1), each with its own seed.
 * <p>
 * A point's seed depends only on the master seed and the point's index, never on the order in which
 * points run: {@code seed(index) = mix(mix(master) + (index + 1)·φ) & Long.MAX_VALUE} with
 * φ = 0x9E3779B97F4A7C15 (the golden-ratio increment) and {@code mix} SplitMix64's finaliser
 * (Steele, Lea &amp; Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014). Seeds are
 * positive, so a user can type one back to rerun that point alone; 0 (which commands read as "pick
 * one") is replaced by 1.
 */
public final class SweepGrid implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private final List<Axis> axes;
	private final long masterSeed;

	/**
	 * @param axes one or two axes with distinct names
	 * @param masterSeed the sweep's master seed (resolved: non-zero)
	 * @throws IllegalArgumentException for no axis, more than two, or a name given twice
	 */
	public SweepGrid(final List<Axis> axes, final long masterSeed) {
		if (axes.isEmpty() || axes.size() > 2) throw new IllegalArgumentException("axes: give one or two axes " +
			"separated by ';', e.g. axes=current=0:20:1; noiseSigma=[0 1 2 4]; got " + axes.size());
		final Set<String> names = new HashSet<>();
		for (final Axis a : axes)
			if (!names.add(a.name())) throw new IllegalArgumentException("axes: axis '" + a.name() +
				"' is given twice");
		if (masterSeed == 0) throw new IllegalArgumentException("seed must be resolved (non-zero) before use");
		this.axes = List.copyOf(axes);
		this.masterSeed = masterSeed;
	}

	/**
	 * Parses {@code "a=0:20:1; b=[0 1 2]"}: axes separated by ';'.
	 *
	 * @param limit the most points accepted, checked on the product before anything is expanded
	 * @throws IllegalArgumentException naming the axis at fault, or the product over the limit
	 */
	public static List<Axis> parseAxes(final String text, final long limit) {
		if (text == null || text.isBlank()) throw new IllegalArgumentException("axes: none given; give one or " +
			"two swept parameters separated by ';', each name=start:stop:step or name=[v1 v2 ...]");
		final List<Axis> axes = new ArrayList<>();
		long product = 1;
		for (final String part : text.split(";")) {
			if (part.isBlank()) continue;
			final Axis a = Axis.parse(part, limit);
			axes.add(a);
			product *= a.size();
			if (product > limit) throw new IllegalArgumentException("axes: the grid has " + product + " or more " +
				"points (axis '" + a.name() + "' makes it so), more than the limit of " + limit + " points; " +
				"raise maxPoints or set force=true");
		}
		return axes;
	}

	/** The axes, first (slowest varying) first. */
	public List<Axis> axes() {
		return axes;
	}

	/** The master seed. */
	public long masterSeed() {
		return masterSeed;
	}

	/** The number of points. */
	public int size() {
		int n = 1;
		for (final Axis a : axes)
			n = Math.multiplyExact(n, a.size());
		return n;
	}

	/** The axis values of point {@code index}, one per axis. */
	public double[] values(final int index) {
		if (index < 0 || index >= size()) throw new IndexOutOfBoundsException("point " + index + " of " + size());
		final double[] v = new double[axes.size()];
		int rest = index;
		for (int a = axes.size() - 1; a >= 0; a--) {
			v[a] = axes.get(a).value(rest % axes.get(a).size());
			rest /= axes.get(a).size();
		}
		return v;
	}

	/** Point {@code index} with its values and seed. */
	public SweepPoint point(final int index) {
		return new SweepPoint(index, seed(masterSeed, index), values(index));
	}

	/** Every point, in index order. */
	public List<SweepPoint> points() {
		final List<SweepPoint> out = new ArrayList<>(size());
		for (int i = 0; i < size(); i++)
			out.add(point(i));
		return out;
	}

	/** The seed of point {@code index} under {@code masterSeed}: positive, never 0 (see the class doc). */
	public static long seed(final long masterSeed, final long index) {
		final long s = mix(mix(masterSeed) + (index + 1) * GOLDEN) & Long.MAX_VALUE;
		return s == 0 ? 1 : s;
	}

	/** SplitMix64's finaliser (a bijection of the 64-bit integers). */
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
