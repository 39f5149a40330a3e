package org.loligo.scijava;

import org.python.core.Py;
import org.python.core.PyNone;
import org.python.core.PyObject;
import org.python.jsr223.PyScriptEngineFactory;
import org.scijava.Priority;
import org.scijava.plugin.Plugin;
import org.scijava.script.AdaptedScriptLanguage;
import org.scijava.script.ScriptLanguage;

/**
 * Python 2.7 (Jython) for {@code .py} scripts with {@code #@} parameters,
 * adapted from Jython's own JSR-223 engine, so that Loligo runs Python scripts
 * outside Fiji (Fiji's {@code scripting-jython} is not on Maven Central).
 * Script inputs are engine bindings, which Jython shows as module globals;
 * outputs are read back from them and {@linkplain #decode(Object) decoded}
 * to plain Java objects.
 * <p>
 * NB: Inside Fiji this language steps aside. {@code DefaultScriptService}
 * fills its {@code ScriptLanguageIndex} from the {@link ScriptLanguage}
 * plugins in descending priority and adds each one <em>gently</em>: a name or
 * extension that is already taken is not overwritten. Fiji's
 * {@code JythonScriptLanguage} has normal priority, this one
 * {@link Priority#VERY_LOW}, so Fiji's claims {@code py}, {@code python} and
 * {@code jython} first and this adapter registers none of them. The distinct
 * plugin name keeps the two apart in the Script Editor's language menu.
 * </p>
 */
@Plugin(type = ScriptLanguage.class, name = LoligoJythonLanguage.NAME,
	priority = Priority.VERY_LOW)
public class LoligoJythonLanguage extends AdaptedScriptLanguage {

	/** The language name, distinct from Fiji's "Python" / "Python (Jython)". */
	public static final String NAME = "Jython (Loligo)";

	public LoligoJythonLanguage() {
		super(new PyScriptEngineFactory());
	}

	/**
	 * Turns what a script left in its globals into Java: {@code None} becomes
	 * {@code null}, Python numbers, strings and booleans become their Java
	 * boxes, wrapped Java objects are unwrapped; anything else stays a
	 * {@link PyObject} (lists and dicts implement {@code java.util} interfaces).
	 */
	@Override
	public Object decode(final Object object) {
		if (object instanceof PyNone) return null;
		if (!(object instanceof PyObject)) return object;
		final Object java = ((PyObject) object).__tojava__(Object.class);
		return java == Py.NoConversion ? object : java;
	}
}
