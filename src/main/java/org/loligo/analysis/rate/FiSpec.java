package org.loligo.analysis.rate;

import org.loligo.engine.model.NeuronModel;
import org.loligo.engine.sim.Scheme;

/**
 * What an f–I curve computes: the model driven by each current {@code I_j = currentMin + j·currentStep}
 * (µA/cm², up to currentMax) for {@code duration} ms at step {@code dt} ms with the scheme, visited in
 * the given {@link Direction}; the rate is measured over the last {@code 1 - settleFraction} of each
 * current's run (see {@link OscillationMeter}).
 *
 * @param model          neuron model
 * @param scheme         integration scheme
 * @param currentMin     lowest current, µA/cm²
 * @param currentMax     highest current, µA/cm² (≥ currentMin; included when on the grid)
 * @param currentStep    spacing of the currents, µA/cm² (&gt; 0)
 * @param duration       simulated time per current, ms
 * @param settleFraction fraction of each current's run discarded as transient, in [0, 1)
 * @param dt             integration step, ms
 * @param direction      up, down, both or rest
 * @param primeCurrent   the down sweep starts from the state after {@code duration} ms at this current
 *                       from rest (µA/cm²): a current where the model fires, so that the sweep starts
 *                       on the spiking side
 * @param minAmplitude   amplitude floor of an oscillation, mV (&gt; 0)
 * @param noiseSigma     white current noise σ, µA/cm²·ms^½ (Euler–Maruyama: V += σ/C·√dt·ξ per step)
 * @param trials         independent noisy runs per branch (1 without noise)
 * @param seed           master seed (0 = pick one)
 * @param threads        worker threads (0 = all cores); results do not depend on it
 */
public record FiSpec(NeuronModel model, Scheme scheme, double currentMin, double currentMax, double currentStep,
	double duration, double settleFraction, double dt, Direction direction, double primeCurrent,
	double minAmplitude, double noiseSigma, int trials, long seed, int threads)
{

	/** Most currents a curve may have. */
	public static final int MAX_CURRENTS = 100_000;

	/** Most samples a settled window may hold (each worker keeps a few windows of V in memory). */
	public static final long MAX_WINDOW = 50_000_000L;

	/** Amplitude floor without noise, mV: far above a settled fixed point's wiggle, far below a spike. */
	public static final double FLOOR_DETERMINISTIC = 1.0;

	/** Amplitude floor with noise, mV: above the noise-driven spread of V below threshold (see below). */
	public static final double FLOOR_NOISY = 20.0;

	/**
	 * The default amplitude floor: {@link #FLOOR_DETERMINISTIC} without noise. NB: a settled fixed point
	 * (rest or block) varies by far less than 1 mV over the window, while the smallest oscillations of the
	 * classic model that we must count (just below its upper Hopf point) are several mV peak-to-trough. With
	 * noise, {@link #FLOOR_NOISY}: the subthreshold V of the classic model under σ ≤ 2 µA/cm²·ms^½ spreads
	 * over a few mV (SD ≈ σ·√(τ/2)/C with τ ≈ 1.5 ms), which a 1 mV floor would count as firing, while
	 * spikes are ~100 mV.
	 */
	public static double defaultMinAmplitude(final double noiseSigma) {
		return noiseSigma > 0 ? FLOOR_NOISY : FLOOR_DETERMINISTIC;
	}

	public FiSpec {
		if (model == null) throw new IllegalArgumentException("model must not be null");
		if (scheme == null) throw new IllegalArgumentException("method must not be null");
		if (direction == null) throw new IllegalArgumentException("direction must not be null");
		finite("currentMin", currentMin);
		finite("currentMax", currentMax);
		finite("primeCurrent", primeCurrent);
		if (!(currentMax >= currentMin)) throw new IllegalArgumentException("currentMax must be >= currentMin (" +
			currentMin + " µA/cm²), got " + currentMax);
		if (!(currentStep > 0) || !Double.isFinite(currentStep)) throw new IllegalArgumentException(
			"currentStep must be > 0 µA/cm² and finite, got " + currentStep);
		if ((currentMax - currentMin) / currentStep + 1 > MAX_CURRENTS) throw new IllegalArgumentException(
			"currentStep: " + currentStep + " µA/cm² gives more than " + MAX_CURRENTS + " currents between " +
				currentMin + " and " + currentMax + "; use a larger currentStep");
		if (!(duration > 0) || !Double.isFinite(duration)) throw new IllegalArgumentException(
			"duration must be > 0 ms and finite, got " + duration);
		if (!(dt > 0) || !Double.isFinite(dt) || dt > duration) throw new IllegalArgumentException(
			"dt must be > 0 ms and at most duration (" + duration + " ms), got " + dt);
		if (!(settleFraction >= 0 && settleFraction < 1)) throw new IllegalArgumentException(
			"settleFraction must be in [0, 1), got " + settleFraction);
		if (!(minAmplitude > 0) || !Double.isFinite(minAmplitude)) throw new IllegalArgumentException(
			"minAmplitude must be > 0 mV and finite, got " + minAmplitude);
		if (!(noiseSigma >= 0) || !Double.isFinite(noiseSigma)) throw new IllegalArgumentException(
			"noiseSigma must be >= 0 µA/cm²·ms^½ and finite, got " + noiseSigma);
		if (trials < 1 || trials > 100_000) throw new IllegalArgumentException(
			"trials must be in [1, 100000], got " + trials);
		if (trials > 1 && noiseSigma == 0) throw new IllegalArgumentException(
			"trials must be 1 without noise (noiseSigma = 0): deterministic trials are identical; got " + trials);
		if (threads < 0) throw new IllegalArgumentException("threads must be >= 0 (0 = all cores), got " + threads);
		final long steps = Math.round(duration / dt);
		if (steps > Integer.MAX_VALUE / 2) throw new IllegalArgumentException("duration/dt: " + steps +
			" steps per current is too many; use a shorter duration or a larger dt");
		final long window = steps - Math.round(settleFraction * steps);
		if (window < 3) throw new IllegalArgumentException("settleFraction: the settled window has " + window +
			" steps; it needs at least 3 (use a longer duration or a smaller settleFraction)");
		if (window > MAX_WINDOW) throw new IllegalArgumentException("duration: the settled window of " + window +
			" steps exceeds " + MAX_WINDOW + "; use a shorter duration, a larger dt or a larger settleFraction");
	}

	/** The currents I_j = currentMin + j·currentStep ≤ currentMax (+1e-9 relative slack), ascending. */
	public double[] currents() {
		final int n = (int) Math.floor((currentMax - currentMin) / currentStep * (1 + 1e-9) + 1e-9) + 1;
		final double[] out = new double[n];
		for (int j = 0; j < n; j++) {
			// Rounded to 12 significant digits, so that 0.1-steps print as 9.8, not 9.799999999999999.
			final double x = currentMin + j * currentStep;
			out[j] = x == 0 ? 0 : new java.math.BigDecimal(x).round(new java.math.MathContext(12)).doubleValue();
		}
		return out;
	}

	/** Steps per current. */
	public int steps() {
		return (int) Math.round(duration / dt);
	}

	/** Steps discarded as transient at each current. */
	public int settleSteps() {
		return (int) Math.round(settleFraction * steps());
	}

	public int effectiveThreads() {
		return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
	}

	private static void finite(final String what, final double x) {
		if (!Double.isFinite(x)) throw new IllegalArgumentException(what + " must be finite (µA/cm²), got " + x);
	}
}
