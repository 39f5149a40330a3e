package org.loligo.analysis.bifurcation;

import java.util.Arrays;
import java.util.List;

import org.loligo.engine.model.Channel;
import org.loligo.engine.model.Gate;
import org.loligo.engine.model.NeuronModel;

/**
 * Any {@link NeuronModel} under a constant current, as a {@link VectorField} on x = (V, x_1 … x_k), the
 * model's state gates in {@link NeuronModel#stateGates()} order:
 * <pre>
 *   dV/dt   = (I - Σ_c g_c Π_j y_j^p_j (V - E_c)) / C      y_j = x_j, or x∞_j(V) for an instantaneous gate
 *   dx_k/dt = α_k(V)(1 - x_k) - β_k(V) x_k                 (gate given by rates)
 *   dx_k/dt = (x∞_k(V) - x_k) / τ_k(V)                      (gate given by x∞ and τ)
 * </pre>
 * V in mV, t in ms, I in µA/cm², conductances in mS/cm², C in µF/cm² (so dV/dt is in mV/ms). Every
 * rate is the model's own ({@link Gate#alpha}, {@link Gate#inf}, …) and the constants are read from its
 * channels once, into the arrays a sweep varies ({@link #with}); nothing is restated here.
 * <p>
 * The Jacobian is exact in the gates and in V's polynomial terms; only the slopes of the voltage
 * functions (dα/dV, dβ/dV, dx∞/dV, dτ/dV) come from central differences (step {@value #DV} mV, relative
 * error about 1e-11, since they vary on a scale of 10 mV).
 * <p>
 * NB: the products are formed in the order the hand-written HH field used — the current as
 * {@link Gate#multiplyPower}, the conductance in the Jacobian as {@code g·x^(p-1)·x} gate by gate — so for
 * an HH-shaped model every value is the same double as before models were data, and HH sweeps stay
 * byte-identical ({@code ModelFieldTest} checks it against the hand-written field, kept in the tests).
 * <p>
 * At an equilibrium every gate sits at x∞(V), so equilibria are the roots of the 1-D function
 * {@link #steadyCurrent}: {@code F(V) = I - I_ss(V)} (µA/cm²). Immutable and thread-safe.
 */
public final class ModelField implements VectorField {

	/** Difference step for the slopes of the voltage functions, mV. */
	static final double DV = 1e-4;

	private final NeuronModel model;

	private final double cm, current;

	/** Per channel: maximal conductance (mS/cm²) and reversal potential (mV). */
	private final double[] gmax, rev;

	/** Channel c's gates are entries first[c] … first[c + 1] - 1 of the flat per-gate arrays below. */
	private final int[] first;

	/** Per gate, channel by channel: the gate, its power, its index in x (-1 if instantaneous). */
	private final Gate[] gates;

	private final int[] power, index;

	/** The gate of each state row 1 … n-1. */
	private final Gate[] stateGates;

	/** NB: copies made by {@link #with} share the layout arrays, which are never written after of(). */
	private ModelField(final ModelField layout, final double cm, final double current, final double[] gmax,
		final double[] rev)
	{
		this.model = layout.model;
		this.first = layout.first;
		this.gates = layout.gates;
		this.power = layout.power;
		this.index = layout.index;
		this.stateGates = layout.stateGates;
		this.cm = cm;
		this.current = current;
		this.gmax = gmax;
		this.rev = rev;
	}

	private ModelField(final NeuronModel model, final double current) {
		this.model = model;
		this.cm = model.cm();
		this.current = current;
		final List<Channel> cs = model.channels();
		gmax = new double[cs.size()];
		rev = new double[cs.size()];
		first = new int[cs.size() + 1];
		gates = model.allGates().toArray(Gate[]::new);
		power = new int[gates.length];
		index = new int[gates.length];
		stateGates = model.stateGates().toArray(Gate[]::new);
		int j = 0, k = 1;
		for (int c = 0; c < cs.size(); c++) {
			gmax[c] = cs.get(c).gmax();
			rev[c] = cs.get(c).reversal();
			first[c] = j;
			for (final Gate g : cs.get(c).gates()) {
				power[j] = g.power();
				index[j++] = g.hasState() ? k++ : -1;
			}
		}
		first[cs.size()] = j;
	}

