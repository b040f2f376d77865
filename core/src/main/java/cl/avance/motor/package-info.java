/**
 * The engine: {@link cl.avance.motor.Reglas} (a set of rule files with its fingerprint) compiled once into a
 * {@link cl.avance.motor.Motor}, shared across threads, which evaluates each
 * {@link cl.avance.modelo.Evaluacion} in a short-lived session of its own. No Drools type appears in a
 * public signature. {@link cl.avance.motor.TablaDeCalificacion} grades every state of every criterion through an
 * engine (completeness: exactly one grade each); {@link cl.avance.motor.MotorRecargable} installs a changed
 * methodology only when it compiles, is complete and passes its own scenarios, and tells
 * {@link cl.avance.motor.EscuchaDeRecarga} listeners why when it does not.
 */
package cl.avance.motor;
