package org.loligo.scijava.headless;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;

import org.loligo.io.RunDirectory;
import org.scijava.Cancelable;
import org.scijava.Context;
import org.scijava.ValidityProblem;
import org.scijava.convert.ConvertService;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.event.EventSubscriber;
import org.scijava.log.LogLevel;
import org.scijava.log.LogListener;
import org.scijava.log.LogMessage;
import org.scijava.log.LogService;
import org.scijava.module.Module;
import org.scijava.module.ModuleException;
import org.scijava.module.ModuleInfo;
import org.scijava.module.ModuleItem;
import org.scijava.module.ModuleService;
import org.scijava.module.event.ModuleCanceledEvent;
import org.scijava.module.event.ModuleErroredEvent;
import org.scijava.module.event.ModuleExecutingEvent;
import org.scijava.module.process.LoadInputsPreprocessor;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.module.process.SaveInputsPreprocessor;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.PluginService;
import org.scijava.ui.FileListPreprocessor;
import org.scijava.ui.FilePreprocessor;
import org.scijava.widget.InputHarvester;

/**
 * Runs a command or script module headlessly from raw {@code key=value}
 * inputs and fails loudly: whatever goes wrong comes back as an exception.
 * <p>
 * NB: SciJava does not make that easy. An exception thrown by a command's
 * {@code run()} reaches {@code Future.get()} as an {@code ExecutionException}
 * (wrapping ModuleRunner's "Module threw exception"), but
 * {@code ModuleService.waitFor} logs and returns null, so this class calls
 * {@code get()} itself, and consumes the {@link ModuleErroredEvent} so that
 * the error is not also logged with its stack trace. A module that cancels
 * (itself, via {@link Cancelable#cancel(String)}, or a preprocessor such as
 * "'x' is required but unset.") finishes normally; its reason is caught from
 * the {@link ModuleCanceledEvent}. A script's exception is caught by
 * {@code ScriptModule} itself and only logged, so an error logged with an
 * exception by the module's own thread also fails the run. (Errors logged on
 * other threads do not: a script may catch a failed nested command.)
 * </p>
 * <p>
 * NB: Headless batch runs are reproducible: inputs not given keep their
 * declared defaults. Values remembered from earlier runs (the persisted
 * inputs of Fiji's dialogs) are neither loaded nor saved, and no preprocessor
 * that would open a dialog (input harvesters, file choosers) runs. No
 * postprocessor runs either; the caller prints the outputs.
 * </p>
 */
public final class HeadlessRunner {

	@Parameter
	private ModuleService moduleService;

	@Parameter
	private PluginService pluginService;

	@Parameter
	private EventService eventService;

	@Parameter
	private LogService logService;

	@Parameter
	private ConvertService convertService;

	private final File baseDirectory;

	/** The module being run (null before and between runs), for {@link #cancel}. */
	private volatile Module current;

	/**
	 * @param context the application context
	 * @param baseDirectory directory against which relative paths resolve
	 */
	public HeadlessRunner(final Context context, final File baseDirectory) {
		context.inject(this);
		this.baseDirectory = baseDirectory;
	}

	/**
	 * Checks and converts the inputs, runs the module and waits for it.
	 *
	 * @param info the command or script
	 * @param raw unconverted inputs, by parameter name
	 * @return the finished module, with its outputs
	 * @throws IllegalArgumentException for bad inputs
	 * @throws CancellationException if the module was canceled
	 * @throws RuntimeException the module's own exception, unwrapped
	 */
	public Module run(final ModuleInfo info, final Map<String, String> raw) {
		checkValid(info);
		final Map<String, Object> inputs = new InputConverter(convertService,
			baseDirectory).convert(info, raw);
		final Module module = createModule(info);
		current = module;
		final Watcher watcher = new Watcher(module);
		final List<EventSubscriber<?>> subscribers = eventService.subscribe(
			watcher);
		logService.addLogListener(watcher);
		try {
			moduleService.run(module, preprocessors(), Collections.emptyList(),
				inputs).get();
		}
		catch (final ExecutionException exc) {
			throw Errors.unchecked(exc.getCause());
		}
		catch (final InterruptedException exc) {
			Thread.currentThread().interrupt();
			throw new CancellationException("Interrupted");
		}
		finally {
			logService.removeLogListener(watcher);
			eventService.unsubscribe(subscribers);
			// A command that failed after opening its output directory releases it here (one that
			// committed has nothing open).
			if (watcher.moduleThread != null) RunDirectory.abandonAll(watcher.moduleThread);
		}
		watcher.check();
		return module;
	}

