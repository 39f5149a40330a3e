package org.loligo.engine.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.loligo.engine.sim.MemoryBudget;

/**
 * What a network run will allocate, estimated from its {@link NetworkPlan} before anything is, and the
 * refusal when it would not fit, naming the command's parameters and values that would fit.
 * <p>
 * The estimate, in bytes (B), is a sum of four items:
 * <ul>
 * <li><b>connections</b> × (4 presynaptic index + 8 weight [+ 8 delay with a delay matrix], unless the
 * connectivity exists already; + the synapses' copy: 12 outgoing index and weight for event synapses,
 * + 4 delay in steps, sigmoid or event, with a delay matrix);</li>
 * <li><b>delay buffers</b>: slots × neurons × 8 (sigmoid gates, pending events; none for gap junctions);</li>
 * <li><b>neurons</b> × ({@value #NEURON} state: V, m, h, n, the step's inputs I, g, g·E, gap current and
 * the previous V, spike detection, stimulus, row start; + the synapses' per-neuron conductances; +
 * {@value #NOISE} with noise: the neuron's stream, sampler, σ and draw);</li>
 * <li><b>traces</b>: samples × recorded neurons × (variables + 2: g_syn, I_syn) × 8.</li>
 * </ul>
 * Spikes are stored as they come and are not in the estimate; {@link #FRACTION} of the free heap is the
 * budget, which leaves room for them and for the outputs.
 */
public final class NetworkMemory {

	/** Share of the free heap a run may take ({@link MemoryBudget#FRACTION}). */
	public static final double FRACTION = MemoryBudget.FRACTION;
	/** Bytes per neuron without noise and synapses, for an HH-shaped model (V and 3 gates); see the class javadoc. */
	static final long NEURON = 4 * 8 + 5 * 8 + 1 + 8 + 4;

	/** Bytes per neuron without noise and synapses for a model with this many state gates. */
	static long neuron(final int gates) {
		return NEURON + (gates - 3) * 8L;
	}
	/** Bytes per neuron for its noise: σ, draw, references, stream (~72 B) and sampler (~24 B). */
	static final long NOISE = 8 + 8 + 2 * 8 + 72 + 24;

	private NetworkMemory() {}

	/** What the plan's run will allocate (see the class javadoc). */
	public static MemoryBudget.Estimate estimate(final NetworkPlan p) {
		final List<MemoryBudget.Item> items = new ArrayList<>();
		final long n = p.neurons(), c = p.connections();
		final long perConnection = (p.connectivityBuilt() ? 0 : Integer.BYTES + Double.BYTES + (p
			.delayPerConnection() ? Double.BYTES : 0)) + SynapticState.bytesPerConnection(p.synapse(), p.delayPerConnection());
		add(items, "connections", String.format(Locale.ROOT, "%,d", c), perConnection, c);
		if (SynapticState.buffered(p.synapse())) add(items, "delay buffers", String.format(Locale.ROOT,
			"%,d slot%s × %,d neurons", p.delaySlots(), p.delaySlots() == 1 ? "" : "s", n), Double.BYTES, times(p
				.delaySlots(), n));
		final long perNeuron = neuron(p.gates()) + SynapticState.bytesPerNeuron(p.synapse()) + (p.noise().isNone() ? 0 : NOISE);
		add(items, "neurons", String.format(Locale.ROOT, "%,d", n), perNeuron, n);
		add(items, "traces", String.format(Locale.ROOT, "%,d samples × %,d neurons × %d series", p.samples(), p
			.recorded(), p.variables() + 2), Double.BYTES, p.recorded() == 0 ? 0 : times(p.samples(), p.recorded() *
				(p.variables() + 2L)));
		long total = 0;
		for (final MemoryBudget.Item i : items)
			total = MemoryBudget.sum(total, i.bytes());
		return new MemoryBudget.Estimate(List.copyOf(items), total);
	}

	/** Bytes the heap can still give ({@link MemoryBudget#available()}). */
	public static long available() {
		return MemoryBudget.available();
	}

