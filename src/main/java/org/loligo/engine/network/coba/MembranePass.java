package org.loligo.engine.network.coba;

import org.loligo.engine.sim.RateTable;

/**
 * Pass 1 of a COBA step over the neurons {@code [from, to)}: with gates and conductances frozen at time t
 * (Brian2's {@code exponential_euler}), V at t + dt is exact,
 * {@code V' = V∞ + (V - V∞)·exp(-G·dt/C)}, {@code G = gNa m³h + gK n⁴ + gL + ge + gi},
 * {@code V∞ = (gNa m³h ENa + gK n⁴ EK + gL EL + ge Ee + gi Ei)/G} (written in place), and the
 * conductances decay exactly in place, {@code ge·exp(-dt/τe)}, {@code gi·exp(-dt/τi)}. For pass 2's gate
 * update it leaves where V(t) falls on the {@link RateTable}: {@code x = (V - V_MIN)·INV_STEP}, the record
 * {@code slot[i - base] = j·STRIDE} of interval j (a whole number, as a double) and
 * {@code frac[i - base] = x - j} when {@code 0 ≤ x < POINTS}; otherwise {@code slot = -1} and
 * {@code frac = V(t)} (pass 2 then takes the exact coefficients). NB: {@code j = round(x - 1/2)} by the
 * 1.5·2^52 shift trick, not {@code (int) x}: both lanes and scalars compute it with plain adds (a vector
 * double-to-int conversion is not compiled to one instruction in JDK 17). j is floor(x) except at whole x,
 * where ties to even may give x - 1 and f = 1, which interpolates to the same grid value.
 * <p>
 * Two implementations with bitwise-equal results: {@link #SCALAR}, and {@link VectorMembrane} (the
 * incubating Vector API, several neurons per instruction) where the JVM has it; {@link #best()} says
 * which this JVM can use, {@link PassChoice} which a run takes.
 */
interface MembranePass {

	void run(CobaRun r, int from, int to, double[] slot, double[] frac);

	/** Neurons per instruction. */
	default int lanes() {
		return 1;
	}

	/** One neuron at a time; also the vector pass's tail and its fallback for lanes that leave exp's range. */
	MembranePass SCALAR = (r, from, to, slot, frac) -> scalar(r, from, to, slot, frac, from);

	/**
	 * {@link VectorMembrane} when the JVM was started with {@code --add-modules jdk.incubator.vector}
	 * (Loligo's launchers do this) and the system property {@code loligo.vector} is not {@code false};
	 * otherwise {@link #SCALAR}.
	 */
	static MembranePass best() {
		return VectorSupport.PASS;
	}

	/**
	 * The pass over {@code [from, to)}, the table position of neuron i into {@code slot[i - base]} and
	 * {@code frac[i - base]}.
	 */
	static void scalar(final CobaRun r, final int from, final int to, final double[] slot, final double[] frac,
		final int base)
	{
		final double[] v = r.v, m = r.m, h = r.h, n = r.n, ge = r.ge, gi = r.gi;
		final double gNa = r.gNa, gK = r.gK, gL = r.gL, eNa = r.eNa, eK = r.eK, gLeL = r.gLeL, eE = r.eE,
			eI = r.eI, minusDtOverC = r.minusDtOverC, decE = r.decayE, decI = r.decayI;
		for (int i = from; i < to; i++) {
			final double vi = v[i], mi = m[i], hi = h[i], ni = n[i], gei = ge[i], gii = gi[i];
			final double n2 = ni * ni;
			final double gNaNow = gNa * mi * mi * mi * hi;
			final double gKNow = gK * n2 * n2;
			final double g = gNaNow + gKNow + gL + gei + gii;
			final double vInf = (gNaNow * eNa + gKNow * eK + gLeL + gei * eE + gii * eI) / g;
			v[i] = vInf + (vi - vInf) * FastExp.exp(minusDtOverC * g);
			ge[i] = gei * decE;
			gi[i] = gii * decI;
			final double x = (vi - RateTable.V_MIN) * RateTable.INV_STEP;
			if (x >= 0 && x < RateTable.POINTS) {
				final double j = ((x - 0.5) + FastExp.SHIFT) - FastExp.SHIFT;
				slot[i - base] = j * RateTable.STRIDE;
				frac[i - base] = x - j;
			}
			else {
				slot[i - base] = -1;
				frac[i - base] = vi;
			}
		}
	}

	/** Which pass this JVM gets, decided once. */
	final class VectorSupport {

		static final MembranePass PASS = choose();
		/** Why the vector pass is not used, or null when it is. */
		static String reason;

		private VectorSupport() {}

		private static MembranePass choose() {
			if ("false".equalsIgnoreCase(System.getProperty("loligo.vector"))) {
				reason = "disabled by -Dloligo.vector=false";
				return SCALAR;
			}
			if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
				reason = "the JVM runs without --add-modules jdk.incubator.vector";
				return SCALAR;
			}
			try {
				return (MembranePass) Class.forName(MembranePass.class.getPackageName() + ".VectorMembrane")
					.getDeclaredConstructor().newInstance();
			}
			catch (final ReflectiveOperationException | LinkageError e) {
				reason = "the Vector API could not be loaded (" + e + ")";
				return SCALAR;
			}
		}
	}
}
