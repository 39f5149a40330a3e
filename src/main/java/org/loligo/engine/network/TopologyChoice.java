package org.loligo.engine.network;

import java.util.Locale;

import org.loligo.engine.noise.RandomStreams;

/**
 * The topology menu of the command, turned into a {@link Connectivity}: {@code topology} by name (see
 * {@link Connectivity#TOPOLOGIES}), the {@code coupling} strength (the weight of generated topologies,
 * the factor of matrix entries; mS/cm² for conductance synapses and gap junctions, mV for kicks), the
 * {@code connectionProbability} of {@code random} and the weight {@code matrix} of {@code matrix} (row =
 * postsynaptic neuron), with {@code matrixName} the parameter it came from (named in errors; default
 * {@code matrixFile}).
 */
public record TopologyChoice(String topology, double coupling, double connectionProbability,
	double[][] matrix, String matrixName)
{

	/** A choice whose matrix, if any, came from {@code matrixFile}. */
	public TopologyChoice(final String topology, final double coupling, final double connectionProbability,
		final double[][] matrix)
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
	 * The connections for n neurons. A random topology draws from stream n of the master seed (streams
	 * 0 … n-1 are the neurons' noise), so it is the same for the same seed whatever else changes.
	 *
	 * @param seed      resolved master seed (non-zero)
	 * @param symmetric whether random pairs are drawn once per unordered pair (gap junctions)
	 */
	public Connectivity build(final int n, final long seed, final boolean symmetric) {
		return switch (topology) {
			case "all-to-all" -> Connectivity.allToAll(n, coupling);
			case "ring" -> Connectivity.ring(n, coupling);
			case "random" -> Connectivity.random(n, connectionProbability, coupling, RandomStreams.streams(seed, n +
				1)[n], symmetric);
			default -> Connectivity.matrix(matrix, coupling, n, matrixName);
		};
	}

	/**
	 * The same topology with another coupling. With coupling 1 it builds the matrix that the coupling
	 * multiplies (the same random draws for the same seed), e.g. to export it for editing.
	 */
	public TopologyChoice withCoupling(final double c) {
		return new TopologyChoice(topology, c, connectionProbability, matrix, matrixName);
	}
}
