package org.loligo.analysis.bifurcation;

/**
 * A fold (limit point) of the equilibrium branch: a saddle-node, where two equilibria meet and one
 * eigenvalue of the Jacobian is 0, with what happens past it.
 * <p>
 * On the centre manifold the flow near the fold is {@code ξ' = a·μ + b·ξ²}, μ = p - p_SN ({@link
 * SaddleNodes}). Past the fold (the side {@code a·b·μ > 0}, {@link #beyond}) there is no equilibrium
 * nearby and a trajectory crawls through the ghost of the saddle-node in {@code T = π/√(a·b·μ)} ms. If it
 * then comes back (a saddle-node on an invariant circle, SNIC) the model fires periodically with a rate
 * that rises from 0 as {@code f ≈ rateCoefficient · √|μ|}: type-I excitability.
 *
 * @param equilibrium     the equilibrium at the fold (its parameter is the fold's value)
 * @param type            {@code "snic"} if trajectories past the fold return through the ghost with a
 *                        period growing like 1/√|μ|, else {@code "fold"}
 * @param stableNode      whether the equilibrium is a saddle-node of a stable node (every other
 *                        eigenvalue in the open left half-plane): a resting state is lost here
 * @param beyond          +1 if there is no equilibrium nearby for p &gt; p_SN, -1 if for p &lt; p_SN
 * @param rateCoefficient {@code 1000·√|a·b|/π}, Hz per √(parameter unit): the firing rate's
 *                        square-root law next to a SNIC (NaN when a·b is not finite)
 * @param mu              the two offsets μ past the fold that were integrated (parameter unit; empty
 *                        when the fold was not integrated)
 * @param periods         the period of the returning trajectory at each μ, ms (NaN: it did not return)
 */
public record SaddleNode(Equilibrium equilibrium, String type, boolean stableNode, int beyond,
	double rateCoefficient, double[] mu, double[] periods)
{

	/** The type of a saddle-node on an invariant circle. */
	public static final String SNIC = "snic";

	/** The type of any other fold. */
	public static final String FOLD = "fold";

	/** The swept parameter's value at the fold. */
	public double parameter() {
		return equilibrium.parameter();
	}

	/** Whether it is a saddle-node on an invariant circle. */
	public boolean snic() {
		return SNIC.equals(type);
	}
}
