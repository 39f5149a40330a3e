package org.loligo.engine.noise.channel;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.loligo.engine.model.HHModel;
import org.loligo.engine.sim.PopulationState;

/**
 * {@code diffusion}: the channel-based diffusion approximation of the 8-state Na and 5-state K
 * channel Markov chains, as Orio &amp; Soudry write it (2012, PLoS ONE 7:e36670): for the vector x of
 * fractions of channels in each state,
 * <pre>
 *   dx = A(V)·x dt + Σ_pairs (e_j - e_i)·√((r_ij·x_i + r_ji·x_j)/N) dW_pair
 * </pre>
 * with one independent Wiener process per reversible transition pair i ↔ j (rates r in 1/ms): 10 pairs
 * for Na (6 m transitions (a, b) ↔ (a+1, b) with rates (3-a)αm, (a+1)βm; 4 h transitions (a, 0) ↔ (a, 1)
 * with rates αh, βh) and 4 for K (k ↔ k+1 with rates (4-k)αn, (k+1)βn). This is the diffusion
 * approximation of the coupled-subunit channels: its mean and (for small dt) covariance are those of
 * N independent channels, so the open fraction has the binomial variance p(1-p)/N that the subunit
 * model (fox-lu) misses. fNa = x(m3h1), fK = x(n4).
 * <p>
 * Step (Strang splitting at frozen V): half a step of the drift part solved exactly, {@code x ← Pᵀx}
 * with P = exp(Q·dt/2) the channel's transition matrix over dt/2 (see {@link Subunits}; for Na the h
 * part and then the m part); then the Euler–Maruyama noise increment of each pair,
 * {@code √((r_ij·x_i + r_ji·x_j)·dt/N)·ξ} with x at that midpoint; then the second exact half step.
 * NB: noise between two half steps makes the stationary covariance at frozen V second order in dt
 * (for a mode of rate λ, {@code λdt/sinh(λdt)} times the exact one), where drift-then-noise would be
 * first order (6 % too large for the fast m modes at dt = 0.01 ms). The noise increment of each pair,
 * computed from the fractions at the midpoint, moves mass from x_i to x_j.
 * <p>
 * <b>Boundaries: none.</b> The fractions are not held in [0, 1] (Pezo, Soudry &amp; Orio 2014, Front
 * Comput Neurosci 8:139, review the ways implementations bound them); a fraction that fluctuates below
 * 0 is left there and the drift brings it back. Only the noise amplitude needs a guard:
 * {@code √(max(0, r_ij·x_i + r_ji·x_j)·dt/N)}. Why unbounded: the drift is linear and the increments
 * have mean 0, so the mean of x follows the chain's master equation exactly, and the covariance follows
 * the chain's (linear noise) as long as the fluxes are ≥ 0. Any rule that keeps a fraction ≥ 0 adds
 * mass to the states that hold less than about one channel: at rest on 200 µm² the open Na state
 * (m3h1, about one channel), so the patch rests with a standing Na conductance, its h and n adapt, and
 * it fires less. Measured at I = 0 on 200 µm² (400 trials × 2 s, dt = 0.01 ms): reflecting each pair's
 * increment into {@code [-x_j, x_i]} 1.58 Hz, truncating it there 1.53 Hz, unbounded but with the
 * conductance taken from max(0, x) 1.75 Hz, unbounded 1.89 ± 0.05 Hz, markov 1.96 ± 0.05 Hz. The open
 * fractions enter the voltage equation as they are (a slightly negative conductance now and then,
 * mean-correct; G stays positive in practice since the leak dominates the tiny excursions, and the exact
 * exponential step is well defined for either sign of G). The recorded gates are clipped into [0, 1].
 * Fractions are renormalised to sum 1 each step (against rounding only; the moves keep the sum).
 * <p>
 * Recorded gates: {@code m = Σ (a/3)·x(a,b)}, {@code h = Σ b·x(a,b)}, {@code n = Σ (k/4)·x(k)}, the
 * subunit occupancies, clipped into [0, 1] (the fractions may lie slightly outside).
 * <p>
 * Arrays: {@code na[8i + a + 4b]} (a = open m subunits 0..3, b = h open 0/1) and {@code k[5i + k]}
 * (k = open n subunits 0..4), fractions of channels of neuron i.
 */
final class DiffusionStepper extends ChannelStepper {

	private final NormalizedGaussianSampler[] gauss;
	private final double[] na, k;
	private final double dtOverNa, dtOverK;

	private final SubunitTable table;

	DiffusionStepper(final HHModel p, final double dt, final ChannelPatch patch,
		final UniformRandomProvider[] streams, final boolean rateTables)
	{
		super(p, dt, patch, streams);
		table = new SubunitTable(kinetics, 0.5 * dt, SubunitTable.SIZE, rateTables);
		gauss = new NormalizedGaussianSampler[streams.length];
		for (int i = 0; i < streams.length; i++)
			gauss[i] = ZigguratSampler.NormalizedGaussian.of(streams[i]);
		na = new double[8 * streams.length];
		k = new double[5 * streams.length];
		dtOverNa = dt / nNa;
		dtOverK = dt / nK;
	}

	/** The stationary mean of the state distribution at the state's gates m, h, n (the rest state). */
	@Override
	public void init(final PopulationState s, final int from, final int to) {
		for (int i = from; i < to; i++) {
			for (int a = 0; a < 4; a++)
				for (int b = 0; b < 2; b++)
					na[8 * i + a + 4 * b] = naStationary(a, b, s.m[i], s.h[i]);
			for (int q = 0; q < 5; q++)
				k[5 * i + q] = kStationary(q, s.n[i]);
			normaliseAndWriteGates(s, i);
		}
	}

