/**
 * The vocabulary the {@code .drl} rules are written in: facts the engine inserts for each unit
 * ({@link cl.avance.hechos.CriterioDeUnidad}, {@link cl.avance.hechos.IndicadorDeUnidad}) and facts the
 * rules insert as conclusions ({@link cl.avance.hechos.Brecha}, {@link cl.avance.hechos.Calificacion},
 * {@link cl.avance.hechos.Recomendacion}, {@link cl.avance.hechos.RecomendacionAlServicio},
 * {@link cl.avance.hechos.Discrepancia}). Embedders read results from {@code cl.avance.resultado}, not
 * from these classes. Facts compare by identity, as Drools does by default.
 */
package cl.avance.hechos;
