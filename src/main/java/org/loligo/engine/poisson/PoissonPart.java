package org.loligo.engine.poisson;

import java.io.Serializable;

/**
 * What one part of a split Poisson ensemble produced ({@link PoissonParts#run}), to travel between
 * machines.
 *
 * @param from        first trial of the part
 * @param spikeTimes  spike times (ms, ascending) of trials {@code from, from + 1, …}, one row each
 * @param trace       trial 0's trace, in the part that holds trial 0; else null
 * @param inputs      trial 0's presynaptic spikes (explicit inputs), in the part that holds trial 0; else null
 * @param completedMs simulated time, ms
 */
public record PoissonPart(int from, double[][] spikeTimes, PoissonTrace trace, InputEvents inputs,
	double completedMs) implements Serializable
{}
