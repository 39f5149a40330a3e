package org.loligo.engine.model;

/**
 * One gating variable x of a channel, raised to {@code power} in the channel's conductance (m³: power
 * 3). Three kinds, as NeuroML2's gates:
 * <ul>
 * <li>{@link Kind#RATES}: {@code dx/dt = α(V)(1 - x) - β(V)x}, from opening and closing rates (1/ms);</li>
 * <li>{@link Kind#TAU_INF}: {@code dx/dt = (x∞(V) - x)/τ(V)}, from a steady state and a time constant (ms);</li>
 * <li>{@link Kind#INSTANTANEOUS}: {@code x = x∞(V)} at all times, no state of its own.</li>
 * </ul>
 * Every function is evaluated at {@code u = V - shift} (the Traub–Miles offset VT, say; 0 for most
 * models), and the rates are multiplied by the temperature factor {@code phi} (τ divided by it): φ = 5
 * for Wang–Buzsáki's h and n, {@code q10^((T - T0)/10)} for a temperature. With shift 0 and φ 1 the
 * functions' own doubles come out unchanged.
 *
 * @param name   the gate's name, used for trace columns ({@code m}, {@code h}, {@code a})
 * @param power  its exponent in the conductance, 1 to 8
 * @param kind   how it is given
 * @param first  α for RATES, x∞ for TAU_INF and INSTANTANEOUS
 * @param second β for RATES, τ (ms) for TAU_INF, null for INSTANTANEOUS
 * @param shift  voltage offset of every function, mV
 * @param phi    rate factor (> 0)
 */
