package org.loligo.engine.network;

import java.util.ArrayList;
import java.util.List;

import org.loligo.engine.input.Stimuli;
import org.loligo.engine.input.Stimulus;

/**
 * Which neurons of a network receive the stimulus: a list of indices such as {@code "0"} or
 * {@code "0 2, 5"} (0-based), or empty for all. The others receive no injected current, so that, e.g.,
 * one neuron can be driven and the rest respond only through their synapses.
 */
public final class StimulatedNeurons {

	private StimulatedNeurons() {}

	/**
	 * One stimulus per neuron: {@code stimuli} (one shared or one per neuron) for the listed neurons,
	 * none for the others; {@code stimuli} itself when the list is empty.
	 */
	public static List<Stimulus> select(final List<Stimulus> stimuli, final String indices, final int n) {
		if (indices == null || indices.isBlank()) return stimuli;
		final boolean[] on = new boolean[n];
		for (final String part : indices.trim().split("[\\s,;]+")) {
			final int i;
			try {
				i = Integer.parseInt(part);
			}
			catch (final NumberFormatException e) {
				throw new IllegalArgumentException("stimulatedNeurons: '" + part + "' is not a neuron index; give " +
					"indices 0.." + (n - 1) + " separated by spaces, e.g. stimulatedNeurons=[0 2], or leave it empty for all");
			}
			if (i < 0 || i >= n) throw new IllegalArgumentException("stimulatedNeurons: " + i + " is out of range; " +
				"neurons are numbered 0.." + (n - 1));
			on[i] = true;
		}
		final List<Stimulus> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++)
			out.add(on[i] ? stimuli.get(stimuli.size() == 1 ? 0 : i) : Stimuli.NONE);
		return out;
	}
}
