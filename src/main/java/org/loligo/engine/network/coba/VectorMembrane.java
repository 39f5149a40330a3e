package org.loligo.engine.network.coba;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

import org.loligo.engine.sim.RateTable;

/**
 * {@link MembranePass} with the Vector API (JDK 17's incubating {@code jdk.incubator.vector}): as many
 * neurons per instruction as the CPU's preferred vector holds (4 doubles with AVX2). Every lane does the
 * same IEEE operations in the same order as {@link MembranePass#scalar} and {@link FastExp#exp} (separate
 * multiplies and adds, one correctly rounded division), so results are bitwise those of the scalar pass,
 * whatever the vector width. A chunk where some lane's exp argument leaves (LOW, HIGH) or is NaN, or V
 * leaves the gate table, is done by the scalar pass, which handles those cases. Loaded only by reflection from
 * {@link MembranePass.VectorSupport}, so that nothing breaks on a JVM without the module.
 */
final class VectorMembrane implements MembranePass {

	private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

	@Override
	public int lanes() {
		return S.length();
	}

	@Override
	public void run(final CobaRun r, final int from, final int to, final double[] slot, final double[] frac) {
		final double[] v = r.v, m = r.m, h = r.h, n = r.n, ge = r.ge, gi = r.gi;
		final double gNa = r.gNa, gK = r.gK, gL = r.gL, eNa = r.eNa, eK = r.eK, gLeL = r.gLeL, eE = r.eE,
			eI = r.eI, minusDtOverC = r.minusDtOverC, decE = r.decayE, decI = r.decayI;
		final int lanes = S.length(), upper = from + (to - from) / lanes * lanes;
		int i = from;
		for (; i < upper; i += lanes) {
			final DoubleVector vi = DoubleVector.fromArray(S, v, i), mi = DoubleVector.fromArray(S, m, i),
				hi = DoubleVector.fromArray(S, h, i), ni = DoubleVector.fromArray(S, n, i),
				gei = DoubleVector.fromArray(S, ge, i), gii = DoubleVector.fromArray(S, gi, i);
			final DoubleVector n2 = ni.mul(ni);
			final DoubleVector gNaNow = mi.mul(gNa).mul(mi).mul(mi).mul(hi);
			final DoubleVector gKNow = n2.mul(gK).mul(n2);
			final DoubleVector g = gNaNow.add(gKNow).add(gL).add(gei).add(gii);
			final DoubleVector vInf = gNaNow.mul(eNa).add(gKNow.mul(eK)).add(gLeL).add(gei.mul(eE)).add(gii.mul(eI))
				.div(g);
			final DoubleVector x = g.mul(minusDtOverC);
			final DoubleVector pos = vi.sub(RateTable.V_MIN).mul(RateTable.INV_STEP);
			final VectorMask<Double> inRange = x.compare(VectorOperators.GT, FastExp.LOW).and(x.compare(
				VectorOperators.LT, FastExp.HIGH)).and(pos.compare(VectorOperators.GE, 0)).and(pos.compare(
					VectorOperators.LT, RateTable.POINTS));
			if (!inRange.allTrue()) {
				MembranePass.scalar(r, i, i + lanes, slot, frac, from);
				continue;
			}
			vInf.add(vi.sub(vInf).mul(exp(x))).intoArray(v, i);
			final DoubleVector j = pos.sub(0.5).add(FastExp.SHIFT).sub(FastExp.SHIFT);
			j.mul(RateTable.STRIDE).intoArray(slot, i - from);
			pos.sub(j).intoArray(frac, i - from);
			gei.mul(decE).intoArray(ge, i);
			gii.mul(decI).intoArray(gi, i);
		}
		if (i < to) MembranePass.scalar(r, i, to, slot, frac, from);
	}

	/** {@link FastExp#exp} lane-wise, for arguments inside (LOW, HIGH). */
	private static DoubleVector exp(final DoubleVector x) {
		final DoubleVector shifted = x.mul(FastExp.INV_LN2).add(FastExp.SHIFT);
		final LongVector bits = shifted.reinterpretAsLongs();
		final DoubleVector k = shifted.sub(FastExp.SHIFT);
		final DoubleVector r = x.sub(k.mul(FastExp.LN2_HI)).sub(k.mul(FastExp.LN2_LO));
		final DoubleVector r2 = r.mul(r), r4 = r2.mul(r2), r8 = r4.mul(r4);
		final DoubleVector q0 = r.add(1), q1 = r.mul(FastExp.C3).add(FastExp.C2), q2 = r.mul(FastExp.C5).add(FastExp.C4),
			q3 = r.mul(FastExp.C7).add(FastExp.C6), q4 = r.mul(FastExp.C9).add(FastExp.C8), q5 = r.mul(FastExp.C11).add(
				FastExp.C10);
		final DoubleVector lo = q0.add(q1.mul(r2)).add(q2.add(q3.mul(r2)).mul(r4));
		final DoubleVector hi = q4.add(q5.mul(r2)).add(r4.mul(FastExp.C12));
		final DoubleVector p = lo.add(hi.mul(r8));
		return p.reinterpretAsLongs().add(bits.lanewise(VectorOperators.LSHL, 52)).reinterpretAsDoubles();
	}
}
