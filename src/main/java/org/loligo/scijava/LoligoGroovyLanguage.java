package org.loligo.scijava;

import org.codehaus.groovy.jsr223.GroovyScriptEngineFactory;
import org.scijava.Priority;
import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Groovy for {@code .groovy} scripts with {@code #@} parameters, adapted from
 * Groovy's own JSR-223 engine, so that Loligo runs Groovy scripts outside
 * Fiji (Fiji's {@code scripting-groovy} is not on Maven Central).
 * <p>
 * NB: Inside Fiji this language steps aside. {@code DefaultScriptService}
 * fills its {@code ScriptLanguageIndex} from the {@link ScriptLanguage}
 * plugins in descending priority and adds each one <em>gently</em>: a name or
 * extension that is already taken is not overwritten. Fiji's
 * {@code GroovyScriptLanguage} has normal priority, this one
 * {@link Priority#VERY_LOW}, so Fiji's claims {@code groovy} (name and
 * extension) first and this adapter registers neither; scripts and the Script
 * Editor then use Fiji's Groovy. The distinct plugin name keeps the two
 * apart in the Script Editor's language menu, which lists every language.
 * </p>
 */
@Plugin(type = ScriptLanguage.class, name = LoligoGroovyLanguage.NAME,
	priority = Priority.VERY_LOW)
public class LoligoGroovyLanguage extends AdaptedScriptLanguage {

	/** The language name, distinct from Fiji's "Groovy". */
	public static final String NAME = "Groovy (Loligo)";

	public LoligoGroovyLanguage() {
		super(new GroovyScriptEngineFactory());
	}
}
