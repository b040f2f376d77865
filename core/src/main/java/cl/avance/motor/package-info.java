/**
 * The engine: {@link cl.avance.motor.Reglas} (a set of rule files with its fingerprint) compiled once into a
 * {@link cl.avance.motor.Motor}, shared across threads, which evaluates each
 * {@link cl.avance.modelo.Evaluacion} in a short-lived session of its own. No Drools type appears in a
 * public signature.
 */
package cl.avance.motor;
