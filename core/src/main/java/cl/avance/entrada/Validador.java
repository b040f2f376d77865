package cl.avance.entrada;

import cl.avance.internal.Sugerencia;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Evidencias;
import cl.avance.modelo.Forma;
import cl.avance.modelo.Indicador;
import cl.avance.modelo.Instancia;
import cl.avance.modelo.Unidad;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a parsed document against input format v1 and builds the {@link Evaluacion}. Collects every
 * error instead of stopping at the first; builds nothing when there is any. The rules on values (and their
 * messages) are {@link Forma}'s, shared with the model's constructors and builder; this class adds what only a
 * document has (types, unknown fields, required fields).
 */
final class Validador {

    private static final List<String> CAMPOS_EVALUACION = List.of("formato", "servicio", "sigla", "anio", "unidades", "borrador");
    private static final List<String> CAMPOS_UNIDAD = List.of("id", "nombre", "criterios");
    private static final List<String> CAMPOS_CRITERIO =
            List.of("indicadores", "autoevaluacion", "desarrollo", "recomendaciones", "noAplica", "instancias", "evidencias");
    /** The key of {@code evidencias} that holds the quote behind the self-grade. */
    static final String EVIDENCIA_AUTOEVALUACION = "autoevaluacion";
    private static final List<String> AUTOEVALUACIONES = Forma.AUTOEVALUACIONES.stream().map(Avance::name).toList();

    private final Catalogo catalogo;
    private final List<String> codigosInstancia;
    private final List<ErrorDeEntrada> errores = new ArrayList<>();

    /** A validator for evaluations of the questionnaire {@code catalogo}. */
    Validador(Catalogo catalogo) {
        this.catalogo = catalogo;
        this.codigosInstancia = catalogo.instancias().stream().map(Instancia::codigo).toList();
    }

    /** The evaluation, or empty when {@link #errores()} has anything. */
    Optional<Evaluacion> validar(JsonNode raiz) {
        if (raiz == null || !raiz.isObject()) {
            error(Ruta.raiz(), "el documento debe ser un objeto con los campos formato, servicio, anio y unidades");
            return Optional.empty();
        }
        camposConocidos(raiz, Ruta.raiz(), CAMPOS_EVALUACION);
        JsonNode formato = obligatorio(raiz, Ruta.raiz(), "formato");
        if (formato != null && !(formato.isIntegralNumber() && formato.canConvertToInt()
                && formato.intValue() == Evaluacion.FORMATO)) {
            error(Ruta.raiz().campo("formato"), "formato " + formato + " no es compatible: esta versión de Avance lee el formato "
                    + Evaluacion.FORMATO);
        }
        String servicio = texto(raiz, Ruta.raiz(), "servicio", true);
        String sigla = texto(raiz, Ruta.raiz(), "sigla", false);
        Integer anio = anio(raiz);
        List<Unidad> unidades = unidades(raiz);
        boolean borrador = borrador(raiz.get("borrador"));
        if (!errores.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Evaluacion(servicio, sigla, anio, unidades, borrador));
    }

    List<ErrorDeEntrada> errores() {
        return errores;
    }

    private boolean borrador(JsonNode nodo) {
        if (nodo == null) {
            return false;
        }
        if (!nodo.isBoolean()) {
            error(Ruta.raiz().campo("borrador"), "debe ser true (un borrador sin revisar, con calificaciones provisionales)"
                    + " o false; se encontró " + nodo + ". Al terminar la revisión, borre el campo o ponga false.");
            return false;
        }
        return nodo.booleanValue();
    }

    private Integer anio(JsonNode raiz) {
        JsonNode nodo = obligatorio(raiz, Ruta.raiz(), "anio");
        if (nodo == null) {
            return null;
        }
        if (!nodo.isIntegralNumber() || !nodo.canConvertToInt() || !Forma.anioValido(nodo.intValue())) {
            error(Ruta.raiz().campo("anio"), Forma.anioInvalido(nodo.toString()));
            return null;
        }
        return nodo.intValue();
    }

