package org.loligo.engine.model;

import static org.loligo.engine.model.Exprel.exprel;

/**
 * Traub &amp; Miles (1991) rate functions as used by the COBA-HH benchmark of Brette et al. (2007,
 * J Comput Neurosci 23:349-398, Appendix B), with the threshold-adjusting offset {@code VT}
 * (-63 mV in the benchmark). With {@code u = V - VT}:
 * <pre>
 *   α_m = 0.32 (13 - u) / (e^{(13-u)/4} - 1)  = 0.32·4 / exprel((13-u)/4)
 *   β_m = 0.28 (u - 40) / (e^{(u-40)/5} - 1)  = 0.28·5 / exprel((u-40)/5)
 *   α_h = 0.128 e^{(17-u)/18}
 *   β_h = 4 / (1 + e^{(40-u)/5})
 *   α_n = 0.032 (15 - u) / (e^{(15-u)/5} - 1) = 0.032·5 / exprel((15-u)/5)
 *   β_n = 0.5 e^{(10-u)/40}
 * </pre>
 * V in mV, rates in 1/ms.
 *
 * @param vt the offset VT in mV
 */
public record TraubMilesKinetics(double vt) implements GateKinetics {

	/** The benchmark's kinetics, VT = -63 mV. */
	public static final TraubMilesKinetics COBA = new TraubMilesKinetics(-63.0);

	public TraubMilesKinetics {
		if (!Double.isFinite(vt)) throw new IllegalArgumentException("vt must be a finite voltage in mV, got " + vt);
	}

	@Override
	public String name() {
		return "TraubMiles";
	}

	@Override
	public double alphaM(final double v) {
		return 1.28 / exprel((13.0 - (v - vt)) / 4.0);
	}

	@Override
	public double betaM(final double v) {
		return 1.4 / exprel(((v - vt) - 40.0) / 5.0);
	}

	@Override
	public double alphaH(final double v) {
		return 0.128 * Math.exp((17.0 - (v - vt)) / 18.0);
	}

	@Override
	public double betaH(final double v) {
		return 4.0 / (1.0 + Math.exp((40.0 - (v - vt)) / 5.0));
	}

	@Override
	public double alphaN(final double v) {
		return 0.16 / exprel((15.0 - (v - vt)) / 5.0);
	}

	@Override
	public double betaN(final double v) {
		return 0.5 * Math.exp((10.0 - (v - vt)) / 40.0);
	}
}
