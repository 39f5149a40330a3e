package org.loligo.scijava;

import org.loligo.engine.sim.SimulationSpec;
import org.scijava.plugin.Attr;
import org.scijava.plugin.Parameter;

/**
 * The base of every command that detects spikes and records traces: the spike rule (threshold and
 * hysteresis, see {@code org.loligo.engine.record.SpikeDetector}) and the recording interval, declared
 * once.
 */
public abstract class SpikingCommand extends SimulationCommand {

	// -- Spikes and recording --

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Spike threshold (mV)", description =
		"A spike is an upward crossing of this voltage, mV")
	protected double threshold = 0;

	@Parameter(persist = false, stepSize = "1", style = Widgets.DECIMAL, label = "Spike hysteresis (mV)", min = "0", description =
		"After a spike, detection re-arms once V falls below threshold minus this, mV")
	protected double hysteresis = SimulationSpec.DEFAULT_HYSTERESIS;

	@Parameter(persist = false, stepSize = "0.05", style = Widgets.DECIMAL, label = "Record interval (ms)", min = "0", attrs = @Attr(name = "exclusiveMin", value =
		"true"), description =
		"Sampling interval of the recorded traces, ms")
	protected double recordInterval = 0.1;
}
