package org.loligo.engine.poisson;

import java.util.Arrays;

/**
 * Recorded presynaptic spikes of the explicit inputs of one trial, as parallel primitive arrays:
 * input {@code inputs[k]} (excitatory below {@link #excitatoryInputs}, inhibitory from there) spiked at
 * {@code times[k]} ms, transmitted or not ({@code released[k]}). Growable, amortised O(1) append.
 */
public final class InputEvents implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private final int excitatoryInputs;
	private int[] inputs = new int[1024];
	private double[] times = new double[1024];
	private boolean[] released = new boolean[1024];
	private int size;

	public InputEvents(final int excitatoryInputs) {
		this.excitatoryInputs = excitatoryInputs;
	}

	void add(final int input, final double time, final boolean rel) {
		if (size == times.length) {
			final int cap = size * 2;
			inputs = Arrays.copyOf(inputs, cap);
			times = Arrays.copyOf(times, cap);
			released = Arrays.copyOf(released, cap);
		}
		inputs[size] = input;
		times[size] = time;
		released[size] = rel;
		size++;
	}

	public int size() {
		return size;
	}

	public int excitatoryInputs() {
		return excitatoryInputs;
	}

	public int input(final int k) {
		return inputs[k];
	}

	public double time(final int k) {
		return times[k];
	}

	public boolean released(final int k) {
		return released[k];
	}

	/** Whether event k comes from an excitatory input. */
	public boolean excitatory(final int k) {
		return inputs[k] < excitatoryInputs;
	}

	/** Copies of the input indices and times (for rasters). */
	public int[] inputs() {
		return Arrays.copyOf(inputs, size);
	}

	public double[] times() {
		return Arrays.copyOf(times, size);
	}
}
