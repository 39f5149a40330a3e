package org.loligo.engine.model;

/**
 * The opening (α) and closing (β) rates of the three gates m, h, n of an HH-shaped model (see
 * {@link HHModel}), read from its {@link Gate}s: the specialised HH kernels' view of a model.
 * <p>
 * Units: V in mV, rates in 1/ms. Each gate x ∈ {m, h, n} obeys {@code dx/dt = α_x(V)·(1 - x) - β_x(V)·x}.
 * Stateless and thread-safe.
 *
 * @param m the Na activation (power 3)
 * @param h the Na inactivation (power 1)
 * @param n the K activation (power 4)
 */
public record GateKinetics(Gate m, Gate h, Gate n) {

	public GateKinetics {
		for (final Gate g : new Gate[] { m, h, n })
			if (g == null || g.kind() != Gate.Kind.RATES) throw new IllegalArgumentException(
				"HH kinetics need three gates given by rates");
	}

	public double alphaM(final double v) {
		return m.alpha(v);
	}

	public double betaM(final double v) {
		return m.beta(v);
	}

	public double alphaH(final double v) {
		return h.alpha(v);
	}

	public double betaH(final double v) {
		return h.beta(v);
	}

	public double alphaN(final double v) {
		return n.alpha(v);
	}

	public double betaN(final double v) {
		return n.beta(v);
	}
}