	@Override
	public void step(final PopulationState s, final int from, final int to, final double[] iNow,
		final double[] iMid, final double[] iNext)
	{
		final double[] c = new double[SubunitTable.SIZE], scratch = new double[10], y = new double[8],
			dNa = new double[10], dK = new double[4];
		final double[] x = na, z = k;
		for (int i = from; i < to; i++) {
			final double vi = s.v[i];
			table.at(vi, c, scratch); // coefficients and matrices over dt/2
			final double am = c[9], bm = c[10], ah = c[11], bh = c[12], an = c[13], bn = c[14];
			final int o = 8 * i, ok = 5 * i;
			final NormalizedGaussianSampler g = gauss[i];
			drift(o, ok, c, y);
			// Noise increments at the midpoint: Na pairs 0..5 (m), 6..9 (h); K pairs 0..3.
			for (int b = 0; b < 2; b++)
				for (int a = 0; a < 3; a++) {
					final double flux = (3 - a) * am * x[o + a + 4 * b] + (a + 1) * bm * x[o + a + 1 + 4 * b];
					dNa[3 * b + a] = Math.sqrt(Math.max(0, flux) * dtOverNa) * g.sample();
				}
			for (int a = 0; a < 4; a++)
				dNa[6 + a] = Math.sqrt(Math.max(0, ah * x[o + a] + bh * x[o + a + 4]) * dtOverNa) * g.sample();
			for (int q = 0; q < 4; q++)
				dK[q] = Math.sqrt(Math.max(0, (4 - q) * an * z[ok + q] + (q + 1) * bn * z[ok + q + 1]) * dtOverK) * g.sample();
			// Each pair's increment moves mass between its two states, unbounded.
			for (int b = 0; b < 2; b++)
				for (int a = 0; a < 3; a++)
					move(x, o + a + 4 * b, o + a + 1 + 4 * b, dNa[3 * b + a]);
			for (int a = 0; a < 4; a++)
				move(x, o + a, o + a + 4, dNa[6 + a]);
			for (int q = 0; q < 4; q++)
				move(z, ok + q, ok + q + 1, dK[q]);
			drift(o, ok, c, y);
			normaliseAndWriteGates(s, i);
			s.v[i] = voltage(vi, x[o + 7], z[ok + 4], iNow[i]);
		}
	}

	/**
	 * The exact mean evolution {@code x ← Pᵀx} of one neuron's fractions (Na at offset o, K at ok) with
	 * the coefficients c of {@link SubunitTable}; non-negative in, non-negative out.
	 */
	private void drift(final int o, final int ok, final double[] c, final double[] y) {
		final double[] x = na, z = k;
		final double hOpen = c[3], hStay = c[4];
		for (int a = 0; a < 4; a++) {
			final double x0 = x[o + a], x1 = x[o + a + 4];
			y[a] = x0 * (1 - hOpen) + x1 * (1 - hStay);
			y[a + 4] = x0 * hOpen + x1 * hStay;
		}
		for (int b = 0; b < 2; b++)
			for (int a2 = 0; a2 < 4; a2++) {
				double sum = 0;
				for (int a = 0; a < 4; a++)
					sum += y[a + 4 * b] * c[SubunitTable.PM + 4 * a + a2];
				x[o + a2 + 4 * b] = sum;
			}
		for (int q = 0; q < 5; q++)
			y[q] = z[ok + q];
		for (int q2 = 0; q2 < 5; q2++) {
			double sum = 0;
			for (int q = 0; q < 5; q++)
				sum += y[q] * c[SubunitTable.PN + 5 * q + q2];
			z[ok + q2] = sum;
		}
	}

	/**
	 * Moves {@code d} (of either sign) from fraction {@code from} to {@code to}, unbounded: the pair's total
	 * is kept exactly, and either fraction may leave [0, 1] (see the class javadoc).
	 */
	static void move(final double[] x, final int from, final int to, final double d) {
		x[to] += d;
		x[from] -= d;
	}

	/** Renormalises neuron i's fractions to sum 1 and writes the subunit occupancies as its gates. */
	private void normaliseAndWriteGates(final PopulationState s, final int i) {
		final double[] x = na, z = k;
		final int o = 8 * i, ok = 5 * i;
		double sum = 0, mSum = 0, hSum = 0;
		for (int a = 0; a < 4; a++) {
			sum += x[o + a] + x[o + a + 4];
			mSum += a * (x[o + a] + x[o + a + 4]);
			hSum += x[o + a + 4];
		}
		final double inv = 1 / sum;
		for (int j = 0; j < 8; j++)
			x[o + j] *= inv;
		double kSum = 0, nSum = 0;
		for (int q = 0; q < 5; q++) {
			kSum += z[ok + q];
			nSum += q * z[ok + q];
		}
		final double invK = 1 / kSum;
		for (int q = 0; q < 5; q++)
			z[ok + q] *= invK;
		s.m[i] = unit(mSum / (3 * sum));
		s.h[i] = unit(hSum / sum);
		s.n[i] = unit(nSum / (4 * kSum));
	}

	/**
	 * x clipped into [0, 1]: the recorded occupancy. NB: only the record is clipped; the fractions, which
	 * carry the dynamics, are not (clipping them would bias their mean as reflecting does).
	 */
	static double unit(final double x) {
		return Math.max(0, Math.min(1, x));
	}

	/** Neuron i's fraction in Na state (a, b), for tests. */
	double naFraction(final int i, final int a, final int b) {
		return na[8 * i + a + 4 * b];
	}

	/** Neuron i's fraction in K state q, for tests. */
	double kFraction(final int i, final int q) {
		return k[5 * i + q];
	}
}