	/**
	 * Cancels the module being run, as Fiji's cancel does: the command stops its work, writes what it
	 * has (marked partial) and {@link #run} then throws a {@link CancellationException}.
	 */
	public void cancel(final String reason) {
		final Module m = current;
		if (m instanceof Cancelable) ((Cancelable) m).cancel(reason);
	}

	/** The module of the last {@link #run}, finished or not, or null. */
	public Module module() {
		return current;
	}

	/** The outputs of a finished module that are numbers, text or booleans. */
	public static Map<String, Object> scalarOutputs(final Module module) {
		final Map<String, Object> outputs = new LinkedHashMap<>();
		for (final ModuleItem<?> item : module.getInfo().outputs()) {
			final Object value = module.getOutput(item.getName());
			if (ModuleItems.isScalar(value)) outputs.put(item.getName(), value);
		}
		return outputs;
	}

	// -- Helper methods --

	private static void checkValid(final ModuleInfo info) {
		if (info.isValid()) return;
		final List<String> problems = new ArrayList<>();
		for (final ValidityProblem p : info.getProblems()) {
			problems.add(p.getMessage());
		}
		throw new IllegalArgumentException(ModuleItems.moduleName(info) +
			" is invalid: " +
			String.join("; ", problems));
	}

	private Module createModule(final ModuleInfo info) {
		try {
			return moduleService.createModule(info);
		}
		catch (final RuntimeException exc) {
			if (exc.getCause() instanceof ModuleException) {
				throw Errors.unchecked(exc.getCause());
			}
			throw exc;
		}
	}

	/** The preprocessors that neither open dialogs nor use remembered values. */
	private List<PreprocessorPlugin> preprocessors() {
		final List<PreprocessorPlugin> list = new ArrayList<>();
		for (final PreprocessorPlugin p : pluginService.createInstancesOfType(
			PreprocessorPlugin.class))
		{
			if (p instanceof InputHarvester || p instanceof LoadInputsPreprocessor ||
				p instanceof SaveInputsPreprocessor || p instanceof FilePreprocessor ||
				p instanceof FileListPreprocessor) continue;
			list.add(p);
		}
		return list;
	}

	// -- Helper classes --

	/** Watches one run for cancellation and for errors logged instead of thrown. */
	public static final class Watcher implements LogListener {

		private final Module module;
		private volatile Thread moduleThread;
		private volatile boolean canceled;
		private volatile String cancelReason;
		private final List<Throwable> logged = Collections.synchronizedList(
			new ArrayList<>());

		Watcher(final Module module) {
			this.module = module;
		}

		@EventHandler
		public void onEvent(final ModuleExecutingEvent event) {
			if (event.getModule() == module) moduleThread = event.getCallingThread();
		}

		@EventHandler
		public void onEvent(final ModuleErroredEvent event) {
			// NB: The exception reaches the caller; do not also log it.
			if (event.getModule() == module) event.consume();
		}

		@EventHandler
		public void onEvent(final ModuleCanceledEvent event) {
			if (event.getModule() != module) return;
			canceled = true;
			cancelReason = event.getReason();
		}

		@Override
		public void messageLogged(final LogMessage message) {
			if (message.level() == LogLevel.ERROR && message.throwable() != null &&
				Thread.currentThread() == moduleThread)
			{
				logged.add(message.throwable());
			}
		}

		void check() {
			if (!canceled && module instanceof Cancelable && ((Cancelable) module)
				.isCanceled())
			{
				canceled = true;
				cancelReason = ((Cancelable) module).getCancelReason();
			}
			if (canceled) {
				throw new CancellationException(cancelReason == null || cancelReason
					.isBlank() ? "Canceled" : cancelReason.strip());
			}
			if (!logged.isEmpty()) throw Errors.unchecked(logged.get(0));
		}
	}
}
