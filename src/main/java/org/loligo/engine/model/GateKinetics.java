package org.loligo.engine.model;

/**
 * Opening (α) and closing (β) rates of the three HH gates as pure functions of the membrane potential.
 * <p>
 * Units: V in mV, rates in 1/ms. Each gate x ∈ {m, h, n} obeys {@code dx/dt = α_x(V)·(1 - x) - β_x(V)·x}.
 * Implementations are stateless and thread-safe.
 */
public interface GateKinetics {

	/** Short name, e.g. "HH1952" or "TraubMiles". */
	String name();

	double alphaM(double v);

	double betaM(double v);

	double alphaH(double v);

	double betaH(double v);

	double alphaN(double v);

	double betaN(double v);
}