	/** {@code model} under a constant injected current (µA/cm²). */
	public static ModelField of(final NeuronModel model, final double current) {
		return new ModelField(model, current);
	}

	/** The model this field was built from (its constants as given, before any {@link #with}). */
	public NeuronModel model() {
		return model;
	}

	/**
	 * A copy with {@code p} set to {@code value} (no range check: callers validate the sweep range).
	 *
	 * @throws IllegalArgumentException if the model has no channel of that name
	 */
	public ModelField with(final SweepParameter p, final double value) {
		return switch (p.kind()) {
			case CURRENT -> new ModelField(this, cm, value, gmax, rev);
			case CM -> new ModelField(this, value, current, gmax, rev);
			case GMAX -> new ModelField(this, cm, current, replace(gmax, channel(p), value), rev);
			case REVERSAL -> new ModelField(this, cm, current, gmax, replace(rev, channel(p), value));
		};
	}

	/** The value of {@code p} in this field. */
	public double get(final SweepParameter p) {
		return switch (p.kind()) {
			case CURRENT -> current;
			case CM -> cm;
			case GMAX -> gmax[channel(p)];
			case REVERSAL -> rev[channel(p)];
		};
	}

	private int channel(final SweepParameter p) {
		final List<Channel> cs = model.channels();
		for (int c = 0; c < cs.size(); c++)
			if (cs.get(c).name().equals(p.channel())) return c;
		throw new IllegalArgumentException("parameter: model " + model.name() + " has no channel " + p.channel() +
			"; accepted: " + String.join(", ", SweepParameter.names(model)));
	}

	private static double[] replace(final double[] a, final int i, final double value) {
		final double[] out = a.clone();
		out[i] = value;
		return out;
	}

	@Override
	public int dimension() {
		return 1 + stateGates.length;
	}

	/** The name of each state variable: V, then the state gates' names. */
	public String[] stateNames() {
		final String[] out = new String[dimension()];
		out[0] = "V";
		for (int k = 0; k < stateGates.length; k++)
			out[k + 1] = stateGates[k].name();
		return out;
	}

	@Override
	public void rhs(final double[] x, final double[] out) {
		final double v = x[0];
		out[0] = netCurrent(v, x) / cm;
		for (int k = 1; k < out.length; k++)
			out[k] = stateGates[k - 1].derivative(v, x[k]);
	}

	@Override
	public void jacobian(final double[] x, final double[][] j) {
		rhsJacobian(x, null, j);
	}

