package org.loligo.engine.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Shapes of the stimuli and the command-level stimulus choice. */
class StimulusTest {

	@Test
	void shapes() {
		assertTrue(Stimuli.constant(3).isConstant());
		final Stimulus step = Stimuli.step(5, 10, 20);
		assertEquals(0, step.at(9.999));
		assertEquals(5, step.at(10));
		assertEquals(0, step.at(20));
		final Stimulus ramp = Stimuli.ramp(8, 10, 30);
		assertEquals(4, ramp.at(20), 1e-12);
		assertEquals(0, ramp.at(30));
		final Stimulus sine = Stimuli.sine(2, 50, 0, 100);
		assertEquals(2, sine.at(5), 1e-12); // a quarter period of 20 ms
		final Stimulus pulses = Stimuli.pulses(7, 1, 30, 10);
		assertEquals(7, pulses.at(10.5));
		assertEquals(0, pulses.at(11));
		assertEquals(7, pulses.at(30));
		assertEquals(0, pulses.at(5));
		final Stimulus regular = Stimuli.regularPulses(1, 0.5, 100, 0, 50);
		assertEquals(1, regular.at(40.2));
		assertEquals(0, regular.at(40.6));
		assertEquals(0, regular.at(50.1));
		assertEquals(5.5, Stimuli.constant(0.5).plus(Stimuli.constant(5)).at(1), 0);
	}

	@Test
	void choiceBuildsOnePerNeuronWithBars() {
		final List<Stimulus> s = new StimulusChoice("pulses", 1, 10, 0, 0, "10 30 | 20", 2, 0).build(2);
		assertEquals(2, s.size());
		assertEquals(11, s.get(0).at(31));
		assertEquals(1, s.get(1).at(31));
		assertEquals(11, s.get(1).at(21));
		assertEquals(1, new StimulusChoice("constant", 1, 0, 0, 0, "", 1, 0).build(5).size());
	}

	@Test
	void badChoicesNameTheParameter() {
		assertMsg(() -> new StimulusChoice("square", 0, 0, 0, 0, "", 1, 1), "stimulus: unknown stimulus 'square'");
		assertMsg(() -> new StimulusChoice("pulses", 0, 1, 0, 0, "1 x", 1, 1).build(1), "pulseTimes: 'x'");
		assertMsg(() -> new StimulusChoice("pulses", 0, 1, 0, 0, "1|2|3", 1, 1).build(2), "neurons=2");
		assertMsg(() -> new StimulusChoice("pulses", 0, 1, 0, 0, "1", 0, 1).build(1), "pulseWidth must be > 0");
		assertMsg(() -> new StimulusChoice("step", 0, 1, 20, 10, "", 1, 1).build(1), "stop must be >= start");
		assertMsg(() -> Stimuli.regularPulses(1, 0.01, 1e6, 0, 1e6), "at most 10,000,000");
		assertMsg(() -> new StimulusChoice("constant", Double.NaN, 1, 0, 0, "", 1, 1), "current must be finite");
	}

	static void assertMsg(final org.junit.jupiter.api.function.Executable x, final String part) {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, x);
		assertTrue(e.getMessage().contains(part), e.getMessage());
	}
}
