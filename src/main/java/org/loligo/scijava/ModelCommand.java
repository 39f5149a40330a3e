package org.loligo.scijava;

import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.ui.UIService;

/**
 * The base of every command that simulates or analyses a neuron model: the services a command reports
 * through, and the {@code model} parameter, declared once for all of them. SciJava injects inherited
 * {@code @Parameter} fields and lists them before the subclass's, so {@code model} stays every dialog's
 * first field.
 * <p>
 * NB: why the choices are an annotation and not filled from {@link Models#names()} at run time. A
 * {@code DynamicCommand} could fill them, but SciJava's {@code CommandService.run(Class, …)} then returns
 * null instead of a future (a DynamicCommand is a Module itself), which breaks every user script written
 * as {@code commandService.run(SimulateNeuron, true, …).get()}. The list therefore lives here, once, and
 * {@code ModelChoicesTest} fails when it and the registry disagree.
 */
public abstract class ModelCommand extends ContextCommand {

	@Parameter(required = false)
	protected StatusService status;

	@Parameter(required = false)
	protected UIService ui;

	// NB: persist = false everywhere: a parameter left out of a script or batch call must get its
	// documented default, never a value remembered from an earlier dialog.
	@Parameter(persist = false, label = "Model", choices = { "HH1952", "HH1952-gL0.03", "TraubMiles",
		"ConnorStevens", "WangBuzsaki" }, description = "Neuron model preset: HH1952, HH1952-gL0.03, TraubMiles " +
			"(Hopf onset), ConnorStevens, WangBuzsaki (type I: fire from arbitrarily low rates)")
	protected String model = "HH1952";

	/** The chosen model. */
	protected NeuronModel neuronModel() {
		return Models.byName(model);
	}
}
