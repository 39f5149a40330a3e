package org.loligo.engine.network;

import java.util.Locale;

/**
 * The topology menu of the command, turned into a {@link Connectivity}: {@code topology} by name (see
 * {@link Connectivity#TOPOLOGIES}), the {@code coupling} strength (the weight of generated topologies,
 * the factor of matrix entries; mS/cm² for conductance synapses and gap junctions, mV for kicks), the
 * {@code connectionProbability} of {@code random} and the weight {@code matrix} of {@code matrix} (row =
 * postsynaptic neuron, as read: non-zero entries only), with {@code matrixName} the parameter it came
 * from (named in errors; default {@code matrixFile}).
 */
public record TopologyChoice(String topology, double coupling, double connectionProbability,
	WeightMatrix matrix, String matrixName)
{

	/** A choice whose matrix, if any, came from {@code matrixFile}. */
	public TopologyChoice(final String topology, final double coupling, final double connectionProbability,
		final WeightMatrix matrix)
	{
		this(topology, coupling, connectionProbability, matrix, "matrixFile");
	}

	public TopologyChoice {
		topology = topology == null ? "" : topology.trim().toLowerCase(Locale.ROOT);
		if (!Connectivity.TOPOLOGIES.contains(topology)) throw new IllegalArgumentException("topology: unknown " +
			"topology '" + topology + "'; accepted: " + String.join(", ", Connectivity.TOPOLOGIES));
		if (!Double.isFinite(coupling)) throw new IllegalArgumentException("coupling must be finite, got " +
			coupling);
		Connectivity.checkProbability(connectionProbability);
		if (matrixName == null || matrixName.isBlank()) matrixName = "matrixFile";
		if (topology.equals("matrix") && matrix == null) throw new IllegalArgumentException(
			"matrixFile: required with topology=matrix (a CSV of weights, row = postsynaptic neuron)");
	}

	/**
	 * The connections for n neurons. A random topology draws each row from its own stream derived from
	 * stream n of the master seed (streams 0 … n-1 are the neurons' noise; see {@link RandomTopology}),
	 * so it is the same for the same seed whatever else changes.
	 *
	 * @param seed      resolved master seed (non-zero)
	 * @param symmetric whether random pairs are drawn once per unordered pair (gap junctions)
	 */
	public Connectivity build(final int n, final long seed, final boolean symmetric) {
		return switch (topology) {
			case "all-to-all" -> Connectivity.allToAll(n, coupling);
			case "ring" -> Connectivity.ring(n, coupling);
			case "random" -> Connectivity.random(n, connectionProbability, coupling, seed, symmetric);
			default -> Connectivity.matrix(matrix, coupling, n, matrixName);
		};
	}

	/**
	 * The number of connections {@link #build} stores for n neurons, known before building it (for the
	 * memory estimate): exact for all-to-all, ring and matrix; for random, a bound the draw exceeds with
	 * probability below 10⁻⁶: the binomial mean plus 5 standard deviations (for symmetric synapses each
	 * of the n(n-1)/2 pairs drawn counts twice).
	 */
	public long connectionsBound(final int n, final boolean symmetric) {
		if (coupling == 0) return 0;
		final long pairs = n * (n - 1L);
		return switch (topology) {
			case "all-to-all" -> pairs;
			case "ring" -> n < 2 ? 0 : n == 2 ? 2 : 2L * n;
			case "random" -> {
				final double p = connectionProbability, draws = symmetric ? pairs / 2.0 : pairs;
				final double bound = (symmetric ? 2 : 1) * (draws * p + 5 * Math.sqrt(draws * p * (1 - p)));
				yield (long) Math.min(pairs, Math.ceil(bound));
			}
			default -> matrix.entries();
		};
	}

	/**
	 * The same topology with another coupling. With coupling 1 it builds the matrix that the coupling
	 * multiplies (the same random draws for the same seed), e.g. to export it for editing.
	 */
	public TopologyChoice withCoupling(final double c) {
		return new TopologyChoice(topology, c, connectionProbability, matrix, matrixName);
	}

	/** The same topology with another connection probability. */
	public TopologyChoice withProbability(final double p) {
		return new TopologyChoice(topology, coupling, p, matrix, matrixName);
	}
}
