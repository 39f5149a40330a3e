package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * The plugin index that the annotation processor writes lists every Loligo command, each under
 * {@code Plugins > Loligo} and usable headless; and the example scripts ship where Fiji's menu finds them.
 */
class PluginIndexTest {

	@Test
	void everyCommandIsIndexedUnderPluginsLoligoAndHeadless() throws Exception {
		final Set<String> compiled = commandClassesInMainOutput();
		assertTrue(compiled.contains(SimulateNeuron.class.getName()), "SimulateNeuron compiled: " + compiled);
		try (Context context = new Context(CommandService.class)) {
			final List<CommandInfo> ours = context.service(CommandService.class).getCommands().stream().filter(
				c -> c.getClassName().startsWith("org.loligo.") && !c.getClassName().contains(".testing.")).toList();
			final Set<String> indexed = ours.stream().map(CommandInfo::getClassName).collect(Collectors.toCollection(
				TreeSet::new));
			assertEquals(compiled, indexed, "every Command class is in the plugin index");
			for (final CommandInfo c : ours) {
				final var menu = c.getMenuPath();
				assertEquals(3, menu.size(), c.getClassName() + " menu " + menu);
				assertEquals(List.of("Plugins", "Loligo"), List.of(menu.get(0).getName(), menu.get(1).getName()), c
					.getClassName() + " menu " + menu);
				assertTrue(c.canRunHeadless(), c.getClassName() + " must be headless = true");
				assertFalse(c.getTitle().isBlank());
			}
		}
	}

	@Test
	void exampleScriptsShipInTheFijiMenuFolder() throws IOException {
		for (final String name : new String[] { "Simulate_HH_Neuron_Example.groovy",
			"Simulate_HH_Neuron_Example.py" })
		{
			final Path shipped = Path.of("src/main/resources/scripts/Plugins/Loligo", name);
			final Path example = Path.of("scripts", name);
			assertTrue(Files.isRegularFile(shipped), shipped.toString());
			// NB: scripts/ holds symbolic links to the shipped files, so the two cannot drift apart.
			assertEquals(Files.readString(example), Files.readString(shipped), name + " in scripts/ and resources");
			assertTrue(getClass().getResource("/scripts/Plugins/Loligo/" + name) != null, name + " on the classpath");
		}
	}

	/** Non-abstract classes in target/classes that implement Command. */
	static Set<String> commandClassesInMainOutput() throws IOException, URISyntaxException {
		final Path root = Path.of(SimulateNeuron.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		final Set<String> out = new TreeSet<>();
		try (Stream<Path> files = Files.walk(root)) {
			for (final Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
				.toList())
			{
				final String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
				try {
					final Class<?> c = Class.forName(name, false, PluginIndexTest.class.getClassLoader());
					if (Command.class.isAssignableFrom(c) && !java.lang.reflect.Modifier.isAbstract(c.getModifiers()))
						out.add(name);
				}
				catch (final ClassNotFoundException | LinkageError e) {
					// not loadable without optional dependencies: not a command of ours
				}
			}
		}
		return out;
	}
}
