package org.loligo.engine.model;

import java.util.Map;

/**
 * How a model's gating rates depend on temperature: each listed gate's rates are multiplied by
 * {@code φ = q10^((T - T_exp)/10)} (its τ divided by φ), NeuroML2's {@code q10ExpTemp} (NeuroML2 v2.3
 * {@code Channels.xml}: {@code q10Factor^((temperature - experimentalTemp)/10K)}) and NEURON's
 * {@code hh} mechanism's {@code 3^((celsius - 6.3)/10)}.
 * <p>
 * A model carries one of these when it defines a Q10; its gates' {@link Gate#phi()} are then the
 * factors at {@link #celsius()}. A model without one has no temperature to change.
 *
 * @param celsius the temperature the model's gates are at, °C (NaN: not known yet, set one)
 * @param gates   per gate name, the gate's Q10 and the temperature its rates were measured at
 */
public record Q10(double celsius, Map<String, Rule> gates) {

	/**
	 * One gate's rule.
	 *
	 * @param factor           the Q10 (> 0): the rates' factor per 10 °C
	 * @param experimentalTemp the temperature at which φ = 1, °C
	 */
	public record Rule(double factor, double experimentalTemp) {

		public Rule {
			if (!(factor > 0) || !Double.isFinite(factor)) throw new IllegalArgumentException("Q10 factor must be > 0 " +
				"and finite, got " + factor);
			if (!Double.isFinite(experimentalTemp)) throw new IllegalArgumentException("Q10 experimental temperature " +
				"must be finite, got " + experimentalTemp);
		}

		/** The rate factor φ at {@code celsius}. */
		public double phi(final double celsius) {
			return Math.pow(factor, (celsius - experimentalTemp) / 10.0);
		}
	}

	public Q10 {
		gates = Map.copyOf(gates);
		if (gates.isEmpty()) throw new IllegalArgumentException("Q10: give at least one gate");
		if (Double.isInfinite(celsius)) throw new IllegalArgumentException("Q10: temperature must be finite");
	}

	/** The same rule for every named gate, at temperature {@code celsius}. */
	public static Q10 of(final double celsius, final double factor, final double experimentalTemp,
		final String... gateNames)
	{
		final java.util.Map<String, Rule> m = new java.util.LinkedHashMap<>();
		for (final String g : gateNames)
			m.put(g, new Rule(factor, experimentalTemp));
		return new Q10(celsius, m);
	}

	/** These rules at another temperature. */
	public Q10 at(final double newCelsius) {
		return new Q10(newCelsius, gates);
	}
}
