package org.loligo.analysis.sweep;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One swept parameter: its name and the values it takes, in order.
 * <p>
 * Written {@code name=start:stop:step} (stop included when the steps reach it) or
 * {@code name=[v1 v2 …]}. A range is computed in exact decimal arithmetic ({@code start + i·step}
 * on the typed decimals, then rounded once to a double), so {@code 0:1:0.1} gives 0.3 and not
 * 0.30000000000000004, and every value is the one a user would type.
 */
public record Axis(String name, double[] values) implements Serializable {

	/** Checks the name and that there is at least one finite value. */
	public Axis {
		if (name == null || name.isBlank()) throw new IllegalArgumentException("axes: an axis has no parameter name");
		if (values.length == 0) throw new IllegalArgumentException("axes: axis '" + name + "' has no values");
		for (final double v : values)
			if (!Double.isFinite(v)) throw new IllegalArgumentException("axes: axis '" + name + "' has value " + v +
				"; values must be finite");
		values = values.clone();
	}

	/** The number of values. */
	public int size() {
		return values.length;
	}

	/** Value i. */
	public double value(final int i) {
		return values[i];
	}

	/** The values. */
	@Override
	public double[] values() {
		return values.clone();
	}

	/** The step when the values are evenly spaced (to 1e-9 of the step), else NaN. */
	public double uniformStep() {
		if (values.length < 2) return Double.NaN;
		final double step = values[1] - values[0];
		for (int i = 2; i < values.length; i++)
			if (Math.abs(values[i] - values[0] - i * step) > 1e-9 * Math.abs(step)) return Double.NaN;
		return step;
	}

	/**
	 * Parses {@code name=start:stop:step} or {@code name=[v1 v2 …]} (values separated by spaces or
	 * commas; the brackets may be left out).
	 *
	 * @param limit the largest number of values accepted (a range is refused before it is expanded)
	 * @throws IllegalArgumentException naming the axis: no '=', a malformed number, a zero step, a step
	 *           pointing away from stop, an empty list, more than {@code limit} values
	 */
	public static Axis parse(final String text, final long limit) {
		final int eq = text.indexOf('=');
		if (eq <= 0) throw new IllegalArgumentException("axes: '" + text.trim() + "' is not name=start:stop:step " +
			"or name=[v1 v2 ...]");
		final String name = text.substring(0, eq).trim();
		final String spec = text.substring(eq + 1).trim();
		if (spec.contains(":") && !spec.startsWith("[")) return range(name, spec, limit);
		return list(name, spec, limit);
	}

	private static Axis range(final String name, final String spec, final long limit) {
		final String[] p = spec.split(":", -1);
		if (p.length != 3) throw new IllegalArgumentException("axes: axis '" + name + "': '" + spec +
			"' is not start:stop:step");
		final BigDecimal start = number(name, p[0]), stop = number(name, p[1]), step = number(name, p[2]);
		if (step.signum() == 0) throw new IllegalArgumentException("axes: axis '" + name + "': step must not be 0");
		final BigDecimal span = stop.subtract(start);
		if (span.signum() != 0 && span.signum() != step.signum()) throw new IllegalArgumentException("axes: axis '" +
			name + "': the range " + spec + " is empty (step " + step.toPlainString() + " leads away from stop " + stop
				.toPlainString() + ")");
		final BigDecimal steps = span.divide(step, 0, java.math.RoundingMode.FLOOR);
		if (steps.compareTo(BigDecimal.valueOf(limit)) >= 0) throw new IllegalArgumentException("axes: axis '" +
			name + "': " + spec + " has " + steps.add(BigDecimal.ONE).toPlainString() + " values, more than the " +
			"limit of " + limit + " points");
		final int n = steps.intValueExact() + 1;
		final double[] values = new double[n];
		for (int i = 0; i < n; i++)
			values[i] = start.add(step.multiply(BigDecimal.valueOf(i))).doubleValue();
		return new Axis(name, values);
	}

	private static Axis list(final String name, final String spec, final long limit) {
		final String inner = spec.replaceAll("^\\[|\\]$", "").trim();
		final List<Double> values = new ArrayList<>();
		if (!inner.isEmpty()) for (final String s : inner.split("[\\s,]+"))
			values.add(number(name, s).doubleValue());
		if (values.isEmpty()) throw new IllegalArgumentException("axes: axis '" + name + "' has an empty list of " +
			"values; give name=[v1 v2 ...] or name=start:stop:step");
		if (values.size() > limit) throw new IllegalArgumentException("axes: axis '" + name + "' has " + values
			.size() + " values, more than the limit of " + limit + " points");
		return new Axis(name, values.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private static BigDecimal number(final String name, final String s) {
		try {
			return new BigDecimal(s.trim());
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException("axes: axis '" + name + "': '" + s.trim() + "' is not a number");
		}
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof Axis a && a.name.equals(name) && Arrays.equals(a.values, values);
	}

	@Override
	public int hashCode() {
		return 31 * name.hashCode() + Arrays.hashCode(values);
	}

	@Override
	public String toString() {
		return name + "=" + Arrays.toString(values);
	}
}
