package org.loligo.scijava;

import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;

/**
 * The base of every command that integrates a model in time: the run's setup — duration, step, master
 * seed and threads — declared once. Subclasses that want another default set it in their constructor
 * (SciJava and {@code --list} read defaults from a fresh instance's fields).
 * <p>
 * NB: SciJava lists inherited parameters first, so these follow {@code model} at the top of every
 * dialog and {@code --list}.
 */
public abstract class SimulationCommand extends ModelCommand {

	// -- Run setup --

	@Parameter(persist = false, stepSize = "10", style = Widgets.DECIMAL, label = "Duration (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value =
		"true"), description =
		"Simulated time, ms (per trial, or per current of an f-I sweep)")
	protected double duration = 100;

	@Parameter(persist = false, stepSize = "0.005", style = Widgets.DECIMAL, label = "Time step dt (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value =
		"true"), description = "Integration step, ms")
	protected double dt = 0.01;

	@Parameter(persist = false, label = "Seed", description =
		"Master random seed; 0 = pick one (recorded in summary.json)")
	protected long seed = 0;

	@Parameter(persist = false, label = "Threads", min = "0", description = "Worker threads; 0 = all cores")
	protected int threads = 0;
}
