package org.loligo.engine.network;

import org.loligo.engine.sim.PopulationState;

/**
 * The synapses' state of a network run and the two things done with it each step: the input each
 * neuron receives at t (conductance, its g·E, gap current) and the delivery of this step's spikes.
 * <p>
 * Layout (n neurons, L = {@link NetworkSpec#delaySlots()} slots, step k uses slot k mod L):
 * <ul>
 * <li>sigmoid: {@code gate[slot·n + j]} = s of presynaptic neuron j at step k; a connection with delay D
 * steps reads s at step k - D (0 before the start: the gates start closed), which is the gate driven by
 * V_pre(t - D·dt) since the gate's equation does not depend on time.</li>
 * <li>event synapses: {@code pending[slot·n + i]} accumulates what arrives at neuron i at the slot's step
 * (a ring buffer: a spike at step k with delay D adds to slot k + D); {@code decay[i]} and, for
 * rise-decay, {@code rise[i]} are the conductance components onto i (g = decay - rise), each decaying
 * exactly by exp(-dt/τ) per step. Kicks add to V directly.</li>
 * </ul>
 * Outgoing connections (for the delivery of event synapses) are the incoming ones transposed: spikes are
 * delivered in ascending presynaptic order and, per spike, ascending postsynaptic order, whatever the
 * thread count.
 */
final class SynapticState {

	final int n, slots;
	final SynapseModel model;
	final double reversal;
	/** Incoming connections (rows by postsynaptic neuron); delays in steps for sigmoid gates (see below). */
	final int[] inStart, inPre, inDelay;
	final double[] inWeight;
	/** Outgoing connections (rows by presynaptic neuron), for event synapses only (null otherwise). */
	final int[] outStart, outPost, outDelay;
	final double[] outWeight;
	/**
	 * The delay of every connection in steps when they share one (no delay matrix); then the per-connection
	 * arrays {@code inDelay} and {@code outDelay} are null.
	 */
	final int sharedDelay;
	final double[] gate, pending, decay, rise;
	/** Exact per-step decay factors and the sigmoid's constants. */
	final double decayFactor, riseFactor, increment, rate, invTau, theta, invSigma;
	/** Whether the synapses are voltage kicks (no conductance state). */
	private final boolean kick;

	/**
	 * Bytes per connection and per neuron (beyond the connectivity itself) and per delay-buffer entry
	 * that the state of {@code synapse} allocates, for the memory estimate ({@link NetworkMemory}).
	 */
	static long bytesPerConnection(final SynapseModel synapse, final boolean delayPerConnection) {
		final long delay = delayPerConnection ? Integer.BYTES : 0;
		return synapse.kind().equals("sigmoid") ? delay : synapse.isEvent() ? Integer.BYTES + Double.BYTES + delay : 0;
	}

	static long bytesPerNeuron(final SynapseModel synapse) {
		// event synapses: out-row starts and the transpose's cursor; conductances: decay and rise
		final String kind = synapse.kind();
		return (synapse.isEvent() ? 2L * Integer.BYTES : 0) + (synapse.isEvent() && !kind.equals("kick") ? Double.BYTES
			: 0) + (kind.equals("rise-decay") ? Double.BYTES : 0);
	}

	/** Whether the synapse keeps a delay ring buffer (of {@link NetworkSpec#delaySlots()} slots × n doubles). */
	static boolean buffered(final SynapseModel synapse) {
		return synapse.kind().equals("sigmoid") || synapse.isEvent();
	}

