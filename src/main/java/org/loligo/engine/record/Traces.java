package org.loligo.engine.record;

import java.util.List;

/**
 * Recorded state traces: {@code time[k]} (ms) and, for recorded neuron r (global index
 * {@code neurons[r]}) and variable index q, {@code data[q * neurons.length + r][k]}.
 * Immutable by convention: the arrays are not copied, callers must not modify them.
 */
public record Traces(double[] time, int[] neurons, List<TraceVariable> variables, double[][] data) {

	/** No traces. */
	public static Traces empty() {
		return new Traces(new double[0], new int[0], List.of(), new double[0][]);
	}

	public int samples() {
		return time.length;
	}

	/** The series of {@code variable} for the r-th recorded neuron. */
	public double[] series(final TraceVariable variable, final int r) {
		final int q = variables.indexOf(variable);
		if (q < 0) throw new IllegalArgumentException("variable " + variable + " was not recorded");
		return data[q * neurons.length + r];
	}

	/** Column name of the r-th recorded neuron's variable, e.g. {@code V_0}. */
	public String column(final TraceVariable variable, final int r) {
		return variable.column() + "_" + neurons[r];
	}

	/** The first {@code samples} samples only (for partial runs). */
	public Traces truncate(final int samples) {
		if (samples >= time.length) return this;
		final double[][] d = new double[data.length][];
		for (int i = 0; i < d.length; i++)
			d[i] = java.util.Arrays.copyOf(data[i], samples);
		return new Traces(java.util.Arrays.copyOf(time, samples), neurons, variables, d);
	}
}
