package org.loligo.engine.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one memory rule of every runner: a run's allocations are estimated item by item before anything
 * is allocated — {@code count × bytes each = bytes} — and a run whose total exceeds {@link #FRACTION} of
 * the heap Java may still use is refused with the arithmetic, the parameter that shrinks it most and the
 * heap that would hold it. Each runner lists its own items (state, currents, noise, traces, band,
 * connections, buffers, raster) with its command's parameter names.
 */
public final class MemoryBudget {

	/** Share of the free heap a run may take (the rest is for spikes, outputs and the JVM). */
	public static final double FRACTION = 0.8;

	private MemoryBudget() {}

	/** One item of an estimate: {@code count × each = bytes}; {@code parameter} is what shrinks it. */
	public record Item(String name, String count, long each, long bytes, String parameter) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s %s × %,d B = %,d", name, count, each, bytes);
		}
	}

	/** The items and their sum, bytes. */
	public record Estimate(List<Item> items, long total) {

		/** The item with the most bytes. */
		public Item largest() {
			Item best = items.get(0);
			for (final Item i : items)
				if (i.bytes() > best.bytes()) best = i;
			return best;
		}
	}

	/** Collects items; counts saturate at Long.MAX_VALUE instead of overflowing. */
	public static final class Builder {

		private final List<Item> items = new ArrayList<>();

		/** Adds {@code n × each} bytes described as {@code name count}, shrunk by {@code parameter}. */
		public Builder add(final String name, final String count, final long each, final long n,
			final String parameter)
		{
			items.add(new Item(name, count, each, times(n, each), parameter));
			return this;
		}

		public Estimate build() {
			long total = 0;
			for (final Item i : items)
				total = sum(total, i.bytes());
			return new Estimate(List.copyOf(items), total);
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Bytes the heap can still give: {@link #FRACTION} of (maximum - used). */
	public static long available() {
		final Runtime rt = Runtime.getRuntime();
		return (long) (FRACTION * (rt.maxMemory() - (rt.totalMemory() - rt.freeMemory())));
	}

	/** A heap (MB) in which a run of {@code bytes} fits: the bytes over the fraction, plus what is used now. */
	public static long heapFor(final long bytes) {
		final Runtime rt = Runtime.getRuntime();
		return (long) Math.ceil((bytes / FRACTION + rt.totalMemory() - rt.freeMemory()) / (1 << 20)) + 1;
	}

	/** {@link #require(Estimate, long, String)} with the memory this JVM has {@link #available()}. */
	public static void require(final Estimate e, final String advice) {
		require(e, available(), advice);
	}

	/**
	 * Refuses a run whose estimate exceeds {@code available} bytes: the message starts with the parameter
	 * of the largest item, gives the whole arithmetic, then {@code advice} (the parameters that shrink the
	 * run) and the heap that would hold it.
	 *
	 * @throws IllegalArgumentException when it does not fit
	 */
	public static void require(final Estimate e, final long available, final String advice) {
		if (e.total() <= available) return;
		throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: %s. %s, or give Java more memory: " +
			"-Xmx%dm or more (JAVA_OPTS=-Xmx%dm with scripts/loligo)", e.largest().parameter(), shortfall(e,
				available), advice, heapFor(e.total()), heapFor(e.total())));
	}

	/** "the run needs … B but … B are available …: item + item = total B". */
	public static String shortfall(final Estimate e, final long available) {
		final List<String> terms = new ArrayList<>();
		for (final Item i : e.items())
			if (i.bytes() > 0) terms.add(i.toString());
		return String.format(Locale.ROOT, "the run needs %,d B (%s) but %,d B (%s) are available (%.0f %% of the " +
			"memory Java may still use): %s = %,d B", e.total(), mb(e.total()), available, mb(available), 100 *
				FRACTION, String.join(" + ", terms), e.total());
	}

	/** Bytes in decimal MB, GB or TB for people. */
	public static String mb(final long bytes) {
		return bytes >= 1e12 ? String.format(Locale.ROOT, "%.1f TB", bytes / 1e12) : bytes >= 1e9 ? String.format(
			Locale.ROOT, "%.1f GB", bytes / 1e9) : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
	}

	/** a·b, saturating at Long.MAX_VALUE. */
	public static long times(final long a, final long b) {
		if (a == 0 || b == 0) return 0;
		return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
	}

	/** a + b, saturating at Long.MAX_VALUE. */
	public static long sum(final long a, final long b) {
		return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
	}
}
