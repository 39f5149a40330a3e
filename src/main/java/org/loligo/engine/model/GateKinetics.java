package org.loligo.engine.model;

/**
 * The opening (α) and closing (β) rates of the three gates m, h, n of an HH-shaped model (see
 * {@link HHModel}), read from its {@link Gate}s: the specialised HH kernels' view of a model.
 * <p>
 * Units: V in mV, rates in 1/ms. Each gate x ∈ {m, h, n} obeys {@code dx/dt = α_x(V)·(1 - x) - β_x(V)·x}.
 * Stateless and thread-safe.
 * <p>
 * NB: each rate is called through a field of its own ({@code mAlpha.at(…)}, …), not through
 * {@link Gate#alpha}, so that every call site sees one rate form and the JIT inlines it: the kernels that
 * evaluate rates at every step (rk4, exp-euler without tables) would otherwise make one megamorphic call
 * per rate, 25–70 % slower. The expression is {@link Gate#alpha}'s, {@code φ·f(V - shift)}, to the bit.
 */
public final class GateKinetics {

	private final Gate m, h, n;
	private final VoltageFunction mAlpha, mBeta, hAlpha, hBeta, nAlpha, nBeta;
	private final double mShift, hShift, nShift, mPhi, hPhi, nPhi;
	/** Whether every gate has shift 0 and φ 1: the rates are then the functions themselves, the same bits. */
	private final boolean plain;

	/**
	 * @param m the Na activation (power 3)
	 * @param h the Na inactivation (power 1)
	 * @param n the K activation (power 4)
	 */
	public GateKinetics(final Gate m, final Gate h, final Gate n) {
		for (final Gate g : new Gate[] { m, h, n })
			if (g == null || g.kind() != Gate.Kind.RATES) throw new IllegalArgumentException(
				"HH kinetics need three gates given by rates");
		this.m = m;
		this.h = h;
		this.n = n;
		mAlpha = m.first();
		mBeta = m.second();
		hAlpha = h.first();
		hBeta = h.second();
		nAlpha = n.first();
		nBeta = n.second();
		mShift = m.shift();
		hShift = h.shift();
		nShift = n.shift();
		mPhi = m.phi();
		hPhi = h.phi();
		nPhi = n.phi();
		plain = mShift == 0 && hShift == 0 && nShift == 0 && mPhi == 1 && hPhi == 1 && nPhi == 1;
	}

	public Gate m() {
		return m;
	}

	public Gate h() {
		return h;
	}

	public Gate n() {
		return n;
	}

	public double alphaM(final double v) {
		return plain ? mAlpha.at(v) : mPhi * mAlpha.at(v - mShift);
	}

	public double betaM(final double v) {
		return plain ? mBeta.at(v) : mPhi * mBeta.at(v - mShift);
	}

	public double alphaH(final double v) {
		return plain ? hAlpha.at(v) : hPhi * hAlpha.at(v - hShift);
	}

	public double betaH(final double v) {
		return plain ? hBeta.at(v) : hPhi * hBeta.at(v - hShift);
	}

	public double alphaN(final double v) {
		return plain ? nAlpha.at(v) : nPhi * nAlpha.at(v - nShift);
	}

	public double betaN(final double v) {
		return plain ? nBeta.at(v) : nPhi * nBeta.at(v - nShift);
	}

	@Override
	public boolean equals(final Object o) {
		return o instanceof GateKinetics k && k.m.equals(m) && k.h.equals(h) && k.n.equals(n);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(m, h, n);
	}
}
