package cl.avance.modelo;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.Ruta;
import cl.avance.internal.Sugerencia;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape rules of input format v1, in one place: the reader ({@code LectorEvaluacion}) checks files with
 * them, the model's constructors ({@link Evaluacion}, {@link Unidad}, {@link CriterioInformado}) and the
 * builder ({@link Evaluacion#nueva(Catalogo)}) check objects built in code with them. Each method returns the
 * Spanish message a file gets for the defect, or null when there is none, so that both routes say the same.
 */
public final class Forma {

    /** The first year an evaluation may have. */
    public static final int ANIO_MINIMO = 1900;
    /** The last year an evaluation may have. */
    public static final int ANIO_MAXIMO = 2999;
    /** The grades a unit may give itself: {@link Avance#SIN_INFORMACION} is an outcome, not a grade to state. */
    public static final List<Avance> AUTOEVALUACIONES =
            List.of(Avance.SIN_AVANCE, Avance.AVANCE_MENOR, Avance.AVANCE_MAYOR, Avance.NO_APLICA);

    private Forma() {
    }

    /** For a required text field: "falta el campo obligatorio «campo»" for null, "no puede estar vacío" for blank. */
    public static String textoObligatorio(String campo, String valor) {
        if (valor == null) {
            return faltaCampo(campo);
        }
        return valor.isBlank() ? "no puede estar vacío" : null;
    }

    /** For a required field left out. */
    public static String faltaCampo(String campo) {
        return "falta el campo obligatorio «" + campo + "»";
    }

    /** For a year outside {@value #ANIO_MINIMO}–{@value #ANIO_MAXIMO}. */
    public static String anio(int anio) {
        return anio >= ANIO_MINIMO && anio <= ANIO_MAXIMO ? null : anioInvalido(Integer.toString(anio));
    }

    /** For a year that is not one: {@code encontrado} as written. */
    public static String anioInvalido(String encontrado) {
        return "el año debe ser un número entero de cuatro cifras, por ejemplo 2007; se encontró " + encontrado;
    }

    /** Whether {@code anio} is in range. */
    public static boolean anioValido(long anio) {
        return anio >= ANIO_MINIMO && anio <= ANIO_MAXIMO;
    }

    /** For an evaluation with {@code cuantas} units: at least one. */
    public static String unidades(int cuantas) {
        return cuantas > 0 ? null : "la evaluación no tiene unidades: agregue al menos una";
    }

    /** For a unit id already used by the unit at {@code previa} (from 0). */
    public static String idRepetido(String id, int previa) {
        return "el id «" + id + "» ya lo usa unidades[" + previa + "]: cada unidad necesita un id propio";
    }

    /** For {@code noAplica}: when present it must say why. */
    public static String noAplica(String motivo) {
        return motivo != null && motivo.isBlank() ? "indique el motivo por el que el criterio no aplica" : null;
    }

    /** For a unit's own grade: one of {@link #AUTOEVALUACIONES}, or none. */
    public static String autoevaluacion(Avance grado) {
        return grado == null || AUTOEVALUACIONES.contains(grado) ? null : autoevaluacionDesconocida(grado.name());
    }

    /** For a unit's own grade written as {@code valor}. */
    public static String autoevaluacionDesconocida(String valor) {
        List<String> validas = AUTOEVALUACIONES.stream().map(Avance::name).toList();
        return Sugerencia.agregar("autoevaluación desconocida «" + valor + "»; use " + String.join(", ", validas) + ".",
                valor, validas);
    }

    /** For a criterion code the catalogue does not have. */
    public static String criterioDesconocido(String codigo, Catalogo catalogo) {
        List<String> codigos = catalogo.criterios().stream().map(Criterio::codigo).toList();
        return Sugerencia.agregar("criterio desconocido; los criterios son " + String.join(", ", codigos) + ".",
                codigo, codigos);
    }

    /** For an indicator code the catalogue does not have, reported under {@code criterio}. */
    public static String indicadorDesconocido(String codigo, Criterio criterio, Catalogo catalogo) {
        List<String> propios = criterio.indicadores().stream().map(Indicador::codigo).toList();
        return Sugerencia.agregar("indicador desconocido; los indicadores del criterio " + criterio + " son "
                + String.join(", ", propios) + ".", codigo,
                catalogo.indicadores().stream().map(Indicador::codigo).toList());
    }

    /** For an indicator reported under a criterion it does not belong to; null when it belongs. */
    public static String indicadorDeOtroCriterio(Indicador indicador, Criterio criterio) {
        if (indicador.criterio().equals(criterio.codigo())) {
            return null;
        }
        return "el indicador " + indicador.codigo() + " pertenece al criterio " + indicador.criterio() + ", no al "
                + criterio + ": muévalo a criterios." + indicador.criterio() + ".indicadores";
    }

    /**
     * For territorial bodies listed under a criterion that does not admit them; null when it does, or none is
     * listed. {@code catalogo}, when known, adds which criteria admit them.
     */
    public static String instancias(Criterio criterio, boolean alguna, Catalogo catalogo) {
        if (!alguna || criterio.admiteInstancias()) {
            return null;
        }
        String mensaje = "el criterio " + criterio.codigo() + " no admite instancias";
        if (catalogo == null) {
            return mensaje;
        }
        List<Criterio> admiten = catalogo.criteriosConInstancias();
        return mensaje + (admiten.isEmpty() ? ": esta metodología no pide instancias en ningún criterio"
                : ": las instancias solo se informan en " + (admiten.size() == 1 ? "el criterio " : "los criterios ")
                + String.join(", ", admiten.stream().map(c -> c.codigo() + " (" + c.titulo() + ")").toList()));
    }

    /** For a territorial body code the catalogue does not have. */
    public static String instanciaDesconocida(String codigo, Catalogo catalogo) {
        List<String> codigos = catalogo.instancias().stream().map(Instancia::codigo).toList();
        return Sugerencia.agregar("instancia desconocida «" + codigo + "»; use " + String.join(", ", codigos) + ".",
                codigo, codigos);
    }

    /** Collects defects at their paths and throws them together, as the reader does for a file. */
    static final class Defectos {
        private final List<ErrorDeEntrada> errores = new ArrayList<>();

        /** Adds {@code mensaje} at {@code donde} unless it is null. */
        Defectos en(Ruta donde, String mensaje) {
            if (mensaje != null) {
                errores.add(ErrorDeEntrada.en(donde, mensaje));
            }
            return this;
        }

        /** Adds this collection's defects to {@code otros}. */
        void volcarEn(Defectos otros) {
            otros.errores.addAll(errores);
        }

        boolean hay() {
            return !errores.isEmpty();
        }

        /** @throws EntradaInvalidaException naming {@code que} when any defect was added */
        void lanzar(String que) {
            if (!errores.isEmpty()) {
                throw new EntradaInvalidaException(que, errores);
            }
        }
    }
}
