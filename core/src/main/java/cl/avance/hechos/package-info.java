/**
 * The vocabulary the {@code .drl} rules are written in: the fact the engine inserts for each unit and
 * criterion ({@link cl.avance.hechos.CriterioDeUnidad}, which answers for its indicators) and facts the
 * rules insert as conclusions ({@link cl.avance.hechos.Brecha}, {@link cl.avance.hechos.Calificacion},
 * {@link cl.avance.hechos.Recomendacion}, {@link cl.avance.hechos.RecomendacionAlServicio},
 * {@link cl.avance.hechos.Discrepancia}). Embedders read results from {@code cl.avance.resultado}, not
 * from these classes. Facts compare by identity, as Drools does by default.
 */
package cl.avance.hechos;