	/** {@link #require(NetworkPlan, long)} with the memory this JVM has {@link #available()}. */
	public static void require(final NetworkPlan p) {
		require(p, available());
	}

	/**
	 * Refuses a run that does not fit in {@code available} bytes or exceeds a limit of the engine (2^31 - 9
	 * connections or trace samples, {@link NetworkSpec#MAX_BUFFER} delay-buffer entries), with the
	 * estimate's arithmetic and, per parameter that shrinks it, the value that would fit.
	 *
	 * @throws IllegalArgumentException naming the parameter to change first
	 */
	public static void require(final NetworkPlan p, final long available) {
		if (fits(p, available)) return;
		final MemoryBudget.Estimate e = estimate(p);
		final List<String> why = new ArrayList<>();
		if (e.total() > available) {
			why.add(MemoryBudget.shortfall(e, available));
		}
		if (p.connections() > Connectivity.MAX_CONNECTIONS) why.add(String.format(Locale.ROOT, "%,d connections are " +
			"more than the %,d one network holds", p.connections(), Connectivity.MAX_CONNECTIONS));
		if (p.recorded() > 0 && p.samples() > Integer.MAX_VALUE - 8) why.add(String.format(Locale.ROOT, "%,d trace " +
			"samples per neuron exceed the limit of 2^31", p.samples()));
		if (times(p.delaySlots(), p.neurons()) > NetworkSpec.MAX_BUFFER) why.add(String.format(Locale.ROOT,
			"the delay buffer of %,d slots × %,d neurons exceeds %,d entries", p.delaySlots(), p.neurons(),
			NetworkSpec.MAX_BUFFER));
		final boolean withinLimits = why.size() == (e.total() > available ? 1 : 0);
		final List<String[]> fixes = NetworkFits.suggest(p, available, e);
		final List<String> options = new ArrayList<>();
		for (final String[] f : fixes)
			options.add(f[0] + " " + f[1]);
		final StringBuilder msg = new StringBuilder(lead(p, fixes)).append(": ").append(String.join("; ", why))
			.append('.');
		if (!options.isEmpty()) msg.append(" It would fit with ").append(String.join(", or ", options)).append(
			options.size() > 1 ? " (each with the other parameters unchanged)" : " (the other parameters unchanged)");
		if (withinLimits) msg.append(options.isEmpty() ? " It would fit" : "; or").append(String.format(Locale.ROOT,
			" with more memory for Java: -Xmx%dm or more (JAVA_OPTS=-Xmx%dm with scripts/loligo)", heapFor(e.total()),
			heapFor(e.total())));
		throw new IllegalArgumentException(msg.append(options.isEmpty() && !withinLimits ? "" : ".").toString());
	}

	/** The parameter an error names first: the first that would fit, else the source of the sizes. */
	private static String lead(final NetworkPlan p, final List<String[]> fixes) {
		if (!fixes.isEmpty()) return fixes.get(0)[0];
		if (p.connectivityBuilt()) return "memory";
		return p.topology().topology().equals("matrix") ? p.topology().matrixName() : "neurons";
	}

	private static long heapFor(final long bytes) {
		return MemoryBudget.heapFor(bytes);
	}

	/** Whether the plan's run fits in {@code available} bytes and within the engine's limits. */
	static boolean fits(final NetworkPlan p, final long available) {
		return p.connections() <= Connectivity.MAX_CONNECTIONS && (p.recorded() == 0 || p.samples() <=
			Integer.MAX_VALUE - 8) && times(p.delaySlots(), p.neurons()) <= NetworkSpec.MAX_BUFFER && estimate(p)
				.total() <= available;
	}

	private static void add(final List<MemoryBudget.Item> items, final String name, final String count,
		final long each, final long times)
	{
		final String parameter = switch (name) {
			case "delay buffers" -> "delay";
			case "traces" -> "recordNeurons";
			default -> "neurons";
		};
		items.add(new MemoryBudget.Item(name, count, each, times(each, times), parameter));
	}

	/** a·b, saturating at Long.MAX_VALUE (the estimate of an absurd run must still say "too large"). */
	static long times(final long a, final long b) {
		return MemoryBudget.times(a, b);
	}
}
