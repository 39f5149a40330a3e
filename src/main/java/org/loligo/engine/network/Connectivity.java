package org.loligo.engine.network;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who connects to whom, with what weight and delay, as compressed rows by postsynaptic neuron: the
 * connections onto neuron i are {@code k = rowStart[i] … rowStart[i+1]-1}, each from presynaptic neuron
 * {@code pre[k]} with weight {@code weight[k]} (mS/cm², or mV for kicks) and delay {@code delay(k)} (ms;
 * one value for all unless per-connection delays were given). Within a row, presynaptic indices ascend,
 * so sums over a row have a fixed order (results do not depend on threads). Zero weights are not
 * stored. The outgoing direction (rows by presynaptic neuron) is derived where delivery needs it
 * ({@link SynapticState}).
 * <p>
 * Topologies, by name ({@code topology=...}): {@code all-to-all} (every ordered pair i ≠ j),
 * {@code ring} (each neuron with its two neighbours i ± 1 on a ring, both directions), {@code random}
 * (each ordered pair i ≠ j independently with probability p; for symmetric synapses such as gap
 * junctions each unordered pair once, in both directions; see {@link RandomTopology}), {@code matrix}
 * (an N×N matrix, row = postsynaptic neuron, column = presynaptic, entries multiplied by the coupling,
 * used as given). Every one is built as compressed rows directly: no N×N array is ever made.
 */
public final class Connectivity {

	public static final List<String> TOPOLOGIES = List.of("all-to-all", "ring", "random", "matrix");

	/** The most connections one network holds (the longest Java array). */
	public static final long MAX_CONNECTIONS = Integer.MAX_VALUE - 8;

	private final int neurons;
	private final int[] rowStart, pre;
	private final double[] weight;
	/** Per-connection delays (ms), or null when every connection has {@link #uniformDelay}. */
	private final double[] delay;
	private final double uniformDelay;

	private Connectivity(final int neurons, final int[] rowStart, final int[] pre, final double[] weight,
		final double[] delay, final double uniformDelay)
	{
		this.neurons = neurons;
		this.rowStart = rowStart;
		this.pre = pre;
		this.weight = weight;
		this.delay = delay;
		this.uniformDelay = uniformDelay;
	}

	/** Rows built by a generator of this package (not copied); delays 0. */
	static Connectivity of(final int neurons, final int[] rowStart, final int[] pre, final double[] weight) {
		return new Connectivity(neurons, rowStart, pre, weight, null, 0);
	}

	/** Every ordered pair i ≠ j with weight {@code coupling}. */
	public static Connectivity allToAll(final int n, final double coupling) {
		final long count = coupling == 0 ? 0 : n * (n - 1L);
		checkCount(count, "neurons: all-to-all with neurons=" + n);
		final int[] rs = new int[n + 1], pre = new int[(int) count];
		int k = 0;
		for (int i = 0; i < n; i++) {
			rs[i] = k;
			if (count > 0) for (int j = 0; j < n; j++)
				if (j != i) pre[k++] = j;
		}
		rs[n] = k;
		return of(n, rs, pre, filled(k, coupling));
	}

	/** Each neuron receives from i - 1 and i + 1 (mod n), weight {@code coupling}. */
	public static Connectivity ring(final int n, final double coupling) {
		// n = 2: both neighbours are the same neuron, one connection; n = 1: none (no self-connection).
		final int degree = coupling == 0 || n < 2 ? 0 : n == 2 ? 1 : 2;
		checkCount((long) degree * n, "neurons: a ring of neurons=" + n);
		final int[] rs = new int[n + 1], pre = new int[degree * n];
		for (int i = 0; i < n; i++) {
			rs[i + 1] = rs[i] + degree;
			if (degree == 0) continue;
			final int a = Math.floorMod(i - 1, n), b = Math.floorMod(i + 1, n);
			pre[rs[i]] = Math.min(a, b); // ascending within the row
			if (degree == 2) pre[rs[i] + 1] = Math.max(a, b);
		}
		return of(n, rs, pre, filled(pre.length, coupling));
	}

	/**
	 * Each ordered pair i ≠ j with probability p, every row drawn from its own stream derived from
	 * {@code seed} (see {@link RandomTopology}); with {@code symmetric}, each pair i &lt; j once and mirrored.
	 *
	 * @param seed resolved master seed (non-zero)
	 */
	public static Connectivity random(final int n, final double p, final double coupling, final long seed,
		final boolean symmetric)
	{
		return RandomTopology.build(n, p, coupling, seed, symmetric);
	}

	/** Throws unless p is in [0, 1]. */
	public static void checkProbability(final double p) {
		if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException(
			"connectionProbability must be in [0, 1], got " + p);
	}

	/** The matrix (row = postsynaptic neuron) times {@code coupling}; must be n×n and finite. */
	public static Connectivity matrix(final double[][] m, final double coupling, final int n) {
		return matrix(WeightMatrix.of(m), coupling, n, "matrixFile");
	}

	/** The same from a matrix as read ({@code matrixFile}). */
	public static Connectivity matrix(final WeightMatrix m, final double coupling, final int n) {
		return matrix(m, coupling, n, "matrixFile");
	}

