package org.loligo.engine.network;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.LongPredicate;

/**
 * For a run that does not fit ({@link NetworkMemory}), the value of each command parameter that would
 * make it fit with the others unchanged, found by bisection over the same estimate (so every value given
 * does fit) and rounded to three significant digits in the safe direction. Parameters are tried in the
 * order of the items they shrink, largest item first.
 */
final class NetworkFits {

	private NetworkFits() {}

	/** {param, "≤ value"} or {param, "≥ value"} pairs, most effective first; empty if none alone fits. */
	static List<String[]> suggest(final NetworkPlan p, final long available, final org.loligo.engine.sim.MemoryBudget.Estimate e) {
		final List<org.loligo.engine.sim.MemoryBudget.Item> items = new ArrayList<>(e.items());
		items.sort(Comparator.comparingLong(org.loligo.engine.sim.MemoryBudget.Item::bytes).reversed());
		final Set<String> params = new LinkedHashSet<>();
		for (final org.loligo.engine.sim.MemoryBudget.Item i : items)
			switch (i.name()) {
				case "connections" -> params.addAll(List.of("neurons", "connectionProbability"));
				case "delay buffers" -> params.addAll(List.of("delay", "neurons"));
				case "traces" -> params.addAll(List.of("recordNeurons", "recordInterval", "duration"));
				default -> params.add("neurons");
			}
		final List<String[]> out = new ArrayList<>();
		for (final String param : params) {
			final String v = value(param, p, available);
			if (v != null) out.add(new String[] { param, v });
		}
		return out;
	}

	private static String value(final String param, final NetworkPlan p, final long available) {
		final boolean generated = !p.connectivityBuilt() && !p.topology().topology().equals("matrix");
		switch (param) {
			case "neurons" -> {
				if (!generated) return null;
				final long n = largest(0, p.neurons() - 1L, k -> NetworkMemory.fits(p.withNeurons((int) k), available));
				return n < 1 ? null : "≤ " + n;
			}
			case "connectionProbability" -> {
				if (!generated || !p.topology().topology().equals("random")) return null;
				// NB: probabilities on a grid of 2^-40 are fine enough for a bound shown with 3 digits.
				final double scale = 0x1p40 * p.topology().connectionProbability();
				final long q = largest(0, (long) scale - 1, k -> NetworkMemory.fits(p.withProbability(k / 0x1p40),
					available));
				return q < 0 ? null : round(q / 0x1p40, RoundingMode.FLOOR, "≤ ", x -> p.withProbability(x), available);
			}
			case "delay" -> {
				if (p.delayPerConnection() || p.delaySlots() <= 1) return null;
				final long slots = largest(1, p.delaySlots() - 1, k -> NetworkMemory.fits(p.withMaxDelay((k - 1) * p.dt()),
					available));
				return slots < 1 ? null : round((slots - 1) * p.dt(), RoundingMode.FLOOR, "≤ ", p::withMaxDelay, available);
			}
			case "recordNeurons" -> {
				final long r = largest(0, p.recorded() - 1L, k -> NetworkMemory.fits(p.withRecordNeurons((int) k),
					available));
				return r < 0 ? null : "≤ " + r;
			}
			case "recordInterval" -> {
				if (p.recorded() == 0) return null;
				final long top = Math.max(p.steps(), p.stride() + 1); // a stride of every step: two samples
				final long stride = smallest(p.stride() + 1, top, k -> NetworkMemory.fits(p.withRecordInterval(k * p
					.dt()), available));
				return stride > top ? null : round(stride * p.dt(), RoundingMode.CEILING, "≥ ", p::withRecordInterval,
					available);
			}
			case "duration" -> {
				final long s = largest(1, p.steps() - 1, k -> NetworkMemory.fits(p.withSteps(k), available));
				return s < 1 ? null : round(s * p.dt(), RoundingMode.FLOOR, "≤ ", x -> p.withSteps(steps(x, p.dt())),
					available);
			}
			default -> {
				return null;
			}
		}
	}

	/** The largest k in [lo, hi] that passes a test passed by every smaller k; lo - 1 if none. */
	static long largest(final long lo, final long hi, final LongPredicate ok) {
		if (hi < lo || !ok.test(lo)) return lo - 1;
		long a = lo, b = hi; // ok(a); the answer is in [a, b]
		while (a < b) {
			final long mid = a + (b - a + 1) / 2;
			if (ok.test(mid)) a = mid;
			else b = mid - 1;
		}
		return a;
	}

	/** The smallest k in [lo, hi] that passes a test passed by every larger k; hi + 1 if none. */
	static long smallest(final long lo, final long hi, final LongPredicate ok) {
		if (hi < lo || !ok.test(hi)) return hi + 1;
		long a = lo, b = hi; // ok(b); the answer is in [a, b]
		while (a < b) {
			final long mid = a + (b - a) / 2;
			if (ok.test(mid)) b = mid;
			else a = mid + 1;
		}
		return a;
	}

	/** Steps of a duration, as {@link org.loligo.engine.sim.SimulationSpec#steps()} counts them. */
	private static long steps(final double duration, final double dt) {
		return (long) Math.ceil(duration / dt - 1e-9);
	}

	/**
	 * {@code x} with three significant digits, rounded in the safe direction, if the plan with that
	 * value still fits; otherwise {@code x} in full.
	 */
	private static String round(final double x, final RoundingMode mode, final String prefix,
		final DoubleFunction<NetworkPlan> with, final long available)
	{
		if (x == 0) return prefix + "0";
		final BigDecimal r = new BigDecimal(x).round(new MathContext(3, mode)).stripTrailingZeros();
		return prefix + (NetworkMemory.fits(with.apply(r.doubleValue()), available) ? r.toPlainString() : Double
			.toString(x));
	}
}
