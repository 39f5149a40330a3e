package org.loligo.scijava;

import ij.IJ;

import java.io.UncheckedIOException;

import org.scijava.app.StatusService;
import org.scijava.event.EventHandler;
import org.scijava.log.LogService;
import org.scijava.module.ModuleInfo;
import org.scijava.module.event.ModuleErroredEvent;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.SciJavaService;
import org.scijava.service.Service;
import org.scijava.ui.DialogPrompt.MessageType;
import org.scijava.ui.UIService;

/**
 * With a display (Fiji), a Loligo command that refuses a value or fails shows one error dialog with the
 * message, and the status bar says so, instead of a stack trace in the log under "Command errored" and a
 * status bar stuck on "Running command". A refused value (an {@code IllegalArgumentException}) or a
 * failed write is the user's to fix: the log gets one line. Anything else is a bug: its stack trace stays
 * in the log, for the report. Headless (the launcher, scripts in batch jobs) nothing changes: the
 * launcher prints the message itself; nor without ImageJ's or SciJava's windows (a script on a desktop).
 */
@Plugin(type = Service.class)
public class ErrorDialogService extends AbstractService implements SciJavaService {

	@Parameter(required = false)
	private UIService ui;

	@Parameter(required = false)
	private StatusService status;

	@Parameter(required = false)
	private LogService log;

	@EventHandler
	public void onEvent(final ModuleErroredEvent event) {
		if (!DialogMemory.hasWindows(ui)) return;
		final ModuleInfo info = event.getModule().getInfo();
		if (!info.getDelegateClassName().startsWith("org.loligo.")) return;
		final Throwable e = event.getException();
		final String title = "Loligo: " + info.getTitle();
		final String message = message(e);
		if (isUsers(e)) {
			event.consume(); // no stack trace: the dialog says what to change
			if (log != null) log.error(title + ": " + message);
		}
		if (status != null) status.showStatus(info.getTitle() + " failed: " + message);
		show(title, message);
	}

	/** The innermost cause's message (what the launcher prints), or its class when it has none. */
	static String message(Throwable t) {
		while (t.getCause() != null && t.getCause() != t)
			t = t.getCause();
		return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
	}

	/** Whether the error is the user's to fix (a refused value, a file that could not be read or written). */
	static boolean isUsers(Throwable t) {
		while (t.getCause() != null && t.getCause() != t && !(t instanceof IllegalArgumentException))
			t = t.getCause();
		return t instanceof IllegalArgumentException || t instanceof UncheckedIOException ||
			t instanceof java.io.IOException;
	}

	private void show(final String title, final String message) {
		// NB: a visible SciJava UI (Fiji's) shows SciJava dialogs; with ImageJ 1.x alone, ImageJ's own (SciJava's
		// default UI is then its "headless" one, which only logs).
		if (ui != null && ui.isVisible()) ui.showDialog(message, title, MessageType.ERROR_MESSAGE);
		else IJ.error(title, message);
	}
}
