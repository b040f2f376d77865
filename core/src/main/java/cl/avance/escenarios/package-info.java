/**
 * Scenario tests as data: YAML files where policy staff state, in a sentence and an example, what grades,
 * recommendations and discrepancies the rules must give. {@link cl.avance.escenarios.LectorEscenarios}
 * reads them; {@link cl.avance.escenarios.EjecutorEscenarios} runs them against an engine and reports,
 * in Spanish, what was expected, what came out and which rules decided it.
 */
package cl.avance.escenarios;
