package org.loligo.analysis.bifurcation;

import org.loligo.engine.model.NeuronModel;

/**
 * What a bifurcation sweep computes: the model, the parameter swept over [min, max], the resolution of
 * the equilibrium table, and whether to continue the periodic orbits.
 *
 * @param model     the neuron model (any: V and its state gates are the state, see {@link ModelField})
 * @param parameter the swept quantity
 * @param current   the constant injected current when another parameter is swept, µA/cm² (ignored when
 *                  the current itself is swept)
 * @param min       lower end of the sweep, in the parameter's unit
 * @param max       upper end, &gt; min
 * @param points    equilibrium table resolution: step in the parameter ≤ (max - min)/(points - 1)
 * @param cycles    whether to continue the periodic orbits born at each Hopf point
 */
public record HopfSweepSpec(NeuronModel model, SweepParameter parameter, double current, double min, double max,
	int points, boolean cycles)
{

	/** Largest table resolution. */
	public static final int MAX_POINTS = 100_000;

	public HopfSweepSpec {
		if (model == null) throw new IllegalArgumentException("model must not be null");
		if (parameter == null) throw new IllegalArgumentException("parameter must not be null");
		if (!parameter.appliesTo(model)) throw new IllegalArgumentException("parameter: model " + model.name() +
			" has no channel " + parameter.channel() + " for parameter=" + parameter.label() + "; accepted: " + String
				.join(", ", SweepParameter.names(model)));
		if (!Double.isFinite(current)) throw new IllegalArgumentException("current must be finite (µA/cm²), got " +
			current);
		if (!parameter.allows(min)) throw new IllegalArgumentException("min must be " + parameter.range() + " for " +
			"parameter=" + parameter.label() + ", got " + min);
		if (!Double.isFinite(max) || !(max > min)) throw new IllegalArgumentException("max must be finite and > min (" +
			min + "), got " + max);
		if (points < 2 || points > MAX_POINTS) throw new IllegalArgumentException("points must be in [2, " +
			MAX_POINTS + "], got " + points);
	}
}
