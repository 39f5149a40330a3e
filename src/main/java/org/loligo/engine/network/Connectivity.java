package org.loligo.engine.network;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Who connects to whom, with what weight and delay, as compressed rows by postsynaptic neuron: the
 * connections onto neuron i are {@code k = rowStart[i] … rowStart[i+1]-1}, each from presynaptic neuron
 * {@code pre[k]} with weight {@code weight[k]} (mS/cm², or mV for kicks) and delay {@code delay[k]} (ms).
 * Within a row, presynaptic indices ascend, so sums over a row have a fixed order (results do not depend
 * on threads). Zero weights are not stored.
 * <p>
 * Topologies, by name ({@code topology=...}): {@code all-to-all} (every ordered pair i ≠ j),
 * {@code ring} (each neuron with its two neighbours i ± 1 on a ring, both directions), {@code random}
 * (each ordered pair i ≠ j independently with probability p; for symmetric synapses such as gap
 * junctions each unordered pair once, in both directions), {@code matrix} (an N×N matrix, row =
 * postsynaptic neuron, column = presynaptic, entries multiplied by the coupling, used as given).
 */
public final class Connectivity {

	public static final List<String> TOPOLOGIES = List.of("all-to-all", "ring", "random", "matrix");

	private final int neurons;
	private final int[] rowStart, pre;
	private final double[] weight, delay;

	private Connectivity(final int neurons, final int[] rowStart, final int[] pre, final double[] weight,
		final double[] delay)
	{
		this.neurons = neurons;
		this.rowStart = rowStart;
		this.pre = pre;
		this.weight = weight;
		this.delay = delay;
	}

	/** Every ordered pair i ≠ j with weight {@code coupling}. */
	public static Connectivity allToAll(final int n, final double coupling) {
		final double[][] w = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				if (i != j) w[i][j] = coupling;
		return fromDense(w, "coupling");
	}

	/** Each neuron receives from i - 1 and i + 1 (mod n), weight {@code coupling}. */
	public static Connectivity ring(final int n, final double coupling) {
		final double[][] w = new double[n][n];
		for (int i = 0; i < n; i++) {
			if (n < 2) break;
			w[i][Math.floorMod(i - 1, n)] = coupling;
			w[i][Math.floorMod(i + 1, n)] = coupling;
		}
		return fromDense(w, "coupling");
	}

	/**
	 * Each ordered pair i ≠ j with probability p (drawn in row order from {@code rng}); with
	 * {@code symmetric}, each pair i &lt; j once and mirrored.
	 */
	public static Connectivity random(final int n, final double p, final double coupling,
		final UniformRandomProvider rng, final boolean symmetric)
	{
		checkProbability(p);
		final double[][] w = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = symmetric ? i + 1 : 0; j < n; j++)
				if (i != j && rng.nextDouble() < p) {
					w[i][j] = coupling;
					if (symmetric) w[j][i] = coupling;
				}
		return fromDense(w, "coupling");
	}

	/** Throws unless p is in [0, 1]. */
	public static void checkProbability(final double p) {
		if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException(
			"connectionProbability must be in [0, 1], got " + p);
	}

	/** The matrix (row = postsynaptic neuron) times {@code coupling}; must be n×n and finite. */
	public static Connectivity matrix(final double[][] m, final double coupling, final int n) {
		return matrix(m, coupling, n, "matrixFile");
	}

	/**
	 * The same, naming {@code param} (the parameter the matrix came from, e.g. a file or an image) in
	 * errors.
	 */
	public static Connectivity matrix(final double[][] m, final double coupling, final int n, final String param) {
		checkShape(m, n, param);
		final double[][] w = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				w[i][j] = m[i][j] * coupling;
		return fromDense(w, param);
	}

	/** The same connections, all with delay {@code ms}. */
	public Connectivity withDelay(final double ms) {
		if (!(ms >= 0) || !Double.isFinite(ms)) throw new IllegalArgumentException(
			"delay must be >= 0 ms and finite, got " + ms);
		final double[] d = new double[pre.length];
		Arrays.fill(d, ms);
		return new Connectivity(neurons, rowStart, pre, weight, d);
	}

	/** The same connections, connection (i, j) with delay {@code d[i][j]} ms (n×n, row = postsynaptic). */
	public Connectivity withDelays(final double[][] d) {
		checkShape(d, neurons, "delayFile");
		final double[] out = new double[pre.length];
		for (int i = 0; i < neurons; i++)
			for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
				final double x = d[i][pre[k]];
				if (!(x >= 0) || !Double.isFinite(x)) throw new IllegalArgumentException(String.format(Locale.ROOT,
					"delayFile: row %d, column %d is %s; delays must be >= 0 ms and finite", i + 1, pre[k] + 1, x));
				out[k] = x;
			}
		return new Connectivity(neurons, rowStart, pre, weight, out);
	}

	private static void checkShape(final double[][] m, final int n, final String param) {
		if (m.length != n) throw new IllegalArgumentException(param + ": " + m.length + " rows but neurons=" + n +
			"; the matrix must be " + n + "x" + n + " (row = postsynaptic neuron)");
		for (int i = 0; i < n; i++)
			if (m[i].length != n) throw new IllegalArgumentException(param + ": row " + (i + 1) + " has " +
				m[i].length + " values but neurons=" + n + "; the matrix must be " + n + "x" + n);
	}

	private static Connectivity fromDense(final double[][] w, final String param) {
		final int n = w.length;
		int count = 0;
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++) {
				if (!Double.isFinite(w[i][j])) throw new IllegalArgumentException(String.format(Locale.ROOT,
					"%s: weight at row %d, column %d is %s; weights must be finite", param, i + 1, j + 1, w[i][j]));
				if (w[i][j] != 0) count++;
			}
		final int[] rs = new int[n + 1], pre = new int[count];
		final double[] wt = new double[count];
		int k = 0;
		for (int i = 0; i < n; i++) {
			rs[i] = k;
			for (int j = 0; j < n; j++)
				if (w[i][j] != 0) {
					pre[k] = j;
					wt[k++] = w[i][j];
				}
		}
		rs[n] = k;
		return new Connectivity(n, rs, pre, wt, new double[count]);
	}

	/** Number of neurons. */
	public int neurons() {
		return neurons;
	}

	/** Number of stored (non-zero) directed connections. */
	public int connections() {
		return pre.length;
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

	double[] delay() {
		return delay;
	}

	/** Weight of the connection from j onto i, 0 if none. */
	public double weight(final int i, final int j) {
		for (int k = rowStart[i]; k < rowStart[i + 1]; k++)
			if (pre[k] == j) return weight[k];
		return 0;
	}

	/**
	 * The weights as a dense matrix, {@code w[i][j]} = weight from presynaptic j onto postsynaptic i
	 * (0 where there is no connection): the layout {@link #matrix} takes. n² doubles; for export, not
	 * for the simulation.
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
