package org.loligo.engine.model;

import static org.loligo.engine.model.Exprel.exprel;

/**
 * A function of the membrane potential V (mV): a gate's rate (1/ms), steady state (dimensionless) or
 * time constant (ms).
 * <p>
 * The nested records are the standard forms of NeuroML2's HH rates and variables (NeuroML2 v2.3
 * {@code Channels.xml}: {@code HHExpRate}, {@code HHSigmoidRate}, {@code HHExpLinearRate}, and the
 * {@code …Variable} forms, which have the same expressions), with {@code x = (V - midpoint)/scale}:
 * <pre>
 *   ExpRate:       rate · exp(x)
 *   SigmoidRate:   rate / (1 + exp(-x))
 *   ExpLinearRate: rate · x / (1 - exp(-x))  =  rate / exprel(-x)   (exact through x = 0)
 * </pre>
 * plus constants, sums, products, quotients and powers for forms outside that set (Connor–Stevens's
 * A-current). Models are data: a preset is a tree of these records, and two equal trees evaluate to the
 * same doubles.
 * <p>
 * NB: the expressions are written in the order of operations of the hand-written HH kernels they
 * replaced ({@code rate * Math.exp((v - midpoint) / scale)} and so on), so HH1952 and TraubMiles give
 * the very bits they gave before models were data. A negative scale gives exactly the negated quotient,
 * so {@code exp(-(V + 65)/18)} is {@code ExpRate(rate, -65, -18)} to the bit.
 */
@FunctionalInterface
public interface VoltageFunction {

	/** The value at V (mV). */
	double at(double v);

	/** {@code rate · exp((V - midpoint)/scale)}. */
	record ExpRate(double rate, double midpoint, double scale) implements VoltageFunction {

		public ExpRate {
			checkForm("ExpRate", rate, midpoint, scale);
		}

		@Override
		public double at(final double v) {
			return rate * Math.exp((v - midpoint) / scale);
		}
	}

	/** {@code rate / (1 + exp(-(V - midpoint)/scale))}. */
	record SigmoidRate(double rate, double midpoint, double scale) implements VoltageFunction {

		public SigmoidRate {
			checkForm("SigmoidRate", rate, midpoint, scale);
		}

		@Override
		public double at(final double v) {
			return rate / (1.0 + Math.exp(-(v - midpoint) / scale));
		}
	}

	/** {@code rate · x/(1 - exp(-x))}, {@code x = (V - midpoint)/scale}, equal to {@code rate} at x = 0. */
	record ExpLinearRate(double rate, double midpoint, double scale) implements VoltageFunction {

		public ExpLinearRate {
			checkForm("ExpLinearRate", rate, midpoint, scale);
		}

		@Override
		public double at(final double v) {
			return rate / exprel(-(v - midpoint) / scale);
		}
	}

	/** A constant. */
	record Constant(double value) implements VoltageFunction {

		public Constant {
			if (!Double.isFinite(value)) throw new IllegalArgumentException("Constant: value must be finite, got " + value);
		}

		@Override
		public double at(final double v) {
			return value;
		}
	}

	/** {@code a(V) + b(V)}. */
	record Sum(VoltageFunction a, VoltageFunction b) implements VoltageFunction {

		@Override
		public double at(final double v) {
			return a.at(v) + b.at(v);
		}
	}

	/** {@code a(V) · b(V)}. */
	record Product(VoltageFunction a, VoltageFunction b) implements VoltageFunction {

		@Override
		public double at(final double v) {
			return a.at(v) * b.at(v);
		}
	}

	/** {@code a(V) / b(V)}. */
	record Quotient(VoltageFunction a, VoltageFunction b) implements VoltageFunction {

		@Override
		public double at(final double v) {
			return a.at(v) / b.at(v);
		}
	}

	/** The steady state {@code α/(α + β)} of a gate with these rates. */
	static VoltageFunction steadyState(final VoltageFunction alpha, final VoltageFunction beta) {
		return new Quotient(alpha, new Sum(alpha, beta));
	}

	/** {@code base(V)^exponent}, for a base ≥ 0. */
	record Power(VoltageFunction base, double exponent) implements VoltageFunction {

		@Override
		public double at(final double v) {
			return Math.pow(base.at(v), exponent);
		}
	}

	private static void checkForm(final String form, final double rate, final double midpoint,
		final double scale)
	{
		if (!Double.isFinite(rate)) throw new IllegalArgumentException(form + ": rate must be finite, got " + rate);
		if (!Double.isFinite(midpoint)) throw new IllegalArgumentException(form + ": midpoint must be a finite " +
			"voltage in mV, got " + midpoint);
		if (!Double.isFinite(scale) || scale == 0) throw new IllegalArgumentException(form + ": scale must be a " +
			"finite, non-zero voltage in mV, got " + scale);
	}
}
