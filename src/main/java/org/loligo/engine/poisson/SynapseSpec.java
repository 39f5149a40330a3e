package org.loligo.engine.poisson;

import java.util.Locale;

import org.loligo.engine.network.SynapseModel;

/**
 * How a transmitted input spike acts on the membrane.
 * <ul>
 * <li>{@link Kind#KICK}: a delta pulse. After the step's integration V jumps by {@code +weight} mV per
 * excitatory and {@code -inhibitionRatio·weight} mV per inhibitory transmitted spike.</li>
 * <li>{@link Kind#CONDUCTANCE}: exponential conductances g_E, g_I (mS/cm²) with
 * {@code dg/dt = -g/τ + w·Σ δ(t - t_k)}, jumps {@code weightExc}, {@code weightInh} (mS/cm²), adding
 * the current {@code -g_E(V - reversalExc) - g_I(V - reversalInh)} (µA/cm²). NB: kick weights are mV,
 * conductance weights mS/cm², so they are separate parameters rather than one reinterpreted
 * {@code weight}. The defaults 0.003 and 0.027 mS/cm² give about the charge of the default kicks at
 * rest (-65 mV, C = 1 µF/cm²): w·|V - E|·τ ≈ 0.003·65·5 ≈ 1 nC/cm² ≈ 1 mV·C and
 * 0.027·15·10 ≈ 4 mV·C.</li>
 * </ul>
 *
 * @param kind            kick or conductance
 * @param weight          kick size of an excitatory spike, mV (≥ 0, finite)
 * @param inhibitionRatio inhibitory kick = inhibitionRatio·weight, mV (≥ 0, finite)
 * @param weightExc       excitatory conductance jump, mS/cm² (≥ 0)
 * @param weightInh       inhibitory conductance jump, mS/cm² (≥ 0)
 * @param reversalExc     E_E, mV
 * @param reversalInh     E_I, mV
 * @param tauExc          τ_E, ms (&gt; 0)
 * @param tauInh          τ_I, ms (&gt; 0)
 */
public record SynapseSpec(Kind kind, double weight, double inhibitionRatio, double weightExc,
	double weightInh, double reversalExc, double reversalInh, double tauExc, double tauInh)
{

	/** Delta pulses of V, or exponential conductances. */
	public enum Kind {
		KICK, CONDUCTANCE;

		/** The kind by name, case-insensitive ("kick", "conductance"). */
		public static Kind parse(final String s) {
			for (final Kind k : values())
				if (k.name().equalsIgnoreCase(s == null ? "" : s.trim())) return k;
			throw new IllegalArgumentException("synapse: unknown synapse '" + s + "'; accepted: kick, conductance");
		}

		/** The name users type. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Kicks of 1 mV and 4 mV with the conductance defaults of the command. */
	public static SynapseSpec kick(final double weight, final double inhibitionRatio) {
		return new SynapseSpec(Kind.KICK, weight, inhibitionRatio, 0.003, 0.027, 0, -80, 5, 10);
	}

	/** Conductance synapses with the given jumps (mS/cm²), E_E = 0, E_I = -80 mV, τ_E = 5, τ_I = 10 ms. */
	public static SynapseSpec conductance(final double weightExc, final double weightInh) {
		return new SynapseSpec(Kind.CONDUCTANCE, 1, 4, weightExc, weightInh, 0, -80, 5, 10);
	}

	/**
	 * The excitatory synapses as one of the engine's synapse set: exponential conductances (E_E, τ_E), or
	 * kicks.
	 */
	public SynapseModel excitatory() {
		return kind == Kind.KICK ? SynapseModel.kick() : SynapseModel.exponential(reversalExc, tauExc);
	}

	/** The inhibitory synapses: exponential conductances (E_I, τ_I), or kicks. */
	public SynapseModel inhibitory() {
		return kind == Kind.KICK ? SynapseModel.kick() : SynapseModel.exponential(reversalInh, tauInh);
	}

	public SynapseSpec {
		if (kind == null) throw new IllegalArgumentException("synapse must be given (kick or conductance)");
		nonNegative("weight (mV)", weight);
		nonNegative("inhibitionRatio", inhibitionRatio);
		nonNegative("weightExc (mS/cm²)", weightExc);
		nonNegative("weightInh (mS/cm²)", weightInh);
		if (!Double.isFinite(reversalExc)) throw new IllegalArgumentException("reversalExc (mV) must be finite, got " +
			reversalExc);
		if (!Double.isFinite(reversalInh)) throw new IllegalArgumentException("reversalInh (mV) must be finite, got " +
			reversalInh);
		if (!(tauExc > 0) || !Double.isFinite(tauExc)) throw new IllegalArgumentException(
			"tauExc (ms) must be > 0 and finite, got " + tauExc);
		if (!(tauInh > 0) || !Double.isFinite(tauInh)) throw new IllegalArgumentException(
			"tauInh (ms) must be > 0 and finite, got " + tauInh);
	}

	private static void nonNegative(final String what, final double x) {
		if (!(x >= 0) || !Double.isFinite(x)) throw new IllegalArgumentException(what + " must be >= 0 and finite, got " +
			x);
	}
}
