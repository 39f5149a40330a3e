package org.loligo.engine.split;

import java.io.Serializable;

/**
 * One part of a split run, shipped to wherever a {@link PartExecutor} runs it (a Spark executor on
 * another machine): everything it needs travels inside it, and its result travels back.
 *
 * @param <R> the part's result
 */
public interface PartTask<R extends Serializable> extends Serializable {

	/** Runs the part (on one thread). */
	R run();
}
