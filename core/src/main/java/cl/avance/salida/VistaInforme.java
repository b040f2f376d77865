package cl.avance.salida;

import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Indicador;
import cl.avance.resultado.InformeEjecutivo;
import cl.avance.resultado.RecomendacionEstandar;
import cl.avance.resultado.Resultado;
import cl.avance.resultado.ResultadoCriterio;
import cl.avance.resultado.ResultadoUnidad;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the three reports for people show, prepared once from a {@link Resultado}: the text, Markdown and HTML
 * templates under {@code cl/avance/salida/} read only this. Strings here are the user's and the methodology's
 * text as is; each format escapes them while rendering (control characters never reach the output; Markdown
 * and HTML markup in the text is shown, not interpreted).
 *
 * <p>Two things are filled by {@link Anotaciones} rather than by the result, so that they can be wired in
 * without touching the templates: "qué falta para subir" per criterion ({@link CriterioDeUnidad#queFalta()})
 * and evidence quotes per indicator ({@link IndicadorDeCriterio#cita()}) with the provisional mark of grades
 * that come from an unreviewed draft ({@link CriterioDeUnidad#provisional()}).
 *
 * @param servicio                  the service's name
 * @param sigla                     the service's acronym, or null
 * @param siglaOServicio            the acronym, or the name when there is none
 * @param anio                      the year evaluated
 * @param cantidadUnidades          how many units were graded
 * @param origen                    the methodology's name and version
 * @param huellaCorta               the first 12 characters of the methodology's fingerprint
 * @param criterios                 the catalogue's criteria, in order (the matrix's columns)
 * @param avances                   every grade, in the scale's order (legends and count columns)
 * @param resumen                   headline figures
 * @param matriz                    units × criteria, in input order
 * @param conteos                   per criterion, how many units got each grade
 * @param logros                    per criterion, the units at avance mayor; criteria with none left out
 * @param brechas                   indicators not met or not reported, most frequent first
 * @param recomendacionesAlServicio recommendations to the head of service
 * @param recomendaciones           recommendations to units, grouped, most frequent first
 * @param discrepancias             disagreements with the units' own grades, in input order
 * @param sinInformacion            units with criteria they reported nothing on
 * @param unidades                  per unit, the explanation of each grade
 */
public record VistaInforme(
        String servicio,
        String sigla,
        String siglaOServicio,
        int anio,
        int cantidadUnidades,
        String origen,
        String huellaCorta,
        List<CriterioDelCatalogo> criterios,
        List<Grado> avances,
        Resumen resumen,
        List<FilaMatriz> matriz,
        List<FilaConteo> conteos,
        List<Logro> logros,
        List<Brecha> brechas,
        List<Recomendacion> recomendacionesAlServicio,
        List<RecomendacionAgrupada> recomendaciones,
        List<Discrepancia> discrepancias,
        List<UnidadSinInformacion> sinInformacion,
        List<Unidad> unidades) {

    /** Creates a {@code VistaInforme}, checking and copying its components as described above. */
    public VistaInforme {
        criterios = List.copyOf(criterios);
        avances = List.copyOf(avances);
        matriz = List.copyOf(matriz);
        conteos = List.copyOf(conteos);
        logros = List.copyOf(logros);
        brechas = List.copyOf(brechas);
        recomendacionesAlServicio = List.copyOf(recomendacionesAlServicio);
        recomendaciones = List.copyOf(recomendaciones);
        discrepancias = List.copyOf(discrepancias);
        sinInformacion = List.copyOf(sinInformacion);
        unidades = List.copyOf(unidades);
    }

    /** Whether any grade is provisional (from an unreviewed draft). */
    public boolean hayProvisionales() {
        return unidades.stream().flatMap(u -> u.criterios().stream()).anyMatch(CriterioDeUnidad::provisional);
    }

    /** Whether any criterion has a unit at avance mayor. */
    public boolean hayLogros() {
        return !logros.isEmpty();
    }

    /** Whether any indicator is not met or not reported in a graded criterion. */
    public boolean hayBrechas() {
        return !brechas.isEmpty();
    }

    /** Whether the head of service gets recommendations. */
    public boolean hayRecomendacionesAlServicio() {
        return !recomendacionesAlServicio.isEmpty();
    }

    /** Whether units get recommendations. */
    public boolean hayRecomendaciones() {
        return !recomendaciones.isEmpty();
    }

    /** Whether any unit graded itself differently from the rules. */
    public boolean hayDiscrepancias() {
        return !discrepancias.isEmpty();
    }

    /** Whether any unit reported nothing on some criterion. */
    public boolean haySinInformacion() {
        return !sinInformacion.isEmpty();
    }

    /** A column of the matrix. */
    public record CriterioDelCatalogo(String codigo, String titulo, String tituloCorto) {
    }

    /**
     * A grade as reports show it.
     *
     * @param clase    the stable name ({@code AVANCE_MAYOR}), used as a CSS class
     * @param etiqueta the Spanish label ("Avance mayor")
     */
    public record Grado(String clase, String etiqueta) {
        static Grado de(Avance avance) {
            return new Grado(avance.name(), avance.etiqueta());
        }
    }

    /** Headline figures: units, graded cells, and how many are at the top and at the bottom of the scale. */
    public record Resumen(int unidades, long calificaciones, long conAvanceMayor, long sinAvance, int discrepancias) {
    }

    /**
     * A row of the matrix.
     *
     * @param ancla       the unit's id made safe for a URL fragment (letters, digits, {@code _} and {@code -})
     * @param nombreCorto the name without the "Dirección Regional de" every regional unit shares
     */
    public record FilaMatriz(String unidad, String ancla, String nombre, String nombreCorto, List<Celda> celdas) {
        /** Creates a {@code FilaMatriz}, checking and copying its components as described above. */
        public FilaMatriz {
            celdas = List.copyOf(celdas);
        }
    }

    /** A unit's grade on one criterion in the matrix. */
    public record Celda(String criterio, Grado avance, boolean provisional) {
    }

    /** How many units got each grade on a criterion. */
    public record FilaConteo(String codigo, String titulo, List<Cantidad> cantidades) {
        /** Creates a {@code FilaConteo}, checking and copying its components as described above. */
        public FilaConteo {
            cantidades = List.copyOf(cantidades);
        }
    }

    /**
     * One grade's count on a criterion.
     *
     * @param porcentaje share of all units, {@code "35.71"} (two decimals, a point, whatever the locale)
     * @param hay        whether the count is above zero
     */
    public record Cantidad(Grado avance, int cantidad, String porcentaje, boolean hay) {
    }

    /** The units at avance mayor on a criterion; {@code unidades} has full names, {@code unidadesCortas} short ones. */
    public record Logro(String codigo, String titulo, String unidades, String unidadesCortas) {
    }

    /**
     * An indicator not met or not reported by several units.
     *
     * @param proporcion {@code 4..60}: the count relative to the most frequent gap, for a bar drawn to scale
     */
    public record Brecha(int cantidad, String indicador, String criterio, String descripcion, String unidades,
                         String unidadesCortas, int proporcion) {
    }

    /** A standard recommendation. */
    public record Recomendacion(String codigo, String texto) {
    }

    /** A recommendation given to several units, counted once. */
    public record RecomendacionAgrupada(int cantidad, String codigo, String texto, String unidades,
                                        String unidadesCortas) {
    }

    /** A unit whose own grade differs from the rules' grade. */
    public record Discrepancia(String unidad, String criterio, Grado autoevaluacion, Grado avance) {
    }

    /** A unit and the codes of the criteria it reported nothing on, {@code "1.2, 2.1"}. */
    public record UnidadSinInformacion(String unidad, String criterios) {
    }

    /** A unit and the explanation of each of its grades, in the catalogue's order. */
    public record Unidad(String id, String ancla, String nombre, List<CriterioDeUnidad> criterios) {
        /** Creates a {@code Unidad}, checking and copying its components as described above. */
        public Unidad {
            criterios = List.copyOf(criterios);
        }
    }

    /**
     * The explanation of one grade.
     *
     * @param reglas               the rules that decided it
     * @param cumplidos            indicators reported met, with their catalogue text
     * @param noCumplidos          indicators reported not met
     * @param sinInformacion       indicators not reported
     * @param autoevaluacion       the unit's own grade when it differs from the rules', or null
     * @param queFalta             sentences saying what would raise the grade ("Para alcanzar avance mayor en 1.3
     *                             falta: …"); empty when nothing is known or the grade is at the top
     * @param provisional          whether the grade comes from an unreviewed draft
     */
    public record CriterioDeUnidad(
            String codigo,
            String titulo,
            Grado avance,
            List<Elemento> reglas,
            List<IndicadorDeCriterio> cumplidos,
            List<IndicadorDeCriterio> noCumplidos,
            List<IndicadorDeCriterio> sinInformacion,
            Grado autoevaluacion,
            List<Recomendacion> recomendaciones,
            List<String> queFalta,
            boolean provisional) {

        /** Creates a {@code CriterioDeUnidad}, checking and copying its components as described above. */
        public CriterioDeUnidad {
            reglas = List.copyOf(reglas);
            cumplidos = List.copyOf(cumplidos);
            noCumplidos = List.copyOf(noCumplidos);
            sinInformacion = List.copyOf(sinInformacion);
            recomendaciones = List.copyOf(recomendaciones);
            queFalta = List.copyOf(queFalta);
        }

        /** Whether any indicator is met. */
        public boolean hayCumplidos() {
            return !cumplidos.isEmpty();
        }

        /** Whether any indicator is not met. */
        public boolean hayNoCumplidos() {
            return !noCumplidos.isEmpty();
        }

        /** Whether any indicator was not reported. */
        public boolean haySinInformacion() {
            return !sinInformacion.isEmpty();
        }

        /** Whether any indicator is listed, met or not or not reported. */
        public boolean hayIndicadores() {
            return hayCumplidos() || hayNoCumplidos() || haySinInformacion();
        }

        /** Whether the rules recommend something on this criterion. */
        public boolean hayRecomendaciones() {
            return !recomendaciones.isEmpty();
        }

        /** Whether anything is known about what would raise the grade. */
        public boolean hayQueFalta() {
            return !queFalta.isEmpty();
        }
    }

    /**
     * An indicator in a unit's explanation.
     *
     * @param codigo      the catalogue code ({@code ACUERDO_FORMAL})
     * @param descripcion the catalogue's Spanish text
     * @param cita        the verbatim sentence of the unit's report that supports its value, or null
     * @param primero     whether it opens its list (templates put separators before the others)
     */
    public record IndicadorDeCriterio(String codigo, String descripcion, String cita, boolean primero) {
    }

    /** An element of a list written inline ("«a», «b»"): templates put a separator before all but the first. */
    public record Elemento(String texto, boolean primero) {
    }

    /** The view of {@code resultado}, with what the result carries: qué falta, quotes, the provisional mark. */
    public static VistaInforme de(Resultado resultado) {
        return de(resultado, new AnotacionesDelResultado(Objects.requireNonNull(resultado, "resultado")));
    }

    /** The view of {@code resultado}, with what {@code anotaciones} adds per criterion and indicator. */
    public static VistaInforme de(Resultado resultado, Anotaciones anotaciones) {
        Objects.requireNonNull(resultado, "resultado");
        Objects.requireNonNull(anotaciones, "anotaciones");
        return new Preparacion(resultado, anotaciones).vista();
    }

    /** Builds the view; one instance per call. */
    private static final class Preparacion {
        private final Resultado resultado;
        private final Anotaciones anotaciones;
        private final InformeEjecutivo informe;
        private final Nombres nombres;

        Preparacion(Resultado resultado, Anotaciones anotaciones) {
            this.resultado = resultado;
            this.anotaciones = anotaciones;
            this.informe = resultado.informeEjecutivo();
            this.nombres = new Nombres(resultado);
        }

        VistaInforme vista() {
            List<Unidad> unidades = unidades();
            return new VistaInforme(
                    resultado.servicio(),
                    resultado.sigla(),
                    resultado.sigla() == null ? resultado.servicio() : resultado.sigla(),
                    resultado.anio(),
                    resultado.unidades().size(),
                    resultado.reglas().origen(),
                    resultado.reglas().huella().substring(0, Math.min(12, resultado.reglas().huella().length())),
                    resultado.catalogo().criterios().stream()
                            .map(c -> new CriterioDelCatalogo(c.codigo(), c.titulo(), c.tituloCorto())).toList(),
                    List.of(Avance.values()).stream().map(Grado::de).toList(),
                    resumen(),
                    matriz(unidades),
                    conteos(),
                    informe.logros().stream().map(l -> new Logro(l.criterio().codigo(), l.criterio().titulo(),
                            nombres.lista(l.unidades()), nombres.listaCorta(l.unidades()))).toList(),
                    brechas(),
                    informe.recomendacionesAlServicio().stream().map(Preparacion::recomendacion).toList(),
                    informe.recomendaciones().stream().map(r -> new RecomendacionAgrupada(r.unidades().size(),
                            r.codigo(), r.texto(), nombres.lista(r.unidades()), nombres.listaCorta(r.unidades()))).toList(),
                    informe.discrepancias().stream().map(d -> new Discrepancia(nombres.de(d.unidad()),
                            d.criterio().codigo(), Grado.de(d.autoevaluacion()), Grado.de(d.avance()))).toList(),
                    informe.sinInformacion().stream().map(s -> new UnidadSinInformacion(nombres.de(s.unidad()),
                            s.criterios().stream().map(Criterio::codigo).collect(Collectors.joining(", ")))).toList(),
                    unidades);
        }

        private Resumen resumen() {
            long calificaciones = (long) resultado.unidades().size() * resultado.catalogo().criterios().size();
            return new Resumen(resultado.unidades().size(), calificaciones, contar(Avance.AVANCE_MAYOR),
                    contar(Avance.SIN_AVANCE), informe.discrepancias().size());
        }

        private long contar(Avance avance) {
            return informe.conteos().values().stream().mapToLong(m -> m.get(avance)).sum();
        }

        private List<FilaMatriz> matriz(List<Unidad> unidades) {
            List<FilaMatriz> filas = new ArrayList<>();
            for (int i = 0; i < informe.matriz().size(); i++) {
                InformeEjecutivo.FilaMatriz fila = informe.matriz().get(i);
                Unidad unidad = unidades.get(i);
                List<Celda> celdas = new ArrayList<>();
                for (Criterio c : resultado.catalogo().criterios()) {
                    boolean provisional = unidad.criterios().stream()
                            .anyMatch(r -> r.codigo().equals(c.codigo()) && r.provisional());
                    celdas.add(new Celda(c.codigo(), Grado.de(fila.avances().get(c)), provisional));
                }
                filas.add(new FilaMatriz(fila.unidad(), ancla(fila.unidad()), fila.nombre(), Nombres.corto(fila.nombre()),
                        celdas));
            }
            return filas;
        }

        private List<FilaConteo> conteos() {
            int unidades = Math.max(1, resultado.unidades().size());
            List<FilaConteo> filas = new ArrayList<>();
            for (Map.Entry<Criterio, Map<Avance, Integer>> e : informe.conteos().entrySet()) {
                List<Cantidad> cantidades = new ArrayList<>();
                for (Avance a : Avance.values()) {
                    int n = e.getValue().get(a);
                    cantidades.add(new Cantidad(Grado.de(a), n, String.format(Locale.ROOT, "%.2f", 100.0 * n / unidades),
                            n > 0));
                }
                filas.add(new FilaConteo(e.getKey().codigo(), e.getKey().titulo(), cantidades));
            }
            return filas;
        }

        private List<Brecha> brechas() {
            if (informe.brechas().isEmpty()) {
                return List.of();
            }
            int maximo = informe.brechas().get(0).unidades().size();
            return informe.brechas().stream().map(b -> new Brecha(b.unidades().size(), b.indicador().codigo(),
                    b.indicador().criterio(), b.indicador().descripcion(), nombres.lista(b.unidades()),
                    nombres.listaCorta(b.unidades()), Math.max(4, 60 * b.unidades().size() / maximo))).toList();
        }

        private List<Unidad> unidades() {
            List<Unidad> unidades = new ArrayList<>();
            for (ResultadoUnidad u : resultado.unidades()) {
                List<CriterioDeUnidad> criterios = new ArrayList<>();
                for (ResultadoCriterio r : u.criterios().values()) {
                    criterios.add(criterio(u, r));
                }
                unidades.add(new Unidad(u.id(), ancla(u.id()), u.nombre(), criterios));
            }
            return unidades;
        }

        private CriterioDeUnidad criterio(ResultadoUnidad u, ResultadoCriterio r) {
            List<Elemento> reglas = new ArrayList<>();
            for (String regla : r.reglas()) {
                reglas.add(new Elemento(regla, reglas.isEmpty()));
            }
            List<IndicadorDeCriterio> cumplidos = indicadores(u, r, r.indicadoresCumplidos());
            List<IndicadorDeCriterio> noCumplidos = indicadores(u, r, r.indicadoresNoCumplidos());
            List<IndicadorDeCriterio> sinInformacion = indicadores(u, r, r.indicadoresSinInformacion());
            return new CriterioDeUnidad(
                    r.criterio().codigo(),
                    r.criterio().titulo(),
                    Grado.de(r.avance()),
                    reglas,
                    cumplidos,
                    noCumplidos,
                    sinInformacion,
                    r.discrepancia().map(d -> Grado.de(d.autoevaluacion())).orElse(null),
                    r.recomendaciones().stream().map(Preparacion::recomendacion).toList(),
                    anotaciones.queFalta(u, r),
                    anotaciones.provisional(u, r));
        }

        private List<IndicadorDeCriterio> indicadores(ResultadoUnidad u, ResultadoCriterio r, List<Indicador> lista) {
            List<IndicadorDeCriterio> filas = new ArrayList<>();
            for (Indicador i : lista) {
                String cita = anotaciones.cita(u, r, i).filter(c -> !c.isBlank()).orElse(null);
                filas.add(new IndicadorDeCriterio(i.codigo(), i.descripcion(), cita, filas.isEmpty()));
            }
            return filas;
        }

        private static Recomendacion recomendacion(RecomendacionEstandar r) {
            return new Recomendacion(r.codigo(), r.texto());
        }
    }

    /** An id usable in a fragment: letters, digits, underscores and hyphens only. */
    static String ancla(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
