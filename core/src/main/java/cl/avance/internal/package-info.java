/**
 * Helpers shared by Avance's own packages. Not part of the API: may change or disappear in any release,
 * and is left out of the javadoc. Avance's jars are automatic modules (an {@code Automatic-Module-Name}, no
 * {@code module-info}), so the module system cannot hide this package: it is public only because
 * {@code cl.avance.entrada}, {@code cl.avance.modelo} and {@code cl.avance.motor} share it. Do not use it.
 */
package cl.avance.internal;
