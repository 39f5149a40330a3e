package org.loligo.scijava.testing;

import java.io.File;

import org.scijava.ItemIO;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * A test-only command with one input of each kind the launcher converts.
 * NB: Its menu is Plugins > LoligoTest, not Plugins > Loligo, where every
 * command must be a real one.
 * <p>
 * {@code message=fail} throws, {@code message=cancel} cancels with a reason.
 * </p>
 */
@Plugin(type = Command.class, menuPath = "Plugins>LoligoTest>Echo Inputs",
	headless = true, description = "Echoes its inputs")
public class EchoCommand extends ContextCommand {

	@Parameter
	private StatusService status;

	@Parameter(label = "Message", description = "text to echo")
	private String message = "hello";

	@Parameter(label = "Current (uA/cm^2)", min = "0", max = "100")
	private double current = 5;

	@Parameter(min = "1")
	private int count = 3;

	@Parameter(choices = { "fast", "slow" })
	private String mode = "fast";

	@Parameter
	private boolean loud;

	@Parameter(required = false)
	private File outputDirectory;

	@Parameter(type = ItemIO.OUTPUT)
	private String echo;

	@Parameter(type = ItemIO.OUTPUT)
	private int total;

	@Parameter(type = ItemIO.OUTPUT)
	private double doubled;

	@Parameter(type = ItemIO.OUTPUT)
	private File directory;

	@Override
	public void run() {
		if (message.equals("fail")) {
			throw new IllegalArgumentException("message must not be 'fail'");
		}
		if (message.equals("cancel")) {
			cancel("canceled on request");
			return;
		}
		for (int i = 0; i <= count; i++) status.showStatus(i, count, "Echoing");
		echo = (loud ? message.toUpperCase() : message) + " (" + mode + ")";
		total = count;
		doubled = 2 * current;
		directory = outputDirectory;
	}
}