	/**
	 * The same, naming {@code param} (the parameter the matrix came from, e.g. a file or an image) in
	 * errors.
	 */
	public static Connectivity matrix(final WeightMatrix m, final double coupling, final int n, final String param) {
		checkShape(m, n, param);
		final int[] ms = m.rowStart(), col = m.column();
		final double[] val = m.value();
		// NB: entries are non-zero, but entry × coupling may be 0 (coupling 0) and then is not stored.
		int count = 0;
		for (int i = 0; i < n; i++)
			for (int k = ms[i]; k < ms[i + 1]; k++) {
				final double w = val[k] * coupling;
				if (!Double.isFinite(w)) throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: weight at " +
					"row %d, column %d is %s; weights must be finite", param, i + 1, col[k] + 1, w));
				if (w != 0) count++;
			}
		final int[] rs = new int[n + 1], pre = new int[count];
		final double[] wt = new double[count];
		int q = 0;
		for (int i = 0; i < n; i++) {
			rs[i] = q;
			for (int k = ms[i]; k < ms[i + 1]; k++) {
				final double w = val[k] * coupling;
				if (w == 0) continue;
				pre[q] = col[k];
				wt[q++] = w;
			}
		}
		rs[n] = q;
		return of(n, rs, pre, wt);
	}

	/** Throws unless {@code ms} is a delay: >= 0 and finite. */
	public static void checkDelay(final double ms) {
		if (!(ms >= 0) || !Double.isFinite(ms)) throw new IllegalArgumentException(
			"delay must be >= 0 ms and finite, got " + ms);
	}

	/** The same connections, all with delay {@code ms}. */
	public Connectivity withDelay(final double ms) {
		checkDelay(ms);
		return new Connectivity(neurons, rowStart, pre, weight, null, ms);
	}

	/** The same connections, connection (i, j) with delay {@code d[i][j]} ms (n×n, row = postsynaptic). */
	public Connectivity withDelays(final double[][] d) {
		return withDelays(WeightMatrix.of(d));
	}

	/** The same with the delays of a matrix as read ({@code delayFile}); entries not stored are 0 ms. */
	public Connectivity withDelays(final WeightMatrix d) {
		checkShape(d, neurons, "delayFile");
		final double[] out = new double[pre.length];
		for (int i = 0; i < neurons; i++)
			for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
				final double x = d.get(i, pre[k]);
				if (!(x >= 0) || !Double.isFinite(x)) throw new IllegalArgumentException(String.format(Locale.ROOT,
					"delayFile: row %d, column %d is %s; delays must be >= 0 ms and finite", i + 1, pre[k] + 1, x));
				out[k] = x;
			}
		return new Connectivity(neurons, rowStart, pre, weight, out, 0);
	}

	private static void checkShape(final WeightMatrix m, final int n, final String param) {
		if (m.rows() != n) throw new IllegalArgumentException(param + ": " + m.rows() + " rows but neurons=" + n +
			"; the matrix must be " + n + "x" + n + " (row = postsynaptic neuron)");
		for (int i = 0; i < n; i++)
			if (m.rowLength(i) != n) throw new IllegalArgumentException(param + ": row " + (i + 1) + " has " + m
				.rowLength(i) + " values but neurons=" + n + "; the matrix must be " + n + "x" + n);
	}

	private static void checkCount(final long count, final String what) {
		if (count > MAX_CONNECTIONS) throw new IllegalArgumentException(String.format("%s has %,d connections, more " +
			"than the %,d one network holds; use fewer neurons", what, count, MAX_CONNECTIONS));
	}

	private static double[] filled(final int count, final double w) {
		final double[] out = new double[count];
		Arrays.fill(out, w);
		return out;
	}

	/** Number of neurons. */
	public int neurons() {
		return neurons;
	}

	/** Number of stored (non-zero) directed connections. */
	public int connections() {
		return pre.length;
	}

	/** Whether each connection has a delay of its own (a {@code delayFile}) rather than one for all. */
	public boolean hasDelayPerConnection() {
		return delay != null;
	}

	/** Row starts (length neurons + 1); see the class javadoc. Not copied: do not modify. */
	int[] rowStart() {
		return rowStart;
	}

	int[] pre() {
		return pre;
	}

	double[] weight() {
		return weight;
	}

	/** Delay of connection k, ms. */
	double delay(final int k) {
		return delay == null ? uniformDelay : delay[k];
	}

	/** Weight of the connection from j onto i, 0 if none. */
	public double weight(final int i, final int j) {
		final int k = Arrays.binarySearch(pre, rowStart[i], rowStart[i + 1], j);
		return k >= 0 ? weight[k] : 0;
	}

	/** What {@link #forEach} calls per connection: postsynaptic i, presynaptic j, weight. */
	@FunctionalInterface
	public interface Visitor {

		void accept(int i, int j, double weight);
	}

	/** Calls {@code v} for every stored connection, rows ascending, presynaptic neurons ascending within. */
	public void forEach(final Visitor v) {
		for (int i = 0; i < neurons; i++)
			for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
				v.accept(i, pre[k], weight[k]);
	}

	/**
	 * The weights as a dense matrix, {@code w[i][j]} = weight from presynaptic j onto postsynaptic i
	 * (0 where there is no connection): the layout {@link #matrix} takes. n² doubles: for tests and
	 * small exports, not for the simulation.
	 */
	public double[][] toDense() {
		final double[][] w = new double[neurons][neurons];
		for (int i = 0; i < neurons; i++)
			for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
				w[i][pre[k]] = weight[k];
		return w;
	}

	/** Largest delay, ms (0 without connections). */
	public double maxDelay() {
		if (pre.length == 0) return 0;
		if (delay == null) return uniformDelay;
		double m = 0;
		for (final double d : delay)
			m = Math.max(m, d);
		return m;
	}

	/** Smallest weight (0 without connections). */
	double minWeight() {
		double m = 0;
		for (final double w : weight)
			m = Math.min(m, w);
		return m;
	}

	/** Whether weight(i, j) == weight(j, i) for all pairs. */
	public boolean isSymmetric() {
		for (int i = 0; i < neurons; i++)
			for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
				if (weight(pre[k], i) != weight[k]) return false;
		return true;
	}
}