	/** {@link #rhs} into {@code out} (skipped if null) and {@link #jacobian} into {@code j}, sharing the rates. */
	public void rhsJacobian(final double[] x, final double[] out, final double[][] j) {
		final double v = x[0];
		final double[] r0 = j[0];
		double conductance = 0, instant = 0;
		for (int c = 0; c < gmax.length; c++) {
			final double g = conductance(c, v, x, -1, 1);
			conductance = c == 0 ? g : conductance + g;
			for (int q = first[c]; q < first[c + 1]; q++)
				if (index[q] < 0) {
					// ∂/∂V through an instantaneous gate: ∂(g Π y^p)/∂y_q · dx∞_q/dV · (V - E_c).
					final Gate gate = gates[q];
					instant += conductance(c, v, x, q, power[q]) * (gate.inf(v + DV) - gate.inf(v - DV)) / (2 * DV) *
						(v - rev[c]);
				}
			for (int q = first[c]; q < first[c + 1]; q++)
				if (index[q] > 0) r0[index[q]] = conductance(c, v, x, q, -power[q]) * (v - rev[c]) / cm;
		}
		r0[0] = instant == 0 ? -conductance / cm : -(conductance + instant) / cm;
		final double vp = v + DV, vm = v - DV, inv = 1 / (2 * DV);
		for (int k = 1; k < j.length; k++) {
			final Gate g = stateGates[k - 1];
			final double[] row = j[k];
			Arrays.fill(row, 0);
			final double xk = x[k];
			if (g.kind() == Gate.Kind.RATES) {
				final double a = g.alpha(v), b = g.beta(v);
				row[0] = (g.alpha(vp) - g.alpha(vm)) * inv * (1 - xk) - (g.beta(vp) - g.beta(vm)) * inv * xk;
				row[k] = -(a + b);
				if (out != null) out[k] = a * (1 - xk) - b * xk;
			}
			else {
				// dx/dt = (x∞ - x)/τ: ∂/∂V = x∞'/τ - (x∞ - x) τ'/τ², ∂/∂x = -1/τ.
				final double inf = g.inf(v), tau = g.tau(v);
				final double dinf = (g.inf(vp) - g.inf(vm)) * inv, dtau = (g.tau(vp) - g.tau(vm)) * inv;
				row[0] = dinf / tau - (inf - xk) * dtau / (tau * tau);
				row[k] = -1 / tau;
				if (out != null) out[k] = (inf - xk) / tau;
			}
		}
		if (out != null) out[0] = netCurrent(v, x) / cm;
	}

	/**
	 * {@code coef · g_c · Π_j y_j^p_j} formed as {@code g·y^(p-1)·y} gate by gate (the HH Jacobian's order),
	 * where the gate {@code skip} (-1: none) contributes only {@code y^(p-1)}: with {@code coef = p_skip}
	 * that is {@code ∂(g Π y^p)/∂y_skip} (with {@code -p_skip}, its negative, as dV/dt needs).
	 */
	private double conductance(final int c, final double v, final double[] x, final int skip, final double coef) {
		double g = coef == 1 ? gmax[c] : coef * gmax[c];
		for (int q = first[c]; q < first[c + 1]; q++) {
			final double y = index[q] < 0 ? gates[q].inf(v) : x[index[q]];
			if (power[q] > 1) {
				double yp = y;
				for (int e = 2; e < power[q]; e++)
					yp *= y;
				g *= yp;
			}
			if (q != skip) g *= y;
		}
		return g;
	}

	/** {@code ∂f/∂I} (independent of the state): {@code (1/C, 0, …, 0)}. */
	public void dCurrent(final double[] out) {
		Arrays.fill(out, 0);
		out[0] = 1 / cm;
	}

	/** The state (V, x∞_1(V), …) into {@code x}. */
	public void steadyState(final double v, final double[] x) {
		x[0] = v;
		for (int k = 1; k < x.length; k++)
			x[k] = stateGates[k - 1].inf(v);
	}

	/**
	 * {@code F(V) = I - I_ss(V)} with every gate at steady state, µA/cm²: zero exactly at the equilibria,
	 * and {@code C·dV/dt} there.
	 */
	public double steadyCurrent(final double v) {
		return netCurrent(v, null);
	}

	/** {@code I - Σ_c I_c}, subtracted channel by channel; {@code x == null}: every gate at x∞(V). */
	private double netCurrent(final double v, final double[] x) {
		double s = current;
		for (int c = 0; c < gmax.length; c++)
			s -= channelCurrent(c, v, x);
		return s;
	}

	/** g_c Π y^p (V - E_c) with {@link Gate#multiplyPower}, µA/cm² outward. */
	private double channelCurrent(final int c, final double v, final double[] x) {
		double g = gmax[c];
		for (int q = first[c]; q < first[c + 1]; q++)
			g = Gate.multiplyPower(g, x == null || index[q] < 0 ? gates[q].inf(v) : x[index[q]], power[q]);
		return g * (v - rev[c]);
	}
}