	SynapticState(final NetworkSpec spec) {
		final Connectivity c = spec.connectivity();
		model = spec.synapse();
		n = c.neurons();
		slots = buffered(model) ? spec.delaySlots() : 1;
		reversal = model.reversal();
		inStart = c.rowStart();
		inPre = c.pre();
		inWeight = c.weight();
		final int m = inPre.length;
		// NB: only the sigmoid reads delays by incoming connection; only event synapses deliver along
		// outgoing ones. Each allocates just what it reads, and delays per connection only if they differ.
		final boolean perConnection = c.hasDelayPerConnection();
		sharedDelay = perConnection ? 0 : spec.delaySteps(c.maxDelay());
		inDelay = perConnection && model.kind().equals("sigmoid") ? new int[m] : null;
		if (inDelay != null) for (int k = 0; k < m; k++)
			inDelay[k] = spec.delaySteps(c.delay(k));
		if (model.isEvent()) {
			// Transpose: count per presynaptic neuron, then fill rows in ascending postsynaptic order.
			outStart = new int[n + 1];
			for (final int j : inPre)
				outStart[j + 1]++;
			for (int j = 0; j < n; j++)
				outStart[j + 1] += outStart[j];
			outPost = new int[m];
			outDelay = perConnection ? new int[m] : null;
			outWeight = new double[m];
			final int[] at = java.util.Arrays.copyOf(outStart, n);
			for (int i = 0; i < n; i++)
				for (int k = inStart[i]; k < inStart[i + 1]; k++) {
					final int q = at[inPre[k]]++;
					outPost[q] = i;
					if (outDelay != null) outDelay[q] = spec.delaySteps(c.delay(k));
					outWeight[q] = inWeight[k];
				}
		}
		else {
			outStart = outPost = outDelay = null;
			outWeight = null;
		}
		final double dt = spec.population().dt();
		gate = model.kind().equals("sigmoid") ? new double[slots * n] : null;
		pending = model.isEvent() ? new double[slots * n] : null;
		kick = model.kind().equals("kick");
		// NB: kicks jump V itself, so they have no conductance to decay.
		decay = model.isEvent() && !kick ? new double[n] : null;
		rise = model.kind().equals("rise-decay") ? new double[n] : null;
		decayFactor = model.decayFactor(dt);
		riseFactor = rise == null ? 0 : model.riseFactor(dt);
		increment = rise == null ? 1 : model.peakNormaliser();
		rate = model.rate();
		invTau = 1 / model.tau();
		theta = model.theta();
		invSigma = 1 / model.sigma();
	}

	/**
	 * Applies what arrives at step k to neurons [from, to) (and clears it), then writes their input at
	 * t_k: total conductance {@code g[i]} (mS/cm²), {@code gE[i] = g·E} and the gap current {@code gap[i]}
	 * (µA/cm²; {@code gap} is null unless the synapses are gap junctions).
	 */
	void input(final long k, final PopulationState s, final int from, final int to, final double[] g,
		final double[] gE, final double[] gap)
	{
		final String kind = model.kind();
		if (pending != null) {
			final int base = (int) (k % slots) * n;
			for (int i = from; i < to; i++) {
				final double x = pending[base + i];
				if (x == 0) continue;
				pending[base + i] = 0;
				if (kick) s.v[i] += x;
				else {
					decay[i] += x;
					if (rise != null) rise[i] += x;
				}
			}
		}
		// NB: one loop per kind, so that the kind is decided once per block and step, not per neuron.
		switch (kind) {
			case "sigmoid" -> {
				if (inDelay == null) sigmoidSharedDelay(k, from, to, g, gE, gap);
				else sigmoidDelayPerConnection(k, from, to, g, gE, gap);
			}
			case "exponential" -> {
				for (int i = from; i < to; i++)
					set(i, decay[i], 0, g, gE, gap);
			}
			case "rise-decay" -> {
				for (int i = from; i < to; i++)
					set(i, decay[i] - rise[i], 0, g, gE, gap);
			}
			case "gap" -> {
				final double[] v = s.v;
				for (int i = from; i < to; i++) {
					final double vi = v[i];
					double gapI = 0;
					for (int q = inStart[i]; q < inStart[i + 1]; q++)
						gapI += inWeight[q] * (v[inPre[q]] - vi);
					set(i, 0, gapI, g, gE, gap);
				}
			}
			default -> { // kick: nothing continuous
				for (int i = from; i < to; i++)
					set(i, 0, 0, g, gE, gap);
			}
		}
	}

