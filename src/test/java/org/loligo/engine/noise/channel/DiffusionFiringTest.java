package org.loligo.engine.noise.channel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loligo.engine.noise.channel.ChannelNoiseScheme.Method;

/**
 * diffusion fires like markov — rate and ISI CV — at every patch size where channel noise decides when
 * HH1952 fires: at I = 0 on 100 and 200 µm² (spontaneous firing, the regime where the reflecting
 * diffusion was 19 % slow, issue #13) and below the deterministic onset on 400 µm² (I = 5 µA/cm²) and
 * 1,000 µm² (I = 7 µA/cm², inside the bistable range, below the Hopf point at 9.78, where a 1,000 µm²
 * patch still fires often enough to compare).
 * <p>
 * Each side runs its own trials from rest on its own seed (independent samples); markov at dt = 0.05 ms
 * (exact at frozen V, and the exact event-driven reference found it unbiased from 0.0025 to
 * 0.05 ms, so it buys a fivefold cheaper reference), diffusion at the default dt = 0.01 ms. Trials and
 * durations are chosen so that 3 combined standard errors of the rate are below {@code power} of
 * markov's rate (asserted first, so that the comparison decides): the rate's relative SE scales as
 * CV/√spikes, so the spikes needed, not the trial length, set the cost; trials of 1–2 s keep the ISIs
 * (mean up to 0.5 s) uncensored enough for the CV.
 * <p>
 * Asserted: the rate within 3 combined SE and within 5 % of markov's, the CV within 3 combined SE
 * (jackknife; 3 SE of the CV is 2.6–4.3 % at 100, 400 and 1,000 µm², 8 % at 200 µm² in CI).
 * Measured (CI sizes; Hz, CV): 100 µm² markov 9.79 ± 0.10, 0.824; diffusion 9.82 ± 0.10, 0.851.
 * 200 µm²: 2.028 ± 0.044, 0.891; 1.956 ± 0.045, 0.911. 400 µm²: 25.52 ± 0.29, 0.833; 25.74 ± 0.28,
 * 0.839. 1,000 µm²: 34.45 ± 0.38, 1.054; 35.26 ± 0.39, 1.013 (markov's draws as of issue 15: BTRD and
 * one leave binomial per state; the same distribution as before, other numbers). NB: cost. 100, 400 and
 * 1,000 µm² run at full power (3 SE &lt; 5 %) in CI. 200 µm² fires at 1.9 Hz, so full power there
 * needs about 3,400 s of patch time per side (1,700 trials × 2 s: about 360 CPU-seconds, 3 minutes on
 * 2 cores); CI runs it at 3 SE &lt; 10 % (450 trials, a quarter of that; the reflecting diffusion's
 * 19 % deficit fails it by 5 SE), and {@code -Dloligo.fullPower=true} runs the full-power version
 * (its figures are in the README's channel-noise table).
 */
@Tag("slow")
class DiffusionFiringTest {

	static final boolean FULL_POWER = Boolean.getBoolean("loligo.fullPower");

	@ParameterizedTest(name = "{0} µm², I = {1}")
	@CsvSource({ "100, 0, 330, 2000, 0.05", "200, 0, 450, 2000, 0.10", "400, 5, 220, 1000, 0.05",
		"1000, 7, 250, 1000, 0.05" })
	void diffusionFiresLikeMarkov(final double area, final double current, final int ciTrials,
		final double duration, final double ciPower)
	{
		final boolean full = FULL_POWER && ciPower > 0.05;
		final int trials = full ? 1700 : ciTrials;
		final double power = full ? 0.05 : ciPower;
		final FiringStatistics mk = FiringStatistics.of(Method.MARKOV, area, current, trials, duration, 0.05, 41, 2);
		final FiringStatistics df = FiringStatistics.of(Method.DIFFUSION, area, current, trials, duration, 0.01, 42,
			2);
		System.out.printf("%s µm², I = %s: markov %.3f ± %.3f Hz CV %.3f ± %.3f (%d ISIs); diffusion %.3f ± %.3f " +
			"Hz CV %.3f ± %.3f (%d ISIs)%n", area, current, mk.rate(), mk.rateSe(), mk.cv(), mk.cvSe(), mk.isis(), df
				.rate(), df.rateSe(), df.cv(), df.cvSe(), df.isis());
		final double se = Math.hypot(mk.rateSe(), df.rateSe());
		assertTrue(3 * se < power * mk.rate(), "the test decides: 3 SE = " + 3 * se + " Hz vs rate " + mk.rate());
		final double dRate = Math.abs(df.rate() - mk.rate());
		assertTrue(dRate < 3 * se && dRate < 0.05 * mk.rate(), "rate: diffusion " + df.rate() + " vs markov " + mk
			.rate() + " Hz (3 SE = " + 3 * se + ")");
		final double cvSe = Math.hypot(mk.cvSe(), df.cvSe()), dCv = Math.abs(df.cv() - mk.cv());
		// NB: the CV's SE is larger than the rate's at the same spikes; where 3 SE < 5 % (all but 200 µm² in
		// CI) this also bounds the gap by 5 %.
		assertTrue(dCv < 3 * cvSe, "CV: diffusion " + df.cv() + " vs markov " + mk.cv() +
			" (3 SE = " + 3 * cvSe + ")");
	}
}
