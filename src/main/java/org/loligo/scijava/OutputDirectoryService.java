package org.loligo.scijava;

import org.loligo.io.RunDirectory;
import org.scijava.event.EventHandler;
import org.scijava.module.event.ModuleCanceledEvent;
import org.scijava.module.event.ModuleErroredEvent;
import org.scijava.module.event.ModuleFinishedEvent;
import org.scijava.module.event.ModuleEvent;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.SciJavaService;
import org.scijava.service.Service;

/**
 * Releases the output directory of a command that ended without writing its results (refused after
 * opening it, failed, or cancelled before writing), so that neither its lock nor its staging folder
 * outlives it: in Fiji, in scripts and in the headless launcher alike.
 * <p>
 * NB: SciJava publishes a module's finished, errored and cancelled events before the module's future
 * completes (on the event thread, not the module's: each event names the module's thread, the thread
 * that opened the directory, {@link RunDirectory#abandonAll}).
 */
@Plugin(type = Service.class)
public class OutputDirectoryService extends AbstractService implements SciJavaService {

	@EventHandler
	public void onEvent(final ModuleErroredEvent event) {
		release(event);
	}

	@EventHandler
	public void onEvent(final ModuleCanceledEvent event) {
		release(event);
	}

	@EventHandler
	public void onEvent(final ModuleFinishedEvent event) {
		release(event);
	}

	private static void release(final ModuleEvent event) {
		RunDirectory.abandonAll(event.getCallingThread());
	}
}
