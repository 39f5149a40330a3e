package org.loligo.analysis.sweep;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one point gave: the point and the command's scalar outputs by name, in the command's order
 * (numbers, text or booleans, all serialisable, so that results travel back from a cluster), or the
 * message of its failure (then {@code outputs} is empty). A failure travels back as data, not as a
 * remote exception, so that the sweep can name the point and give the command's own message.
 */
public record PointResult(SweepPoint point, LinkedHashMap<String, Object> outputs, String failure)
	implements Serializable
{

	/** A point that ran. */
	public static PointResult of(final SweepPoint point, final Map<String, Object> outputs) {
		return new PointResult(point, new LinkedHashMap<>(outputs), null);
	}

	/** A point that failed with this message (a {@link PointFailure}'s). */
	public static PointResult failed(final SweepPoint point, final String message) {
		return new PointResult(point, new LinkedHashMap<>(), message);
	}

	/** Runs the point, catching its failure as data. */
	public static PointResult run(final PointRunner runner, final SweepPoint point) {
		try {
			return of(point, runner.run(point));
		}
		catch (final PointFailure e) {
			return failed(point, e.getMessage());
		}
		catch (final RuntimeException e) {
			return failed(point, "point " + point.index() + " failed: " + e);
		}
	}

	/** Whether the point failed. */
	public boolean isFailure() {
		return failure != null;
	}
}