public record Gate(String name, int power, Kind kind, VoltageFunction first, VoltageFunction second,
	double shift, double phi)
{

	/** How a gate is given. */
	public enum Kind {
		RATES, TAU_INF, INSTANTANEOUS
	}

	public Gate {
		if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) throw new IllegalArgumentException(
			"gate name must be a letter followed by letters, digits or _, got '" + name + "'");
		if (power < 1 || power > 8) throw new IllegalArgumentException("gate " + name + ": power must be in [1, 8], " +
			"got " + power);
		if (kind == null || first == null) throw new IllegalArgumentException("gate " + name + ": kind and its " +
			"functions must be given");
		if (kind != Kind.INSTANTANEOUS && second == null) throw new IllegalArgumentException("gate " + name +
			": " + (kind == Kind.RATES ? "β" : "τ") + " must be given");
		if (!Double.isFinite(shift)) throw new IllegalArgumentException("gate " + name + ": shift must be finite");
		if (!(phi > 0) || !Double.isFinite(phi)) throw new IllegalArgumentException("gate " + name + ": phi must be " +
			"> 0 and finite, got " + phi);
	}

	/** A gate from opening and closing rates (1/ms). */
	public static Gate rates(final String name, final int power, final VoltageFunction alpha,
		final VoltageFunction beta)
	{
		return new Gate(name, power, Kind.RATES, alpha, beta, 0, 1);
	}

	/** A gate from its steady state and time constant (ms). */
	public static Gate tauInf(final String name, final int power, final VoltageFunction inf,
		final VoltageFunction tau)
	{
		return new Gate(name, power, Kind.TAU_INF, inf, tau, 0, 1);
	}

	/** A gate that is always at its steady state. */
	public static Gate instantaneous(final String name, final int power, final VoltageFunction inf) {
		return new Gate(name, power, Kind.INSTANTANEOUS, inf, null, 0, 1);
	}

	/** This gate with its functions evaluated at V - shift (mV). */
	public Gate shifted(final double newShift) {
		return new Gate(name, power, kind, first, second, newShift, phi);
	}

	/** This gate with its rates multiplied by phi. */
	public Gate withPhi(final double newPhi) {
		return new Gate(name, power, kind, first, second, shift, newPhi);
	}

	/** Whether the gate is a state variable (not instantaneous). */
	public boolean hasState() {
		return kind != Kind.INSTANTANEOUS;
	}

	/** Opening rate α at V, 1/ms (for TAU_INF {@code x∞/τ}). */
	public double alpha(final double v) {
		final double u = v - shift;
		return switch (kind) {
			case RATES -> phi * first.at(u);
			case TAU_INF -> first.at(u) / (second.at(u) / phi);
			case INSTANTANEOUS -> throw new IllegalStateException("gate " + name + " is instantaneous");
		};
	}

	/** Closing rate β at V, 1/ms (for TAU_INF {@code (1 - x∞)/τ}). */
	public double beta(final double v) {
		final double u = v - shift;
		return switch (kind) {
			case RATES -> phi * second.at(u);
			case TAU_INF -> (1 - first.at(u)) / (second.at(u) / phi);
			case INSTANTANEOUS -> throw new IllegalStateException("gate " + name + " is instantaneous");
		};
	}

	/** Steady state x∞ at V. */
	public double inf(final double v) {
		if (kind != Kind.RATES) return first.at(v - shift);
		final double a = alpha(v);
		return a / (a + beta(v));
	}

	/** Time constant τ at V, ms (0 for an instantaneous gate). */
	public double tau(final double v) {
		return switch (kind) {
			case RATES -> 1.0 / (alpha(v) + beta(v));
			case TAU_INF -> second.at(v - shift) / phi;
			case INSTANTANEOUS -> 0;
		};
	}

	/** {@code dx/dt} at (V, x), 1/ms. */
	public double derivative(final double v, final double x) {
		if (kind == Kind.RATES) return alpha(v) * (1 - x) - beta(v) * x;
		return (inf(v) - x) / tau(v);
	}

	/**
	 * The exact one-step solution at frozen V, {@code x' = A·x + B}: {@code A = exp(-dt/τ)},
	 * {@code B = x∞·(1 - A)}, into {@code out[at], out[at + 1]}. For an instantaneous gate, (0, x∞).
	 */
	public void expEulerCoefficients(final double v, final double dt, final double[] out, final int at) {
		switch (kind) {
			case RATES -> {
				final double a = alpha(v), sum = a + beta(v);
				// -expm1 keeps 1 - A accurate when (α + β)·dt is tiny.
				final double oneMinusA = -Math.expm1(-sum * dt);
				out[at] = 1.0 - oneMinusA;
				out[at + 1] = sum > 0 ? a / sum * oneMinusA : 0.0;
			}
			case TAU_INF -> {
				final double oneMinusA = -Math.expm1(-dt / tau(v));
				out[at] = 1.0 - oneMinusA;
				out[at + 1] = inf(v) * oneMinusA;
			}
			case INSTANTANEOUS -> {
				out[at] = 0;
				out[at + 1] = inf(v);
			}
		}
	}

	/**
	 * Forward Euler's one-step update {@code x' = x + dt·dx/dt} as {@code A·x + B}: for RATES
	 * {@code (1 - (α + β)dt, α·dt)}, for TAU_INF {@code (1 - dt/τ, x∞·dt/τ)}; (0, x∞) if instantaneous.
	 */
	public void eulerCoefficients(final double v, final double dt, final double[] out, final int at) {
		switch (kind) {
			case RATES -> {
				final double a = alpha(v), b = beta(v);
				out[at] = 1.0 - (a + b) * dt;
				out[at + 1] = a * dt;
			}
			case TAU_INF -> {
				final double r = dt / tau(v);
				out[at] = 1.0 - r;
				out[at + 1] = inf(v) * r;
			}
			case INSTANTANEOUS -> {
				out[at] = 0;
				out[at + 1] = inf(v);
			}
		}
	}

	/**
	 * {@code g · x^power} with the order of operations of the HH kernels: x⁴ as {@code (g·x²)·x²}, other
	 * powers as repeated products {@code ((g·x)·x)·x}, so the generic kernels give their bits.
	 */
	public static double multiplyPower(final double g, final double x, final int power) {
		if (power == 4) {
			final double x2 = x * x;
			return g * x2 * x2;
		}
		double r = g;
		for (int q = 0; q < power; q++)
			r *= x;
		return r;
	}
}
