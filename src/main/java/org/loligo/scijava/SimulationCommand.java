package org.loligo.scijava;

import org.scijava.ItemVisibility;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;

/**
 * The base of every command that integrates a model in time: the run's setup — duration, step, master
 * seed and threads — declared once. Subclasses that want another default set it in their constructor
 * (SciJava and {@code --list} read defaults from a fresh instance's fields).
 * <p>
 * NB: SciJava lists inherited parameters first, so these follow {@code model} at the top of every
 * dialog and {@code --list}, under a header that says the defaults suit most runs; each command's own
 * fields follow in sections of their own. Why not "numerics last": SciJava 2.100's {@code @Parameter} has
 * no order, its dialog lists a command's inputs in {@code CommandInfo} order (superclass fields first),
 * and the two ways around it cost more than they give. Redeclaring the numerics in every command breaks
 * "declared once" ({@code ModelChoicesTest}); a custom {@code ModuleInfo} that reorders them turns the
 * command into a module SciJava's {@code CommandService.run(Class, …)} no longer returns a future for
 * (the {@code DynamicCommand} trap, see {@link ModelCommand}), which breaks every user script. An
 * options command whose values the commands read would make a script's result depend on a dialog's
 * state, which {@code persist = false} exists to prevent.
 */
public abstract class SimulationCommand extends ModelCommand {

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String numericsSection = Widgets.section("Run and numerics (the defaults suit most runs)");

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