	/** Sigmoid conductances when every connection has delay D: all read the gates of step k - D. */
	private void sigmoidSharedDelay(final long k, final int from, final int to, final double[] g, final double[] gE,
		final double[] gap)
	{
		final int now = (int) (k % slots), d = sharedDelay;
		final int at = (now - d < 0 ? now - d + slots : now - d) * n;
		for (int i = from; i < to; i++) {
			double gi = 0;
			if (d <= k) for (int q = inStart[i]; q < inStart[i + 1]; q++) // before the start the gates were closed
				gi += inWeight[q] * gate[at + inPre[q]];
			set(i, gi, 0, g, gE, gap);
		}
	}

	/** Sigmoid conductances with a delay per connection (a delay matrix). */
	private void sigmoidDelayPerConnection(final long k, final int from, final int to, final double[] g,
		final double[] gE, final double[] gap)
	{
		// NB: the slot of step k - D is (k mod L) - D, plus L if negative: no division per connection.
		final int now = (int) (k % slots);
		for (int i = from; i < to; i++) {
			double gi = 0;
			for (int q = inStart[i]; q < inStart[i + 1]; q++) {
				final int d = inDelay[q];
				if (d > k) continue; // before the start: the gate was closed
				final int slot = now - d < 0 ? now - d + slots : now - d;
				gi += inWeight[q] * gate[slot * n + inPre[q]];
			}
			set(i, gi, 0, g, gE, gap);
		}
	}

	private void set(final int i, final double gi, final double gapI, final double[] g, final double[] gE,
		final double[] gap)
	{
		g[i] = gi;
		gE[i] = gi * reversal;
		if (gap != null) gap[i] = gapI;
	}

	/**
	 * Advances the synapses' own state of neurons [from, to) from step k to k + 1: the sigmoid gate of
	 * each presynaptic neuron at its V(t_k) ({@code vOld}, before the step is integrated), exactly at frozen V for exp-euler
	 * ({@code s' = s∞ + (s - s∞)·exp(-(aF + 1/τ)·dt)}) or by forward Euler; event conductances by their
	 * exact decay.
	 */
	void advance(final long k, final double[] vOld, final int from, final int to, final double dt,
		final boolean exponential)
	{
		if (gate != null) {
			final int now = (int) (k % slots) * n, next = (int) ((k + 1) % slots) * n;
			for (int j = from; j < to; j++) {
				final double s = gate[now + j];
				final double af = rate / (1 + Math.exp(-(vOld[j] - theta) * invSigma));
				if (exponential) {
					final double lambda = af + invTau;
					final double sInf = af / lambda;
					gate[next + j] = sInf + (s - sInf) * Math.exp(-lambda * dt);
				}
				else gate[next + j] = s + dt * (af * (1 - s) - s * invTau);
			}
		}
		if (decay != null) for (int i = from; i < to; i++) {
			decay[i] *= decayFactor;
			if (rise != null) rise[i] *= riseFactor;
		}
	}

	/** Schedules the arrivals of presynaptic neuron j's spike detected at step k (the new state's index). */
	void deliver(final int j, final long k) {
		if (pending == null) return;
		// NB: delays are below slots, so one subtraction wraps the slot: no division per connection.
		final int now = (int) (k % slots);
		if (outDelay == null) {
			final int at = now + sharedDelay, base = (at >= slots ? at - slots : at) * n;
			for (int q = outStart[j]; q < outStart[j + 1]; q++)
				pending[base + outPost[q]] += outWeight[q] * increment;
			return;
		}
		for (int q = outStart[j]; q < outStart[j + 1]; q++) {
			final int at = now + outDelay[q], slot = at >= slots ? at - slots : at;
			pending[slot * n + outPost[q]] += outWeight[q] * increment;
		}
	}
}
