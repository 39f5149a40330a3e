package org.loligo.engine.model;

import java.util.List;

/**
 * The view of a {@link NeuronModel} that has exactly the Hodgkin–Huxley shape — a Na channel with gates
 * m³h given by rates, a K channel with gate n⁴ given by rates, and a leak, in that order — which the
 * specialised kernels (fused HH tables, channel noise chains, the COBA membrane pass) are written for:
 * <pre>
 *   I_Na = gNa·m³·h·(V - eNa),   I_K = gK·n⁴·(V - eK),   I_L = gL·(V - eL)
 * </pre>
 * Per-area units: cm in µF/cm², conductances in mS/cm², potentials in mV, currents in µA/cm².
 * The model itself stays the one source of its constants and rates; this record only names them.
 *
 * @param model    the model it views
 * @param name     the model's name
 * @param cm       membrane capacitance, µF/cm²
 * @param gNa      maximal sodium conductance, mS/cm²
 * @param gK       maximal potassium conductance, mS/cm²
 * @param gL       leak conductance, mS/cm²
 * @param eNa      sodium reversal potential, mV
 * @param eK       potassium reversal potential, mV
 * @param eL       leak reversal potential, mV
 * @param vInit    initial membrane potential, mV
 * @param kinetics the gates' rates
 */
public record HHModel(NeuronModel model, String name, double cm, double gNa, double gK, double gL, double eNa,
	double eK, double eL, double vInit, GateKinetics kinetics)
{

	/** The HH-shaped view of a model, or null when the model has another shape. */
	public static HHModel of(final NeuronModel p) {
		final List<Channel> cs = p.channels();
		if (cs.size() != 3) return null;
		final Channel na = cs.get(0), k = cs.get(1), l = cs.get(2);
		if (na.gates().size() != 2 || k.gates().size() != 1 || !l.isPassive()) return null;
		final Gate m = na.gates().get(0), h = na.gates().get(1), n = k.gates().get(0);
		if (m.power() != 3 || h.power() != 1 || n.power() != 4) return null;
		for (final Gate g : new Gate[] { m, h, n })
			if (g.kind() != Gate.Kind.RATES) return null;
		return new HHModel(p, p.name(), p.cm(), na.gmax(), k.gmax(), l.gmax(), na.reversal(), k.reversal(), l
			.reversal(), p.vInit(), new GateKinetics(m, h, n));
	}

	/**
	 * An HH-shaped model with the given constants and the gates of {@code kineticsOf} (tests' passive
	 * membranes and capacitors, say).
	 */
	public static NeuronModel build(final String name, final double cm, final double gNa, final double gK,
		final double gL, final double eNa, final double eK, final double eL, final double vInit,
		final NeuronModel kineticsOf)
	{
		final GateKinetics k = of(kineticsOf).kinetics();
		return new NeuronModel(name, cm, vInit, List.of(new Channel("Na", gNa, eNa, List.of(k.m(), k.h())),
			new Channel("K", gK, eK, List.of(k.n())), Channel.passive("L", gL, eL)));
	}

	/** Steady-state activation {@code α/(α+β)} of m at V (mV). */
	public double mInf(final double v) {
		return kinetics.m().inf(v);
	}

	/** Steady-state inactivation of h at V (mV). */
	public double hInf(final double v) {
		return kinetics.h().inf(v);
	}

	/** Steady-state activation of n at V (mV). */
	public double nInf(final double v) {
		return kinetics.n().inf(v);
	}

	/** Sodium current in µA/cm² (outward positive). */
	public double iNa(final double v, final double m, final double h) {
		return gNa * m * m * m * h * (v - eNa);
	}

	/** Potassium current in µA/cm² (outward positive). */
	public double iK(final double v, final double n) {
		final double n2 = n * n;
		return gK * n2 * n2 * (v - eK);
	}

	/** Leak current in µA/cm² (outward positive). */
	public double iL(final double v) {
		return gL * (v - eL);
	}
}
