package org.loligo.scijava;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.io.neuroml.NeuroMLModel;
import org.loligo.io.neuroml.NeuroMLReader;

/**
 * The model a command's {@code model}, {@code modelFile}, {@code cell} and {@code temperature} ask for:
 * a preset, or a NeuroML2 file (given as {@code model=path/to/cell.nml}, or as
 * {@code model=NeuroML2 file} with {@code modelFile}), at the temperature asked for (empty: the model's
 * own), with what {@code summary.json} records of it. Everything is checked before any work.
 *
 * @param model      the model to run
 * @param provenance model_source, model_sha256, model_cell, model_area_um2 and the temperature in °C
 *                   (null for a model without Q10)
 */
public record ModelSelection(NeuronModel model, Map<String, Object> provenance) {

	/** The {@code model} choice that reads {@code modelFile}. */
	public static final String FILE_CHOICE = "NeuroML2 file";

	/** Resolves the parameters; every refusal names the parameter. */
	public static ModelSelection of(final String model, final File modelFile, final String cell,
		final String temperature)
	{
		final String m = model == null ? "" : model.trim();
		final boolean fileGiven = modelFile != null && !modelFile.getPath().isBlank();
		final Map<String, Object> prov = new LinkedHashMap<>();
		NeuronModel chosen;
		if (m.equalsIgnoreCase(FILE_CHOICE) || isPath(m)) {
			if (m.equalsIgnoreCase(FILE_CHOICE) && !fileGiven) throw new IllegalArgumentException("modelFile: model=" +
				FILE_CHOICE + " needs the file: give modelFile=path/to/cell.nml (or model=path/to/cell.nml)");
			if (!m.equalsIgnoreCase(FILE_CHOICE) && fileGiven) throw new IllegalArgumentException("modelFile: model " +
				"is already the file " + m + "; leave modelFile out");
			final Path p = (fileGiven ? modelFile.toPath() : Path.of(m)).toAbsolutePath().normalize();
			final NeuroMLModel read = NeuroMLReader.read(p, cell);
			chosen = read.model();
			prov.put("model_source", read.file());
			prov.put("model_sha256", read.sha256());
			prov.put("model_cell", read.cell());
			prov.put("model_area_um2", read.areaUm2());
		}
		else {
			if (fileGiven) throw new IllegalArgumentException("modelFile: read only with model=" + FILE_CHOICE + " (model " +
				"is the preset " + m + "); leave modelFile out or set model=" + FILE_CHOICE);
			if (cell != null && !cell.isBlank()) throw new IllegalArgumentException("cell: names a cell of a NeuroML2 " +
				"file; model " + m + " is a preset: leave cell out");
			chosen = Models.byName(m);
			prov.put("model_source", "preset " + chosen.name());
		}
		chosen = atTemperature(chosen, temperature);
		prov.put("temperature", chosen.q10() == null ? null : chosen.temperature());
		return new ModelSelection(chosen, prov);
	}

	/** Whether {@code model} names a file rather than a preset. */
	static boolean isPath(final String model) {
		final String l = model.toLowerCase(Locale.ROOT);
		return l.endsWith(".nml") || l.endsWith(".xml") || model.contains("/") || model.contains("\\");
	}

	private static NeuronModel atTemperature(final NeuronModel m, final String temperature) {
		if (temperature == null || temperature.isBlank()) {
			if (m.q10() != null && Double.isNaN(m.temperature())) throw new IllegalArgumentException("temperature: model " +
				m.name() + " gives its Q10 rules at different experimental temperatures and no networkWithTemperature; " +
				"give temperature=… (°C)");
			return m;
		}
		final double t;
		try {
			t = Double.parseDouble(temperature.trim());
		}
		catch (final NumberFormatException e) {
			throw new IllegalArgumentException("temperature: '" + temperature + "' is not a number; give °C, e.g. " +
				"temperature=16.3, or leave it empty for the model's own");
		}
		if (!(t > -273.15) || !(t < 100)) throw new IllegalArgumentException("temperature must be in (-273.15, 100) " +
			"°C, got " + temperature);
		return m.atTemperature(t);
	}
}
