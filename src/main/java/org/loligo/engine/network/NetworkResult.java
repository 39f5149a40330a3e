package org.loligo.engine.network;

import org.loligo.engine.sim.SimulationResult;

/**
 * What a network run produced: the same spikes and traces as a population run (so the population's
 * outputs and figures apply), plus the synaptic input of each recorded neuron on the traces' time grid.
 *
 * @param population           spikes, traces of V, gates and ionic currents, seed, timing
 * @param synapticConductance  {@code [r][k]}: total synaptic conductance onto the r-th recorded neuron at
 *                             sample k, mS/cm² (conductance synapses; 0 for kicks, Σw for gap junctions)
 * @param synapticCurrent      {@code [r][k]}: synaptic current into it, µA/cm², positive depolarising
 *                             ({@code g·(E - V)}, or {@code Σ w·(V_pre - V)} for gap junctions; 0 for kicks)
 * @param connections          number of directed connections with non-zero weight
 * @param synapse              the synapse model, in words
 */
public record NetworkResult(SimulationResult population, double[][] synapticConductance,
	double[][] synapticCurrent, int connections, String synapse)
{

	/**
	 * Golomb's synchrony measure χ over the recorded neurons' V traces (Golomb &amp; Rinzel 1993, Physica D
	 * 64:61; Golomb 2007, Scholarpedia 2:1347): {@code χ² = Var_t(mean_i V_i) / mean_i Var_t(V_i)}; 1 for
	 * identical traces, about 1/√N for independent ones. NaN with fewer than two recorded neurons or no
	 * variance.
	 */
	public double synchrony() {
		final var tr = population.traces();
		final int nRec = tr.neurons().length;
		if (nRec < 2 || !tr.variables().contains(org.loligo.engine.record.TraceVariable.V)) return Double.NaN;
		final int samples = tr.samples();
		final double[] mean = new double[samples];
		double sumVar = 0;
		for (int r = 0; r < nRec; r++) {
			final double[] v = tr.series(org.loligo.engine.record.TraceVariable.V, r);
			for (int k = 0; k < samples; k++)
				mean[k] += v[k] / nRec;
			sumVar += variance(v);
		}
		final double denom = sumVar / nRec;
		return denom > 0 ? Math.sqrt(variance(mean) / denom) : Double.NaN;
	}

	private static double variance(final double[] x) {
		double m = 0, q = 0;
		for (final double v : x)
			m += v;
		m /= x.length;
		for (final double v : x)
			q += (v - m) * (v - m);
		return q / x.length;
	}
}
