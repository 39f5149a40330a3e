package org.loligo.engine.noise.channel;

/** Scratch: FiringStatistics for one side. args: method area current trials duration dt seed threads */
public class Experiment3 {
	public static void main(String[] a) {
		final long t0 = System.nanoTime();
		final FiringStatistics f = FiringStatistics.of(ChannelNoiseScheme.Method.valueOf(a[0]), Double.parseDouble(a[1]),
			Double.parseDouble(a[2]), Integer.parseInt(a[3]), Double.parseDouble(a[4]), Double.parseDouble(a[5]),
			Long.parseLong(a[6]), Integer.parseInt(a[7]));
		System.out.printf("%s %s µm² I %s: %s, %.1f s wall%n", a[0], a[1], a[2], f, (System.nanoTime() - t0) / 1e9);
	}
}
