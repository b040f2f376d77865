package cl.avance.importar;

import cl.avance.importar.Cuestionario.SeccionLeida;
import cl.avance.importar.Cuestionario.UnidadLeida;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the questionnaire's layout from a sequence of paragraphs, each marked when it opens a table cell
 * (in the text export, a paragraph that begins with a tab; in a {@code .docx}, a cell's first paragraph):
 *
 * <pre>
 * DIRECCION REGIONAL: TARAPACA          a unit
 * OBJETIVO N°1: …                        ends a criterion; its description is skipped
 * 1.1. Perspectiva territorial …         a criterion of the catalogue
 * ¿…?                                    the question, skipped
 * [Descripción del] Desarrollo alcanzado | Recomendaciones …   the header cells
 * first cell: what was achieved          | second cell: recommendations
 * </pre>
 *
 * Paragraphs that do not open a cell continue the cell before them. Anything after «OBJETIVO N°3» (the
 * executive report) until the next unit is not a unit's answer and is skipped.
 */
final class LectorCuestionario {

    /** A paragraph of the document. */
    record Parrafo(String texto, boolean abreCelda) {
    }

    private static final Pattern UNIDAD = Pattern.compile(
            "^(?:DIRECCI[OÓ]N\\s+REGIONAL|UNIDAD)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /** «DIRECCIÓN REGIONAL DE LOS LAGOS», without a colon: only in capitals, so that a sentence is not taken for it. */
    private static final Pattern UNIDAD_SIN_DOS_PUNTOS = Pattern.compile("^DIRECCI[OÓ]N\\s+REGIONAL\\s+(.+)$");
    private static final Pattern OBJETIVO = Pattern.compile("^OBJETIVO\\s+(?:N\\s*[°ºo.]?\\s*)?(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CRITERIO = Pattern.compile("^(?:criterio\\s+)?(\\d+\\.\\d+)\\.?\\s*[:.\\-–]?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SERVICIO = Pattern.compile(
            "^(SERVICIO|INSTITUTO|SUBSECRETAR|CORPORACI|FONDO|COMISI|SUPERINTENDENCIA|DIRECCI[OÓ]N\\s+(NACIONAL|GENERAL))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANIO_SIGUIENTE = Pattern.compile(
            "(?:implementaci[oó]n|mejorar)[^\\n]{0,60}?\\b((?:19|20)\\d\\d)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANIO = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");

    private final Catalogo catalogo;

    LectorCuestionario(Catalogo catalogo) {
        this.catalogo = catalogo;
    }

    /** The paragraphs of a plain-text export: one per line, a leading tab opens a cell. */
    static List<Parrafo> parrafosDeTexto(String texto) {
        List<Parrafo> parrafos = new ArrayList<>();
        for (String linea : texto.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            parrafos.add(new Parrafo(linea.replace('\u00A0', ' ').strip(), linea.startsWith("\t")));
        }
        return parrafos;
    }

    Cuestionario leer(List<Parrafo> parrafos) {
        String servicio = null;
        List<UnidadLeida> unidades = new ArrayList<>();
        List<SeccionLeida> secciones = null;
        String nombre = null;
        Seccion actual = null;
        boolean enInformeEjecutivo = false;
        Map<String, Integer> anios = new HashMap<>();
        Integer anioSiguiente = null;

        for (Parrafo parrafo : parrafos) {
            String texto = parrafo.texto().strip();
            Matcher siguiente = ANIO_SIGUIENTE.matcher(texto);
            if (anioSiguiente == null && siguiente.find()) {
                anioSiguiente = Integer.parseInt(siguiente.group(1));
            }
            Matcher unidad = UNIDAD.matcher(texto);
            if (!unidad.matches() && texto.equals(texto.toUpperCase(Locale.ROOT))) {
                unidad = UNIDAD_SIN_DOS_PUNTOS.matcher(texto);
            }
            if (unidad.matches() && texto.length() < 100) {
                cerrar(actual, secciones);
                actual = null;
                if (nombre != null) {
                    unidades.add(new UnidadLeida(nombre, secciones));
                }
                nombre = unidad.group(1).strip();
                secciones = new ArrayList<>();
                enInformeEjecutivo = false;
                continue;
            }
            if (nombre == null) {
                if (servicio == null && SERVICIO.matcher(texto).find()) {
                    servicio = texto;
                }
                continue;
            }
            Matcher objetivo = OBJETIVO.matcher(texto);
            if (objetivo.find()) {
                cerrar(actual, secciones);
                actual = null;
                int numero = Integer.parseInt(objetivo.group(1));
                enInformeEjecutivo = catalogo.criterios().stream().noneMatch(c -> c.objetivo() == numero);
                continue;
            }
            if (enInformeEjecutivo) {
                continue;
            }
            Optional<Criterio> criterio = criterio(texto);
            if (criterio.isPresent()) {
                cerrar(actual, secciones);
                actual = new Seccion(criterio.get().codigo());
                continue;
            }
            if (actual == null) {
                continue;
            }
            contarAnios(texto, anios);
            actual.agregar(parrafo.abreCelda(), texto);
        }
        cerrar(actual, secciones);
        if (nombre != null) {
            unidades.add(new UnidadLeida(nombre, secciones));
        }
        Integer anio = anioSiguiente != null ? Integer.valueOf(anioSiguiente - 1)
                : anios.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).map(e -> Integer.valueOf(e.getKey())).orElse(null);
        return new Cuestionario(servicio, anio, unidades);
    }

    private static void contarAnios(String texto, Map<String, Integer> anios) {
        Matcher m = ANIO.matcher(texto);
        while (m.find()) {
            anios.merge(m.group(1), 1, Integer::sum);
        }
    }

    /** The criterion this paragraph heads: a catalogue code followed by (the start of) its title. */
    private Optional<Criterio> criterio(String texto) {
        Matcher m = CRITERIO.matcher(texto);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Criterio> criterio = catalogo.criterio(m.group(1));
        if (criterio.isEmpty()) {
            return Optional.empty();
        }
        String titulo = plegar(criterio.get().titulo());
        String escrito = plegar(m.group(2));
        String primera = titulo.split("\\s+")[0];
        return escrito.startsWith(primera) || titulo.startsWith(escrito.split("\\s+")[0]) ? criterio : Optional.empty();
    }

    private static void cerrar(Seccion seccion, List<SeccionLeida> secciones) {
        if (seccion != null && secciones != null) {
            secciones.add(seccion.leida());
        }
    }

    static String plegar(String texto) {
        return Normalizer.normalize(texto, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    /** A criterion being read: header cells, then «Desarrollo alcanzado», then «Recomendaciones». */
    private static final class Seccion {
        final String codigo;
        final List<String> desarrollo = new ArrayList<>();
        final List<String> recomendaciones = new ArrayList<>();
        boolean cabeceraDesarrollo;
        boolean cabeceraRecomendaciones;
        /** 0 before the answer cells, 1 in «Desarrollo alcanzado», 2 in «Recomendaciones». */
        int celda;

        Seccion(String codigo) {
            this.codigo = codigo;
        }

        void agregar(boolean abreCelda, String texto) {
            String plegado = plegar(texto);
            if (celda == 0 && !cabeceraRecomendaciones) {
                if (texto.startsWith("¿") || texto.isEmpty()) {
                    return;
                }
                if (!cabeceraDesarrollo && texto.length() < 80
                        && (plegado.startsWith("descripcion del desarrollo alcanzado") || plegado.startsWith("desarrollo alcanzado"))) {
                    cabeceraDesarrollo = true;
                    return;
                }
                if (cabeceraDesarrollo && plegado.startsWith("recomendaciones") && texto.length() < 120) {
                    cabeceraRecomendaciones = true;
                    return;
                }
                if (!cabeceraDesarrollo) {
                    return;  // the question, when it does not begin with «¿»
                }
            }
            if (abreCelda) {
                celda = Math.min(celda + 1, 2);
            } else if (celda == 0) {
                if (texto.isEmpty()) {
                    return;
                }
                celda = 1;  // a document without cells: the first paragraph is what was achieved
            }
            if (texto.isEmpty()) {
                return;
            }
            (celda == 1 ? desarrollo : recomendaciones).add(texto);
        }

        SeccionLeida leida() {
            return new SeccionLeida(codigo, List.copyOf(desarrollo), List.copyOf(recomendaciones));
        }
    }
}
