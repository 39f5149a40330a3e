package org.loligo.reference;

import java.util.Arrays;
import java.util.Locale;

/**
 * Prints the reference values of both models as Markdown (the tables of README-reference.md).
 * Takes about a minute on one core; most of it is the long-window rheobase bisections.
 */
public final class ReferenceReport {

	private ReferenceReport() {}

	public static void main(String[] args) {
		Locale.setDefault(Locale.ROOT);
		report(new ConnorStevensEquations(), 20.0, new double[] { 8, 8.2, 8.5, 9, 10, 15, 20, 30 },
			10.0);
		report(new WangBuzsakiEquations(), 1.0, new double[] { 0.1, 0.2, 0.5, 1, 2, 5 }, 1.0);
	}

	private static void report(NeuronReference.Model model, double bracketHigh, double[] currents,
		double spikeCurrent) {
		NeuronReference ref = new NeuronReference(model);
		System.out.printf("%n## %s%n%n", model.name());

		double vRest = ref.restingPotential(0.0);
		double[] rest = ref.restState(0.0);
		double[] kicked = rest.clone();
		kicked[0] += 2.0;
		double back = ref.integrate(0.0, kicked, 2000.0)[0] - vRest;
		double drift = ref.integrate(0.0, rest, 1000.0)[0] - vRest;
		System.out.printf("- Resting potential (I = 0): V_rest = %.10f mV, F(V_rest) = %.1e µA/cm², "
			+ "max Re λ = %.6f /ms%n", vRest, ref.restResidual(0, vRest),
			ref.maxRealEigenvalue(0, rest));
		System.out.printf("- Gates at rest: %s%n", Arrays.toString(round(rest, 10)));
		System.out.printf("- Integrated check: V(1000 ms) - V_rest from rest = %.1e mV; "
			+ "V(2000 ms) - V_rest after a +2 mV kick = %.1e mV%n", drift, back);

		double vFold = ref.foldVoltage(), iFold = ref.foldCurrent();
		double lambdaFold = ref.maxRealEigenvalue(iFold, model.steadyState(vFold));
		System.out.printf("- Fold of I_ss(V) (saddle-node of the resting equilibrium): V = %.8f mV, "
			+ "I = %.8f µA/cm² (max Re λ there = %.1e /ms)%n%n", vFold, iFold, lambdaFold);

		System.out.println("| rheobase criterion (from rest, bisection to 1e-4) | I_rh (µA/cm²) "
			+ "| I_rh - I_fold |");
		System.out.println("|---|---|---|");
		for (double window : new double[] { 2000, 60000 }) {
			double rh = ref.rheobase(0.0, bracketHigh, 1e-4, 500, window, 3);
			System.out.printf("| >= 3 spikes in (500, %.0f] ms | %.5f | %+.5f |%n", window, rh,
				rh - iFold);
		}

		System.out.printf("%n| I (µA/cm²) | rate (Hz) | ISIs averaged | window (ms) | "
			+ "first spike (ms) |%n|---|---|---|---|---|%n");
		for (double i : currents) {
			double[] r = rate(ref, i);
			System.out.printf("| %.4g | %.6f | %.0f | %.0f | %s |%n", i, r[0], r[1], r[2],
				first(r[3]));
		}

		System.out.printf("%nNear the fold (type I: f ≈ A·sqrt(I - I_fold)):%n%n"
			+ "| I - I_fold | rate (Hz) | ISIs averaged | window (ms) | first spike (ms) "
			+ "| f / sqrt(I - I_fold) |%n|---|---|---|---|---|---|%n");
		for (double d : new double[] { 1e-3, 1e-2, 1e-1, 1 }) {
			double[] r = rate(ref, iFold + d);
			System.out.printf("| %.0e | %.6f | %.0f | %.0f | %s | %.3f |%n", d, r[0], r[1], r[2],
				first(r[3]), r[0] / Math.sqrt(d));
		}

		for (double i : new double[] { spikeCurrent, 2 * spikeCurrent }) {
			double[] t = ref.spikeTimes(i, 200.0);
			System.out.printf("%nFirst spike times at I = %.4g µA/cm² from rest (0 mV upward, "
				+ "ms): %s%n", i, Arrays.toString(round(Arrays.copyOf(t, Math.min(5, t.length)),
				9)));
		}
	}

	/**
	 * Steady rate with the run lengthened until at least 4 ISIs follow the transient (a third of
	 * the run, which also covers the long first-spike latency near threshold); returns {rate (Hz),
	 * ISIs averaged, run length (ms), first spike time (ms) or NaN}.
	 */
	private static double[] rate(NeuronReference ref, double current) {
		double duration = 3000;
		double[] all;
		long after;
		while (true) {
			all = ref.spikeTimes(current, duration);
			double skip = duration / 3;
			after = Arrays.stream(all).filter(s -> s > skip).count();
			if (after >= 5 || duration >= 192000)
				break;
			duration *= 4;
		}
		double rate = ref.steadyRate(current, duration / 3, duration, 10);
		return new double[] { rate, Math.max(0, Math.min(10, after - 1)), duration,
			all.length == 0 ? Double.NaN : all[0] };
	}

	private static String first(double t) {
		return Double.isNaN(t) ? "none" : String.format("%.6f", t);
	}

	private static double[] round(double[] x, int digits) {
		double s = Math.pow(10, digits);
		return Arrays.stream(x).map(v -> Math.round(v * s) / s).toArray();
	}
}
