package org.loligo.scijava;

import java.io.File;
import java.util.Map;

import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.scijava.ItemVisibility;
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
 * {@code ModelChoicesTest} fails when it and the registry disagree. Besides the presets, {@code model}
 * takes {@link ModelSelection#FILE_CHOICE} (the dialog's file chooser, {@code modelFile}) or a
 * NeuroML2 file's path (scripts); the style {@code PATH_STYLE} lets the headless launcher pass a path.
 * {@code cell} names a file's cell, {@code temperature} sets the rates' temperature (see
 * {@link ModelSelection}).
 */
public abstract class ModelCommand extends ContextCommand {

	@Parameter(required = false)
	protected StatusService status;

	@Parameter(required = false)
	protected UIService ui;

	// NB: persist = false everywhere: a parameter left out of a script or batch call must get its
	// documented default, never a value remembered from an earlier dialog. At a display, DialogMemory
	// fills a dialog with the last dialog's values instead (GUI only).
	/** The widget style that lets a choice parameter also take a file path (headless launcher). */
	public static final String PATH_STYLE = "choice-or-path";

	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, required = false)
	private String modelSection = Widgets.section("Model");

	@Parameter(persist = false, label = "Model", style = PATH_STYLE, choices = { "HH1952", "HH1952-gL0.03",
		"TraubMiles", "ConnorStevens", "WangBuzsaki", ModelSelection.FILE_CHOICE }, description = "Neuron model " +
			"preset: HH1952, HH1952-gL0.03, TraubMiles (Hopf onset), ConnorStevens, WangBuzsaki (type I: fire from " +
			"arbitrarily low rates); or 'NeuroML2 file' (pick it below), or the path of a NeuroML2 file (.nml)")
	protected String model = "HH1952";

	@Parameter(persist = false, label = "NeuroML2 file", required = false, style = "open,extensions:nml/xml",
		description = "With model = NeuroML2 file: a .nml file with a single-compartment cell and its ionChannels")
	protected File modelFile;

	@Parameter(persist = false, label = "Cell (NeuroML2)", required = false, description =
		"The id of the cell to read when the NeuroML2 file holds several; empty = its only cell")
	protected String cell = "";

	@Parameter(persist = false, label = "Temperature (°C)", required = false, description =
		"Temperature of the rates, °C, for models with a Q10 (HH1952: 6.3 °C, Q10 = 3; NeuroML2 q10Settings); " +
			"empty = the model's own")
	protected String temperature = "";

	private ModelSelection selection;
	private String selectedFor;

	/** The chosen model, at the chosen temperature (read and checked once). */
	protected NeuronModel neuronModel() {
		return selection().model();
	}

	/** What summary.json records of the model: source, SHA-256 of a file, cell, area, temperature. */
	Map<String, Object> modelProvenance() {
		return selection().provenance();
	}

	private ModelSelection selection() {
		final String key = model + "|" + modelFile + "|" + cell + "|" + temperature;
		if (selection == null || !key.equals(selectedFor)) {
			selection = ModelSelection.of(model, modelFile, cell, temperature);
			selectedFor = key;
		}
		return selection;
	}
}
