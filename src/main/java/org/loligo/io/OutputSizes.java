package org.loligo.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleToLongFunction;

import org.loligo.engine.sim.MemoryBudget;

/**
 * The size of a run's output files, estimated before the run, one entry per file, and the one output
 * limit every command shares: a run whose files would exceed it is refused, naming the parameter that
 * shrinks the largest file, a value of it that fits and how to raise the limit.
 * <p>
 * The limit is {@value #DEFAULT_LIMIT} bytes unless the Java property {@value #PROPERTY} or the
 * environment variable {@value #ENV} gives another ({@code 5GB}, {@code 500MB}, {@code 2e9} bytes;
 * {@code 0} = no limit). NB: a process setting and not a parameter of each command, so that every
 * command (in Fiji, scripts, the launcher and sweeps) shares one value that a user sets once.
 * <p>
 * CSV values are counted at {@value #CSV_BYTES_PER_VALUE} bytes (a double as Java prints it, about 18
 * characters, and its separator); {@code spikes.csv} is not counted, since its size depends on how the
 * neurons fire.
 */
public final class OutputSizes {

	public static final long DEFAULT_LIMIT = 1_000_000_000L;
	public static final String PROPERTY = "loligo.outputLimit", ENV = "LOLIGO_OUTPUT_LIMIT";
	public static final int CSV_BYTES_PER_VALUE = 20;

