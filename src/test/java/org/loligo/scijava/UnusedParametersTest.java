package org.loligo.scijava;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.command.Command;

/**
 * A parameter that the chosen options ignore is refused, when set (not the default), naming the option
 * that uses it; nothing is written. The default passes (it changes nothing either way).
 */
class UnusedParametersTest extends CommandTestBase {

	@TempDir
	Path dir;

	void refused(final Class<? extends Command> c, final String expected, final Object... kv) {
		final Map<String, Object> in = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2)
			in.put((String) kv[i], kv[i + 1]);
		in.put("outputDirectory", dir.resolve("out").toFile());
		assertEquals(expected, rootMessage(assertThrows(Exception.class, () -> run(c, in))));
		assertFalse(Files.exists(dir.resolve("out")));
	}

	@Test
	void stimulusShapeParameters() {
		refused(SimulateNeuron.class, "start (20.0) is not used with stimulus=constant; it needs stimulus=step, " +
			"ramp, sine or pulses (regular, without pulseTimes). Leave start out (default 10.0) or choose stimulus=" +
			"step, ramp, sine or pulses (regular, without pulseTimes)", "stimulus", "constant", "start", 20.0);
		refused(SimulateNeuron.class, "frequency (10.0) is not used with stimulus=step; it needs stimulus=sine or " +
			"pulses (regular, without pulseTimes). Leave frequency out (default 50.0) or choose stimulus=sine or " +
			"pulses (regular, without pulseTimes)", "stimulus", "step", "amplitude", 5.0, "frequency", 10.0);
		refused(SimulateNeuron.class, "stop (30.0) is not used with stimulus=pulses with pulseTimes; it needs " +
			"stimulus=step, ramp, sine or pulses (regular, without pulseTimes). Leave stop out (default 90.0) or " +
			"choose stimulus=step, ramp, sine or pulses (regular, without pulseTimes)", "stimulus", "pulses",
			"pulseTimes", "[10]", "stop", 30.0);
		refused(CoupledNetworkCommand.class, "pulseWidth (3.0) is not used with stimulus=sine; it needs " +
			"stimulus=pulses. Leave pulseWidth out (default 1.0) or choose stimulus=pulses", "stimulus", "sine",
			"pulseWidth", 3.0);
	}

	@Test
	void noiseAndChannelParameters() {
		refused(StochasticEnsemble.class, "noiseTau (20.0) is not used with noise=white; it needs noise=ou. Leave " +
			"noiseTau out (default 5.0) or choose noise=ou", "noise", "white", "noiseTau", 20.0);
		refused(StochasticEnsemble.class, "area (50.0) is not used with channelNoise=none; it needs channelNoise=" +
			"fox-lu, diffusion or markov. Leave area out (default 100.0) or choose channelNoise=fox-lu, diffusion or " +
			"markov", "area", 50.0);
		refused(StochasticEnsemble.class, "method (exp-euler-maruyama) is not used with channelNoise=markov; it " +
			"needs channelNoise=none. Leave method out (default euler-maruyama) or choose channelNoise=none",
			"channelNoise", "markov", "method", "exp-euler-maruyama");
	}
}
