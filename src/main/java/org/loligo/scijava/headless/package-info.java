/**
 * The pieces of Loligo's headless launcher ({@link org.loligo.scijava.Main}):
 * Fiji's {@code key=value} parameter strings, the typed conversion of their
 * values with errors a user can act on, the lookup of a command by class name
 * or menu label, a module runner that never swallows an error, the
 * {@code --list} catalog, and the console log and progress line.
 */
package org.loligo.scijava.headless;
