package org.loligo.io.neuroml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * Reads a single-compartment neuron from a NeuroML2 file ({@code .nml}) with the JDK's XML parser:
 * the file's {@code cell} (or, with several, the one named), its {@code ionChannel}s and
 * {@code ComponentType}s, in the file or in files it {@code include}s (paths relative to the including
 * file). What Loligo reads, and what it refuses with the file, line and element named, is listed in
 * the README ("Your own neuron"); units are converted once, here ({@link Units}).
 * <p>
 * The model's temperature is that of a {@code network} with a {@code temperature} attribute (NeuroML2's
 * {@code networkWithTemperature}), else the one experimental temperature of its {@code q10ExpTemp}s.
 */
public final class NeuroMLReader {

	/** Everything the reader looks up by id, over the file and its includes. */
	record Index(Map<String, Element> channels, Map<String, Element> componentTypes, List<Element> cells,
		Map<String, Element> morphologies, Map<String, Element> biophysics, List<Element> networks,
		List<Element> otherCells)
	{}

	private static final Set<String> OTHER_CELLS = Set.of("cell2CaPools", "iafCell", "iafRefCell", "iafTauCell",
		"iafTauRefCell", "izhikevichCell", "izhikevich2007Cell", "adExIaFCell", "fitzHughNagumoCell",
		"fitzHughNagumo1969Cell", "pinskyRinzelCA3Cell", "pointCellCondBased", "HH_cond_exp");

	private NeuroMLReader() {}

	/**
	 * The neuron of {@code file}.
	 *
	 * @param cell the cell's id; null or blank when the file (with its includes) holds one cell
	 * @throws NeuroMLException naming file, line and element, for anything outside the supported subset
	 */
	public static NeuroMLModel read(final Path file, final String cell) {
		final Path f = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(f)) throw new NeuroMLException("model: NeuroML2 file " + f + " does not exist or is " +
			"not a file");
		final Index index = new Index(new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(),
			new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>());
		load(f, index, new HashSet<>());
		final Element chosen = choose(f, index, cell);
		double temperature = Double.NaN;
		for (final Element n : index.networks())
			if (n.hasAttribute("temperature") && Double.isNaN(temperature)) temperature = Units.read(n, "temperature",
				Units.Dimension.TEMPERATURE);
		return new CellReader(index).read(chosen, temperature, f.toString(), sha256(f));
	}

	private static void load(final Path file, final Index index, final Set<Path> seen) {
		if (!seen.add(file)) return;
		final Element root;
		try {
			root = Xml.read(file);
		}
		catch (final IOException e) {
			throw new UncheckedIOException("model: cannot read " + file + ": " + e.getMessage(), e);
		}
		if (!Xml.local(root).equals("neuroml")) throw NeuroMLException.at(root, "the root element must be <neuroml> " +
			"(a NeuroML2 document)");
		for (final Element e : Xml.children(root, null)) {
			final String tag = Xml.local(e);
			switch (tag) {
				case "include" -> {
					final Path inc = file.resolveSibling(Xml.required(e, "href")).normalize();
					if (!Files.isRegularFile(inc)) throw NeuroMLException.at(e, "included file " + inc + " does not exist");
					load(inc, index, seen);
				}
				case "ionChannel", "ionChannelHH", "ionChannelPassive" -> put(index.channels(), e, "id");
				case "ionChannelKS", "ionChannelVShift" -> put(index.channels(), unsupported(e), "id");
				case "ComponentType" -> put(index.componentTypes(), e, "name");
				case "cell" -> index.cells().add(e);
				case "morphology" -> put(index.morphologies(), e, "id");
				case "biophysicalProperties" -> put(index.biophysics(), e, "id");
				case "network" -> index.networks().add(e);
				default -> {
					if (OTHER_CELLS.contains(tag)) index.otherCells().add(e);
				}
			}
		}
	}

	/** A channel type Loligo does not simulate: refused when a cell uses it. */
	private static Element unsupported(final Element e) {
		e.setAttribute("type", Xml.local(e));
		return e;
	}

	private static void put(final Map<String, Element> map, final Element e, final String key) {
		final String id = Xml.required(e, key);
		if (map.containsKey(id)) throw NeuroMLException.at(e, "a second definition of " + id + " (the first: " +
			NeuroMLException.where(map.get(id)).replace("model: ", "") + ")");
		map.put(id, e);
	}

	private static Element choose(final Path file, final Index index, final String cell) {
		final List<Element> cells = index.cells();
		final List<String> ids = cells.stream().map(c -> c.getAttribute("id")).toList();
		if (cell != null && !cell.isBlank()) {
			for (final Element c : cells)
				if (c.getAttribute("id").equals(cell.trim())) return c;
			throw new NeuroMLException("cell: " + file + " has no <cell id=\"" + cell.trim() + "\">; its cells: " + (ids
				.isEmpty() ? "none" : String.join(", ", ids)));
		}
		if (cells.size() == 1) return cells.get(0);
		if (cells.isEmpty()) throw new NeuroMLException("model: " + file + " holds no <cell>" + (index.otherCells()
			.isEmpty() ? "" : " (" + NeuroMLException.where(index.otherCells().get(0)).replace("model: ", "") +
				" is not supported: Loligo reads conductance-based <cell>s with ionChannels)"));
		throw NeuroMLException.at(cells.get(1), "the file holds " + cells.size() + " cells (" + String.join(", ", ids) +
			"): name one with cell=…");
	}

	/** The SHA-256 of a file, hex. */
	static String sha256(final Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
