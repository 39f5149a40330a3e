package org.loligo.engine.sim;

import java.io.Serializable;

/**
 * What one part of a split run produced ({@link SimulationParts#run}): plain arrays, to travel between
 * machines. Neuron indices are those of the whole population.
 *
 * @param from        first neuron of the part
 * @param to          one past its last neuron
 * @param spikeSteps  step that detected each spike (its end, t = step·dt)
 * @param spikeNeurons neuron of each spike
 * @param spikeTimes  time of each spike, ms; the three in step, then neuron order
 * @param traceTime   the trace sample times, ms (empty when the part holds no recorded neuron)
 * @param traceNeurons the recorded neurons in this part, in the order of the record spec
 * @param traceData   row {@code q·R + r}: variable q of the part's r-th recorded neuron (R of them)
 * @param band        the part's band chunks, in order: {@code band[c]} = reference V, Σ(V - ref) and
 *                    Σ(V - ref)² per sample ({@code BandAccumulator}); empty without a band
 * @param wallSeconds wall-clock time of the part
 */
public record SimulationPart(int from, int to, long[] spikeSteps, int[] spikeNeurons, double[] spikeTimes,
	double[] traceTime, int[] traceNeurons, double[][] traceData, double[][][] band, double wallSeconds)
	implements Serializable
{}
