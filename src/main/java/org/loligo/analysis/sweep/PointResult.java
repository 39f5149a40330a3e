package org.loligo.analysis.sweep;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one point gave: the point and the command's scalar outputs by name, in the command's order
 * (numbers, text or booleans, all serialisable, so that results travel back from a cluster), or the
 * message of its failure (then {@code outputs} is empty), and the wall time it took where it ran (for the
 * console's status lines; never in sweep.csv). A failure travels back as data, not as a remote exception,
 * so that the sweep can name the point and give the command's own message.
 */
public record PointResult(SweepPoint point, LinkedHashMap<String, Object> outputs, String failure, double seconds)
	implements Serializable
{

	/** A point that ran. */
	public static PointResult of(final SweepPoint point, final Map<String, Object> outputs) {
		return new PointResult(point, new LinkedHashMap<>(outputs), null, 0);
	}

	/** A point that failed with this message (a {@link PointFailure}'s). */
	public static PointResult failed(final SweepPoint point, final String message) {
		return new PointResult(point, new LinkedHashMap<>(), message, 0);
	}

	/** Runs the point, catching its failure as data. */
	public static PointResult run(final PointRunner runner, final SweepPoint point) {
		final long t0 = System.nanoTime();
		PointResult r;
		try {
			r = of(point, runner.run(point));
		}
		catch (final PointFailure e) {
			r = failed(point, e.getMessage());
		}
		catch (final RuntimeException e) {
			r = failed(point, "point " + point.index() + " failed: " + e);
		}
		return new PointResult(point, r.outputs, r.failure, (System.nanoTime() - t0) * 1e-9);
	}

	/** Whether the point failed. */
	public boolean isFailure() {
		return failure != null;
	}
}