	/**
	 * One file: {@code count × each = bytes}; {@code parameter} (now {@code value}) shrinks it when
	 * raised ({@code raise}) or lowered (then an integer count such as recordNeurons); {@code bytesAt}
	 * gives the file's bytes at another value of it.
	 */
	public record Entry(String file, String count, long each, long bytes, String parameter, double value,
		boolean raise, DoubleToLongFunction bytesAt)
	{

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s %s × %,d B = %,d B", file, count, each, bytes);
		}
	}

	private final List<Entry> entries = new ArrayList<>();

	public static OutputSizes builder() {
		return new OutputSizes();
	}

	/** A file of {@code n} items of {@code each} bytes; see {@link Entry}. */
	public OutputSizes add(final String file, final String count, final long each, final long n,
		final String parameter, final double value, final boolean raise, final DoubleToLongFunction bytesAt)
	{
		entries.add(new Entry(file, count, each, MemoryBudget.times(n, each), parameter, value, raise, bytesAt));
		return this;
	}

	/** A CSV of {@code rows(value)} rows × {@code columns(value)} values; see {@link Entry}. */
	public OutputSizes csv(final String file, final String parameter, final double value, final boolean raise,
		final DoubleToLongFunction rows, final DoubleToLongFunction columns)
	{
		final long r = rows.applyAsLong(value), c = columns.applyAsLong(value);
		return add(file, String.format(Locale.ROOT, "%,d rows × %,d values", r, c), CSV_BYTES_PER_VALUE,
			MemoryBudget.times(r, c), parameter, value, raise, x -> MemoryBudget.times(CSV_BYTES_PER_VALUE,
				MemoryBudget.times(rows.applyAsLong(x), columns.applyAsLong(x))));
	}

	public List<Entry> entries() {
		return List.copyOf(entries);
	}

	public long total() {
		long t = 0;
		for (final Entry e : entries)
			t = MemoryBudget.sum(t, e.bytes());
		return t;
	}

	/** {@link #require(long)} with {@link #limit()}. */
	public void require() {
		require(limit());
	}

	/**
	 * Refuses the run when its files exceed {@code limit} bytes (0: no limit): the message starts with the
	 * parameter of the largest file, gives the arithmetic, a value of that parameter that fits (checked
	 * with the file's own formula) and how to raise the limit.
	 *
	 * @throws IllegalArgumentException when the files do not fit
	 */
	public void require(final long limit) {
		final long total = total();
		if (limit <= 0 || total <= limit || entries.isEmpty()) return;
		Entry big = entries.get(0);
		for (final Entry e : entries)
			if (e.bytes() > big.bytes()) big = e;
		final List<String> terms = new ArrayList<>();
		for (final Entry e : entries)
			if (e.bytes() > 0) terms.add(e.toString());
		final StringBuilder m = new StringBuilder(String.format(Locale.ROOT,
			"%s: the run would write about %s, over the output limit of %s: %s = %,d B (spikes.csv not counted). ",
			big.parameter(), MemoryBudget.mb(total), MemoryBudget.mb(limit), String.join(" + ", terms), total));
		// Every file that the same parameter shrinks changes with it (e.g. traces.csv and band.csv).
		final Entry group = group(big);
		final long others = total - group.bytes();
		final double fit = fitting(group, limit - others);
		if (!Double.isNaN(fit)) m.append(String.format(Locale.ROOT, "%s=%s (now %s) makes it about %s; or ", big
			.parameter(), number(fit), number(big.value()), MemoryBudget.mb(others + group.bytesAt().applyAsLong(fit))));
		else {
			final List<String> each = new ArrayList<>();
			for (final Entry e : entries)
				if (e.bytes() > 0) each.add(e.file() + " with " + (e.raise() ? "a larger " : "a smaller ") + e
					.parameter());
			m.append("No one parameter is enough: shrink ").append(String.join(", ", each)).append("; or ");
		}
		final String raise = MemoryBudget.mb((long) Math.min(Long.MAX_VALUE, niceUp(total * 1.0)))
			.replace(" ", "").replace(".0", "");
		m.append(String.format(Locale.ROOT, "raise the limit: %s=%s in the environment, or -D%s=%s (JAVA_OPTS with " +
			"scripts/loligo)", ENV, raise, PROPERTY, raise));
		throw new IllegalArgumentException(m.toString());
	}

	/** The files shrunk by big's parameter, as one entry. */
	private Entry group(final Entry big) {
		final List<Entry> same = new ArrayList<>();
		long bytes = 0;
		for (final Entry e : entries)
			if (e.parameter().equals(big.parameter()) && e.raise() == big.raise()) {
				same.add(e);
				bytes = MemoryBudget.sum(bytes, e.bytes());
			}
		return new Entry(big.file(), big.count(), big.each(), bytes, big.parameter(), big.value(), big.raise(), x -> {
			long b = 0;
			for (final Entry e : same)
				b = MemoryBudget.sum(b, e.bytesAt().applyAsLong(x));
			return b;
		});
	}

	/** A value of e's parameter at which e takes at most {@code budget} bytes, or NaN if none. */
	static double fitting(final Entry e, final long budget) {
		if (budget <= 0) return Double.NaN;
		if (e.raise()) {
			double x = niceUp(e.value() * e.bytes() / (double) budget);
			for (int i = 0; i < 60 && e.bytesAt().applyAsLong(x) > budget; i++)
				x = niceUp(x * 1.1);
			return e.bytesAt().applyAsLong(x) <= budget ? x : Double.NaN;
		}
		long x = (long) Math.floor(e.value() * (double) budget / e.bytes());
		while (x > 0 && e.bytesAt().applyAsLong(x) > budget)
			x--;
		return x > 0 ? x : Double.NaN;
	}

	/** x rounded up to 2 significant digits. */
	static double niceUp(final double x) {
		return new BigDecimal(x).round(new MathContext(2, RoundingMode.CEILING)).doubleValue();
	}

	private static String number(final double x) {
		return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : BigDecimal.valueOf(x)
			.stripTrailingZeros().toPlainString();
	}

	/**
	 * The limit in bytes from {@value #PROPERTY} or {@value #ENV} (in that order), else
	 * {@link #DEFAULT_LIMIT}.
	 *
	 * @throws IllegalArgumentException naming the setting when its value is not a size
	 */
	public static long limit() {
		String v = System.getProperty(PROPERTY);
		String name = PROPERTY;
		if (v == null || v.isBlank()) {
			v = System.getenv(ENV);
			name = ENV;
		}
		return v == null || v.isBlank() ? DEFAULT_LIMIT : parse(name, v);
	}

	/** "5GB", "500 MB", "2kB", "2e9" (bytes), "0" (no limit); decimal units. */
	static long parse(final String name, final String text) {
		final String t = text.trim().toUpperCase(Locale.ROOT).replace(" ", "");
		final String[][] units = { { "TB", "1e12" }, { "GB", "1e9" }, { "MB", "1e6" }, { "KB", "1e3" }, { "B", "1" } };
		double scale = 1;
		String num = t;
		for (final String[] u : units)
			if (t.endsWith(u[0])) {
				scale = Double.parseDouble(u[1]);
				num = t.substring(0, t.length() - u[0].length());
				break;
			}
		try {
			final double x = Double.parseDouble(num) * scale;
			if (x >= 0 && Double.isFinite(x)) return (long) Math.min(Long.MAX_VALUE, x);
		}
		catch (final NumberFormatException e) {
			// falls through to the message
		}
		throw new IllegalArgumentException(name + ": '" + text + "' is not a size; give bytes with an optional " +
			"unit, >= 0 (0 = no limit), e.g. " + name + "=5GB");
	}
}
