package org.loligo.scijava;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.loligo.Loligo;
import org.loligo.engine.model.Models;
import org.loligo.engine.model.NeuronModel;
import org.loligo.io.neuroml.NeuroMLWriter;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Writes a model (a preset, or a NeuroML2 file read and written anew) as a NeuroML2 v2.3 file that a
 * user can edit and load back with {@code model=path}: the same model, simulated bit-identically
 * (see {@link NeuroMLWriter}).
 */
@Plugin(type = Command.class, attrs = @Attr(name = "example", value = "model=TraubMiles,outputFile=results/export/TraubMiles.nml"), menuPath = "Plugins>Loligo>Export Model", headless = true, label = "Export Model",
	description = "Write a model preset as a NeuroML2 file (.nml) to edit and load back")
public class ExportModel extends ModelCommand {

	@Parameter(persist = false, label = "NeuroML2 file to write", style = "save,extensions:nml", description =
		"The .nml file to write (its folder is created if missing)")
	private File outputFile;

	@Parameter(persist = false, stepSize = "100", style = Widgets.DECIMAL, label = "Soma area (µm²)", min = "0", description = "Area of the spherical soma " +
		"written into the file (the model is per area); 0 = 20,000 µm² for TraubMiles (the COBA benchmark's), " +
		"1,000 µm² otherwise")
	private double area = 0;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Spike threshold (mV)", description = "The spikeThresh written into the file")
	private double threshold = 0;

	@Parameter(type = ItemIO.OUTPUT, label = "File written")
	private String written;

	@Override
	public void run() {
		if (outputFile == null || outputFile.getPath().isBlank()) throw new IllegalArgumentException("outputFile: " +
			"give the .nml file to write, e.g. outputFile=HH1952.nml");
		final Path out = outputFile.toPath().toAbsolutePath();
		if (Files.isDirectory(out)) throw new IllegalArgumentException("outputFile: '" + out + "' is a directory; " +
			"give a file name, e.g. " + out.resolve("model.nml"));
		if (!(area >= 0) || !Double.isFinite(area)) throw new IllegalArgumentException("area must be >= 0 µm² (0 = " +
			"the default), got " + area);
		if (!Double.isFinite(threshold)) throw new IllegalArgumentException("threshold must be a finite voltage, mV");
		final NeuronModel m = neuronModel();
		final double a = area > 0 ? area : m.name().equals(Models.TRAUB_MILES.name()) ? Models.TRAUB_MILES_AREA_CM2 *
			1e8 : 1000;
		try {
			NeuroMLWriter.writeFile(out, m, a, threshold, "Written by Loligo " + Loligo.version() + " from " +
				modelProvenance().get("model_source") + "; NeuroML2 v2.3. Load it back with model=" + out.getFileName());
		}
		catch (final IOException e) {
			throw new UncheckedIOException("could not write " + out + ": " + e.getMessage(), e);
		}
		written = out.toString();
	}
}