    private List<Unidad> unidades(JsonNode raiz) {
        List<Unidad> unidades = new ArrayList<>();
        JsonNode lista = obligatorio(raiz, Ruta.raiz(), "unidades");
        if (lista == null) {
            return unidades;
        }
        if (!lista.isArray()) {
            error(Ruta.raiz().campo("unidades"), "debe ser una lista de unidades: [ {\"id\": …, \"nombre\": …}, … ]");
            return unidades;
        }
        error(Ruta.raiz().campo("unidades"), Forma.unidades(lista.size()));
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < lista.size(); i++) {
            Ruta ruta = Ruta.raiz().campo("unidades").elemento(i);
            JsonNode nodo = lista.get(i);
            if (!nodo.isObject()) {
                error(ruta, "cada unidad debe ser un objeto con id, nombre y criterios");
                continue;
            }
            camposConocidos(nodo, ruta, CAMPOS_UNIDAD);
            String id = texto(nodo, ruta, "id", true);
            if (id != null) {
                Integer previa = ids.putIfAbsent(id, i);
                if (previa != null) {
                    error(ruta.campo("id"), Forma.idRepetido(id, previa));
                }
            }
            String nombre = texto(nodo, ruta, "nombre", true);
            Map<Criterio, CriterioInformado> criterios = criterios(nodo.get("criterios"), ruta.campo("criterios"));
            if (id != null && nombre != null && criterios != null) {
                unidades.add(new Unidad(id, nombre, criterios));
            }
        }
        return unidades;
    }

    private Map<Criterio, CriterioInformado> criterios(JsonNode nodo, Ruta ruta) {
        Map<Criterio, CriterioInformado> criterios = new LinkedHashMap<>();
        if (nodo == null) {
            return criterios;
        }
        if (!nodo.isObject()) {
            error(ruta, "debe ser un objeto con un campo por criterio: {\"1.1\": {…}, \"1.2\": {…}}");
            return null;
        }
        boolean valido = true;
        for (Map.Entry<String, JsonNode> campo : nodo.properties()) {
            Ruta rutaCriterio = ruta.campo(campo.getKey());
            Optional<Criterio> criterio = catalogo.criterio(campo.getKey());
            if (criterio.isEmpty()) {
                error(rutaCriterio, Forma.criterioDesconocido(campo.getKey(), catalogo));
                valido = false;
                continue;
            }
            CriterioInformado informado = criterio(criterio.get(), campo.getValue(), rutaCriterio);
            if (informado == null) {
                valido = false;
            } else {
                criterios.put(criterio.get(), informado);
            }
        }
        return valido ? criterios : null;
    }

    private CriterioInformado criterio(Criterio criterio, JsonNode nodo, Ruta ruta) {
        if (!nodo.isObject()) {
            error(ruta, "debe ser un objeto con indicadores, desarrollo, autoevaluacion, recomendaciones, noAplica");
            return null;
        }
        int erroresAntes = errores.size();
        camposConocidos(nodo, ruta, CAMPOS_CRITERIO);
        Map<Indicador, Boolean> indicadores = indicadores(criterio, nodo.get("indicadores"), ruta.campo("indicadores"));
        Avance autoevaluacion = autoevaluacion(nodo.get("autoevaluacion"), ruta.campo("autoevaluacion"));
        String desarrollo = texto(nodo, ruta, "desarrollo", false);
        List<String> recomendaciones = recomendaciones(nodo.get("recomendaciones"), ruta.campo("recomendaciones"));
        String noAplica = texto(nodo, ruta, "noAplica", false);
        error(ruta.campo("noAplica"), Forma.noAplica(noAplica));
        Set<Instancia> instancias = instancias(criterio, nodo.get("instancias"), ruta.campo("instancias"));
        Evidencias evidencias = evidencias(criterio, nodo.get("evidencias"), ruta.campo("evidencias"));
        if (errores.size() > erroresAntes) {
            return null;
        }
        return new CriterioInformado(criterio, indicadores, autoevaluacion, desarrollo, recomendaciones, noAplica,
                instancias, evidencias);
    }

    private Map<Indicador, Boolean> indicadores(Criterio criterio, JsonNode nodo, Ruta ruta) {
        Map<Indicador, Boolean> indicadores = new LinkedHashMap<>();
        if (nodo == null) {
            return indicadores;
        }
        List<String> propios = criterio.indicadores().stream().map(Indicador::codigo).toList();
        if (!nodo.isObject()) {
            error(ruta, "debe ser un objeto {\"CODIGO\": true|false}; los indicadores del criterio " + criterio
                    + " son " + String.join(", ", propios));
            return indicadores;
        }
        for (Map.Entry<String, JsonNode> campo : nodo.properties()) {
            Ruta rutaIndicador = ruta.campo(campo.getKey());
            Optional<Indicador> indicador = catalogo.indicador(campo.getKey());
            if (indicador.isEmpty()) {
                error(rutaIndicador, Forma.indicadorDesconocido(campo.getKey(), criterio, catalogo));
                continue;
            }
            String ajeno = Forma.indicadorDeOtroCriterio(indicador.get(), criterio);
            if (ajeno != null) {
                error(rutaIndicador, ajeno);
                continue;
            }
            if (!campo.getValue().isBoolean()) {
                error(rutaIndicador, "el valor debe ser true (presente) o false (ausente); se encontró "
                        + campo.getValue() + ". Si no hay información, omita el indicador.");
                continue;
            }
            indicadores.put(indicador.get(), campo.getValue().booleanValue());
        }
        return indicadores;
    }

    /** {@code evidencias}: indicator code (or {@value #EVIDENCIA_AUTOEVALUACION}) → the quote behind it. */
    private Evidencias evidencias(Criterio criterio, JsonNode nodo, Ruta ruta) {
        if (nodo == null || nodo.isNull()) {
            return Evidencias.NINGUNA;
        }
        List<String> propios = criterio.indicadores().stream().map(Indicador::codigo).toList();
        List<String> claves = new ArrayList<>(propios);
        claves.add(EVIDENCIA_AUTOEVALUACION);
        if (!nodo.isObject()) {
            error(ruta, "debe ser un objeto {\"CODIGO\": \"cita del texto\"}; las claves posibles en el criterio "
                    + criterio + " son " + String.join(", ", claves));
            return Evidencias.NINGUNA;
        }
        Map<Indicador, String> citas = new LinkedHashMap<>();
        String autoevaluacion = null;
        for (Map.Entry<String, JsonNode> campo : nodo.properties()) {
            Ruta rutaCita = ruta.campo(campo.getKey());
            String clave = campo.getKey();
            Optional<Indicador> indicador = catalogo.indicador(clave);
            if (!clave.equals(EVIDENCIA_AUTOEVALUACION) && indicador.isEmpty()) {
                error(rutaCita, Sugerencia.agregar("clave desconocida; las citas del criterio " + criterio
                        + " se anotan por indicador (" + String.join(", ", propios) + ") o en «"
                        + EVIDENCIA_AUTOEVALUACION + "».", clave, claves));
                continue;
            }
            if (indicador.isPresent() && !indicador.get().criterio().equals(criterio.codigo())) {
                error(rutaCita, "el indicador " + clave + " pertenece al criterio " + indicador.get().criterio()
                        + ", no al " + criterio + ": mueva la cita a criterios." + indicador.get().criterio() + ".evidencias");
                continue;
            }
            if (!campo.getValue().isTextual() || campo.getValue().textValue().isBlank()) {
                error(rutaCita, "la evidencia debe ser la cita del texto, entre comillas; se encontró " + campo.getValue());
                continue;
            }
            if (indicador.isPresent()) {
                citas.put(indicador.get(), campo.getValue().textValue());
            } else {
                autoevaluacion = campo.getValue().textValue();
            }
        }
        return new Evidencias(citas, autoevaluacion);
    }

    private Avance autoevaluacion(JsonNode nodo, Ruta ruta) {
        if (nodo == null) {
            return null;
        }
        if (!nodo.isTextual() || !AUTOEVALUACIONES.contains(nodo.textValue())) {
            String valor = nodo.isTextual() ? nodo.textValue() : nodo.toString();
            error(ruta, Forma.autoevaluacionDesconocida(valor));
            return null;
        }
        return Avance.valueOf(nodo.textValue());
    }

    private List<String> recomendaciones(JsonNode nodo, Ruta ruta) {
        List<String> recomendaciones = new ArrayList<>();
        if (nodo == null) {
            return recomendaciones;
        }
        if (!nodo.isArray()) {
            error(ruta, "debe ser una lista de textos: [\"…\", \"…\"]");
            return recomendaciones;
        }
        for (int i = 0; i < nodo.size(); i++) {
            if (!nodo.get(i).isTextual()) {
                error(ruta.elemento(i), "cada recomendación debe ser un texto entre comillas");
            } else {
                recomendaciones.add(nodo.get(i).textValue());
            }
        }
        return recomendaciones;
    }

    private Set<Instancia> instancias(Criterio criterio, JsonNode nodo, Ruta ruta) {
        Set<Instancia> instancias = new LinkedHashSet<>();
        if (nodo == null) {
            return instancias;
        }
        String noAdmitidas = Forma.instancias(criterio, true, catalogo);
        if (noAdmitidas != null) {
            error(ruta, noAdmitidas);
            return instancias;
        }
        if (!nodo.isArray()) {
            error(ruta, "debe ser una lista, por ejemplo [\"GOBIERNO_REGIONAL\", \"MUNICIPIO\"]");
            return instancias;
        }
        for (int i = 0; i < nodo.size(); i++) {
            JsonNode valor = nodo.get(i);
            String texto = valor.isTextual() ? valor.textValue() : valor.toString();
            if (!valor.isTextual() || !codigosInstancia.contains(texto)) {
                error(ruta.elemento(i), Forma.instanciaDesconocida(texto, catalogo));
            } else {
                instancias.add(catalogo.instancia(texto).orElseThrow());
            }
        }
        return instancias;
    }

    private void camposConocidos(JsonNode objeto, Ruta ruta, List<String> validos) {
        for (String campo : (Iterable<String>) objeto::fieldNames) {
            if (!validos.contains(campo)) {
                error(ruta.campo(campo), Sugerencia.agregar("campo desconocido; los campos válidos aquí son "
                        + String.join(", ", validos) + ".", campo, validos));
            }
        }
    }

    private JsonNode obligatorio(JsonNode objeto, Ruta ruta, String campo) {
        JsonNode nodo = objeto.get(campo);
        if (nodo == null || nodo.isNull()) {
            error(ruta.campo(campo), Forma.faltaCampo(campo));
            return null;
        }
        return nodo;
    }

    /** A string field; null when absent (an error if {@code obligatorio}) or not a string (always an error). */
    private String texto(JsonNode objeto, Ruta ruta, String campo, boolean obligatorio) {
        JsonNode nodo = obligatorio ? obligatorio(objeto, ruta, campo) : objeto.get(campo);
        if (nodo == null || (!obligatorio && nodo.isNull())) {
            return null;
        }
        if (!nodo.isTextual()) {
            error(ruta.campo(campo), "debe ser un texto entre comillas; se encontró " + nodo);
            return null;
        }
        String defecto = obligatorio ? Forma.textoObligatorio(campo, nodo.textValue()) : null;
        if (defecto != null) {
            error(ruta.campo(campo), defecto);
            return null;
        }
        return nodo.textValue();
    }


    /** Adds {@code mensaje} at {@code ruta}; nothing for null (a {@link Forma} check that passed). */
    private void error(Ruta ruta, String mensaje) {
        if (mensaje != null) {
            errores.add(ErrorDeEntrada.en(ruta, mensaje));
        }
    }
}
