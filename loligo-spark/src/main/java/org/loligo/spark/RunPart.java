package org.loligo.spark;

import java.io.Serializable;

import org.apache.spark.api.java.function.Function;
import org.loligo.engine.split.PartTask;

/**
 * The Spark task of one part of a split run: runs it and returns its result or its failure as data
 * (Spark would otherwise retry the task and report a stack trace instead of the run's own message).
 * <p>
 * NB: a class of its own in {@code src/main}, never a lambda in a test: executors load it by name.
 */
final class RunPart<R extends Serializable> implements Function<PartTask<R>, RunPart.Outcome> {

	private static final long serialVersionUID = 1L;

	/** A part's result, or the exception it threw. */
	record Outcome(Serializable value, RuntimeException failure) implements Serializable {}

	@Override
	public Outcome call(final PartTask<R> task) {
		try {
			return new Outcome(task.run(), null);
		}
		catch (final RuntimeException e) {
			return new Outcome(null, e);
		}
	}
}
