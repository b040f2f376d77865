package cl.avance.resultado;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import java.util.EnumMap;
import cl.avance.modelo.Indicador;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national consolidation of all units (Objetivo 3): what a head of service reads.
 *
 * @param matriz                    units × criteria with their grades, in input order
 * @param conteos                   criterion → grade → number of units, every grade listed
 * @param logros                    per criterion, the units at {@code AVANCE_MAYOR}; criteria with none left out
 * @param brechas                   indicators not met in graded criteria, most frequent first
 * @param recomendaciones           standard recommendations deduplicated, most frequent first
 * @param recomendacionesAlServicio recommendations to the head of service
 * @param discrepancias             every disagreement with a unit's own grade, in input order
 * @param sinInformacion            units with criteria at {@code SIN_INFORMACION}, in input order
 */
public record InformeEjecutivo(
        List<FilaMatriz> matriz,
        Map<Criterio, Map<Avance, Integer>> conteos,
        List<Logro> logros,
        List<BrechaFrecuente> brechas,
        List<RecomendacionAgrupada> recomendaciones,
        List<RecomendacionEstandar> recomendacionesAlServicio,
        List<DiscrepanciaDeUnidad> discrepancias,
        List<UnidadSinInformacion> sinInformacion) {

    /** One row of the matrix: a unit and its grade for each criterion. */
    public record FilaMatriz(String unidad, String nombre, Map<Criterio, Avance> avances) {
        /** Creates a {@code FilaMatriz}, checking and copying its components as described above. */
        public FilaMatriz {
            avances = Collections.unmodifiableMap(new LinkedHashMap<>(avances));
        }
    }

    /** The units that reached {@code AVANCE_MAYOR} on a criterion. */
    public record Logro(Criterio criterio, List<String> unidades) {
        /** Creates a {@code Logro}, checking and copying its components as described above. */
        public Logro {
            unidades = List.copyOf(unidades);
        }
    }

    /** An indicator not met, with the units concerned. */
    public record BrechaFrecuente(Indicador indicador, List<String> unidades) {
        /** Creates a {@code BrechaFrecuente}, checking and copying its components as described above. */
        public BrechaFrecuente {
            unidades = List.copyOf(unidades);
        }
    }

    /** A recommendation given to several units, counted once. */
    public record RecomendacionAgrupada(String codigo, String texto, List<String> unidades) {
        /** Creates a {@code RecomendacionAgrupada}, checking and copying its components as described above. */
        public RecomendacionAgrupada {
            unidades = List.copyOf(unidades);
        }
    }

    /** A unit whose own grade differs from the rules' grade on a criterion. */
    public record DiscrepanciaDeUnidad(String unidad, Criterio criterio, Avance autoevaluacion, Avance avance) {
    }

    /** A unit and the criteria it reported nothing on. */
    public record UnidadSinInformacion(String unidad, List<Criterio> criterios) {
        /** Creates a {@code UnidadSinInformacion}, checking and copying its components as described above. */
        public UnidadSinInformacion {
            criterios = List.copyOf(criterios);
        }
    }

    /** Creates a {@code InformeEjecutivo}, checking and copying its components as described above. */
    public InformeEjecutivo {
        matriz = List.copyOf(matriz);
        Map<Criterio, Map<Avance, Integer>> copia = new LinkedHashMap<>();
        conteos.forEach((criterio, porAvance) -> copia.put(criterio, Collections.unmodifiableMap(new EnumMap<>(porAvance))));
        conteos = Collections.unmodifiableMap(copia);
        logros = List.copyOf(logros);
        brechas = List.copyOf(brechas);
        recomendaciones = List.copyOf(recomendaciones);
        recomendacionesAlServicio = List.copyOf(recomendacionesAlServicio);
        discrepancias = List.copyOf(discrepancias);
        sinInformacion = List.copyOf(sinInformacion);
    }

    /** Consolidates {@code resultado}. Rankings break ties by the methodology's order, then by code. */
    public static InformeEjecutivo de(Resultado resultado) {
        List<FilaMatriz> matriz = new ArrayList<>();
        Catalogo catalogo = resultado.catalogo();
        Map<Criterio, Map<Avance, Integer>> conteos = new LinkedHashMap<>();
        Map<Criterio, List<String>> logros = new LinkedHashMap<>();
        Map<Indicador, List<String>> brechas = new LinkedHashMap<>();
        Map<List<String>, List<String>> recomendaciones = new LinkedHashMap<>();
        List<DiscrepanciaDeUnidad> discrepancias = new ArrayList<>();
        List<UnidadSinInformacion> sinInformacion = new ArrayList<>();

        for (Indicador indicador : catalogo.indicadores()) {
            brechas.put(indicador, new ArrayList<>());
        }
        for (Criterio criterio : catalogo.criterios()) {
            logros.put(criterio, new ArrayList<>());
            Map<Avance, Integer> porAvance = new EnumMap<>(Avance.class);
            for (Avance avance : Avance.values()) {
                porAvance.put(avance, 0);
            }
            conteos.put(criterio, porAvance);
        }

        for (ResultadoUnidad unidad : resultado.unidades()) {
            Map<Criterio, Avance> avances = new LinkedHashMap<>();
            List<Criterio> criteriosSinInformacion = new ArrayList<>();
            for (ResultadoCriterio r : unidad.criterios().values()) {
                avances.put(r.criterio(), r.avance());
                conteos.get(r.criterio()).merge(r.avance(), 1, Integer::sum);
                if (r.avance() == Avance.AVANCE_MAYOR) {
                    logros.get(r.criterio()).add(unidad.id());
                }
                if (r.avance().enEscala()) {
                    r.indicadoresNoCumplidos().forEach(i -> agregarUnidad(brechas.get(i), unidad.id()));
                    r.indicadoresSinInformacion().forEach(i -> agregarUnidad(brechas.get(i), unidad.id()));
                }
                for (RecomendacionEstandar rec : r.recomendaciones()) {
                    agregarUnidad(recomendaciones.computeIfAbsent(List.of(rec.codigo(), rec.texto()), k -> new ArrayList<>()), unidad.id());
                }
                r.discrepancia().ifPresent(d -> discrepancias.add(
                        new DiscrepanciaDeUnidad(unidad.id(), r.criterio(), d.autoevaluacion(), d.avance())));
                if (r.avance() == Avance.SIN_INFORMACION) {
                    criteriosSinInformacion.add(r.criterio());
                }
            }
            matriz.add(new FilaMatriz(unidad.id(), unidad.nombre(), avances));
            if (!criteriosSinInformacion.isEmpty()) {
                sinInformacion.add(new UnidadSinInformacion(unidad.id(), criteriosSinInformacion));
            }
        }

        List<Logro> listaLogros = new ArrayList<>();
        logros.forEach((criterio, unidades) -> {
            if (!unidades.isEmpty()) {
                listaLogros.add(new Logro(criterio, unidades));
            }
        });

        List<BrechaFrecuente> listaBrechas = new ArrayList<>();
        brechas.forEach((indicador, unidades) -> {
            if (!unidades.isEmpty()) {
                listaBrechas.add(new BrechaFrecuente(indicador, unidades));
            }
        });
        // Stable sort: equal counts keep the methodology's indicator order.
        listaBrechas.sort(Comparator.comparingInt((BrechaFrecuente b) -> b.unidades().size()).reversed());

        List<RecomendacionAgrupada> listaRecomendaciones = new ArrayList<>();
        recomendaciones.forEach((clave, unidades) ->
                listaRecomendaciones.add(new RecomendacionAgrupada(clave.get(0), clave.get(1), unidades)));
        listaRecomendaciones.sort(Comparator.comparingInt((RecomendacionAgrupada r) -> r.unidades().size()).reversed()
                .thenComparing(RecomendacionAgrupada::codigo)
                .thenComparing(RecomendacionAgrupada::texto));

        return new InformeEjecutivo(matriz, conteos, listaLogros, listaBrechas, listaRecomendaciones,
                resultado.recomendacionesAlServicio(), discrepancias, sinInformacion);
    }

    /** Adds a unit once: a unit with two recommendations of the same code still counts once. */
    private static void agregarUnidad(List<String> unidades, String unidad) {
        if (unidades.isEmpty() || !unidades.get(unidades.size() - 1).equals(unidad)) {
            unidades.add(unidad);
        }
    }
}
