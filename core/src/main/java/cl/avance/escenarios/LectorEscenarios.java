package cl.avance.escenarios;

import cl.avance.entrada.Documento;
import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.ErrorDeEntrada;
import cl.avance.entrada.Formato;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.entrada.Ruta;
import cl.avance.entrada.Ubicacion;
import cl.avance.modelo.Avance;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Evaluacion;
import cl.avance.motor.Metodologia;
import java.nio.charset.StandardCharsets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads scenario files ({@code .yaml}, {@code .yml}, {@code .json}). A file holds a list {@code escenarios};
 * each has {@code nombre}, either {@code unidad} (the criteria of one unit, as in input format v1) or
 * {@code evaluacion} (a whole evaluation), and {@code esperado}. Every error of every file is reported at
 * once, with its path.
 */
public final class LectorEscenarios {

    /** The id and name the single unit of a {@code unidad} scenario gets. */
    public static final String UNIDAD = "unidad";

    private static final Set<String> CAMPOS_ESCENARIO = Set.of("nombre", "unidad", "evaluacion", "esperado");
    private static final Set<String> CAMPOS_ESPERADO = Set.of("avance", "recomendaciones", "discrepancia");
    private static final List<String> AVANCES = Arrays.stream(Avance.values()).map(Avance::name).toList();

    private final LectorEvaluacion lector = LectorEvaluacion.estandar();
    private final Metodologia metodologia;

    /** A reader of scenarios for {@code metodologia}: its catalogue says which criteria and indicators exist. */
    public LectorEscenarios(Metodologia metodologia) {
        this.metodologia = Objects.requireNonNull(metodologia, "metodologia");
    }

    /**
     * Every scenario in {@code ruta}: one file, or every scenario file below a folder, in path order.
     *
     * @throws EntradaInvalidaException with every error of every file; nothing is run from a broken set
     */
    public List<Escenario> leer(Path ruta) throws EntradaInvalidaException {
        Objects.requireNonNull(ruta, "ruta");
        if (!Files.exists(ruta)) {
            throw invalida(ruta.toString(), "no existe: indique un archivo de escenarios (.yaml, .yml o .json) o una carpeta que los contenga");
        }
        List<Path> archivos = new ArrayList<>();
        if (Files.isDirectory(ruta)) {
            try (Stream<Path> rutas = Files.walk(ruta)) {
                rutas.filter(Files::isRegularFile).filter(p -> Formato.porExtension(p).isPresent()).sorted()
                        .forEach(archivos::add);
            } catch (IOException e) {
                throw invalida(ruta.toString(), "no se pudo leer la carpeta");
            }
            if (archivos.isEmpty()) {
                throw invalida(ruta.toString(), "la carpeta no contiene archivos de escenarios (.yaml, .yml o .json)");
            }
        } else {
            archivos.add(ruta);
        }
        Map<String, byte[]> contenidos = new LinkedHashMap<>();
        for (Path archivo : archivos) {
            try {
                contenidos.put(archivo.toString(), Files.readAllBytes(archivo));
            } catch (IOException e) {
                throw invalida(archivo.toString(), "no se pudo leer el archivo");
            }
        }
        return leerTodos(ruta.toString(), contenidos, archivos.size() > 1 || !archivos.get(0).equals(ruta));
    }

    /**
     * The methodology's own scenarios (its {@code escenarios/} folder).
     *
     * @throws EntradaInvalidaException with every error of every file, or when it has no scenario
     */
    public List<Escenario> leerDeLaMetodologia() throws EntradaInvalidaException {
        Map<String, byte[]> contenidos = new LinkedHashMap<>();
        metodologia.escenarios().forEach((ruta, texto) -> {
            if (Formato.porExtension(Path.of(ruta)).isPresent()) {
                contenidos.put(ruta, texto.getBytes(StandardCharsets.UTF_8));
            }
        });
        if (contenidos.isEmpty()) {
            throw invalida(metodologia.origen(), "la metodología no tiene escenarios: agréguelos en su carpeta "
                    + Metodologia.ESCENARIOS);
        }
        return leerTodos(metodologia.origen(), contenidos, true);
    }

    private List<Escenario> leerTodos(String conjunto, Map<String, byte[]> archivos, boolean nombrarArchivo)
            throws EntradaInvalidaException {
        List<Escenario> escenarios = new ArrayList<>();
        List<ErrorDeEntrada> errores = new ArrayList<>();
        for (Map.Entry<String, byte[]> archivo : archivos.entrySet()) {
            try {
                escenarios.addAll(leerArchivo(archivo.getKey(), archivo.getValue()));
            } catch (EntradaInvalidaException e) {
                String prefijo = nombrarArchivo ? archivo.getKey() + ": " : "";
                e.errores().forEach(err -> errores.add(new ErrorDeEntrada(err.ruta(), err.puntero(), prefijo + err.mensaje(),
                        err.linea(), err.columna())));
            }
        }
        if (!errores.isEmpty()) {
            throw new EntradaInvalidaException(conjunto, errores);
        }
        return escenarios;
    }

    private List<Escenario> leerArchivo(String nombre, byte[] bytes) throws EntradaInvalidaException {
        Formato formato = Formato.porExtension(Path.of(nombre))
                .orElseThrow(() -> invalida(nombre, "no se reconoce el formato por la extensión: use .yaml, .yml o .json"));
        Documento documento = lector.leerDocumento(bytes, formato, nombre);
        JsonNode raiz = documento.raiz();
        List<ErrorDeEntrada> errores = new ArrayList<>();
        JsonNode lista = raiz.get("escenarios");
        if (!raiz.isObject() || lista == null || !lista.isArray() || lista.isEmpty()) {
            throw invalida(nombre, "un archivo de escenarios es un objeto con una lista «escenarios» no vacía");
        }
        List<Escenario> escenarios = new ArrayList<>();
        for (int i = 0; i < lista.size(); i++) {
            Ruta ruta = Ruta.raiz().campo("escenarios").elemento(i);
            int antes = errores.size();
            leerEscenario(nombre, lista.get(i), ruta, errores).ifPresent(escenarios::add);
            nombrarEscenario(errores.subList(antes, errores.size()), i, lista.get(i));
        }
        if (!errores.isEmpty()) {
            throw new EntradaInvalidaException(nombre, errores.stream().map(e -> ubicado(e, documento)).toList());
        }
        return escenarios;
    }

    /**
     * Says which scenario each error belongs to, as people count them (from 1) and by its name: a path such as
     * {@code escenarios[0]} counts from 0.
     */
    private static void nombrarEscenario(List<ErrorDeEntrada> errores, int indice, JsonNode nodo) {
        JsonNode nombre = nodo.isObject() ? nodo.get("nombre") : null;
        String cual = "escenario " + (indice + 1) + (nombre != null && nombre.isTextual() && !nombre.textValue().isBlank()
                ? " («" + nombre.textValue() + "»)" : "") + ": ";
        errores.replaceAll(e -> new ErrorDeEntrada(e.ruta(), e.puntero(), cual + e.mensaje(), e.linea(), e.columna()));
    }

    /** The error with the line and column where its place is written in the scenario file. */
    private static ErrorDeEntrada ubicado(ErrorDeEntrada error, Documento documento) {
        if (error.linea() > 0) {
            return error;
        }
        Ubicacion donde = documento.ubicaciones().de(error.puntero());
        return error.en(donde.linea(), donde.columna());
    }

    private Optional<Escenario> leerEscenario(String archivo, JsonNode nodo, Ruta ruta, List<ErrorDeEntrada> errores) {
        int antes = errores.size();
        if (!nodo.isObject()) {
            errores.add(error(ruta, "cada escenario es un objeto con nombre, unidad o evaluacion, y esperado"));
            return Optional.empty();
        }
        nodo.fieldNames().forEachRemaining(campo -> {
            if (!CAMPOS_ESCENARIO.contains(campo)) {
                errores.add(error(ruta.campo(campo), "campo desconocido; los campos de un escenario son nombre, unidad, evaluacion y esperado"));
            }
        });
        JsonNode nombre = nodo.get("nombre");
        if (nombre == null || !nombre.isTextual() || nombre.textValue().isBlank()) {
            errores.add(error(ruta.campo("nombre"), "cada escenario necesita un nombre: una oración que diga qué se prueba"));
        }
        JsonNode unidad = nodo.get("unidad");
        JsonNode completa = nodo.get("evaluacion");
        if ((unidad == null) == (completa == null)) {
            errores.add(error(ruta, "indique «unidad» (los criterios de una unidad) o «evaluacion» (una evaluación completa), uno de los dos"));
            return Optional.empty();
        }
        Evaluacion evaluacion = null;
        try {
            if (unidad != null) {
                ObjectNode documento = JsonNodeFactory.instance.objectNode();
                documento.put("formato", 1).put("servicio", "Escenario").put("anio", metodologia.anios().first());
                ObjectNode u = documento.putArray("unidades").addObject();
                u.put("id", UNIDAD).put("nombre", "Unidad del escenario");
                u.set("criterios", unidad);
                evaluacion = lector.validar(documento, metodologia.catalogo(), archivo);
            } else {
                evaluacion = lector.validar(completa, metodologia.catalogo(), archivo);
            }
        } catch (EntradaInvalidaException e) {
            for (ErrorDeEntrada err : e.errores()) {
                errores.add(unidad != null
                        ? dentro(ruta.campo("unidad"), err, "unidades[0].criterios", "/unidades/0/criterios")
                        : dentro(ruta.campo("evaluacion"), err, "", ""));
            }
        }
        Map<String, Map<Criterio, Expectativa>> esperado = new LinkedHashMap<>();
        List<String> alServicio = null;
        JsonNode nodoEsperado = nodo.get("esperado");
        if (nodoEsperado == null || !nodoEsperado.isObject() || nodoEsperado.isEmpty()) {
            errores.add(error(ruta.campo("esperado"), "indique qué se espera: avance, recomendaciones o discrepancia por criterio"));
        } else if (unidad != null) {
            esperado.put(UNIDAD, criterios(nodoEsperado, ruta.campo("esperado"), errores));
        } else {
            JsonNode unidades = nodoEsperado.get("unidades");
            nodoEsperado.fieldNames().forEachRemaining(campo -> {
                if (!campo.equals("unidades") && !campo.equals("recomendacionesAlServicio")) {
                    errores.add(error(ruta.campo("esperado").campo(campo),
                            "campo desconocido; en una evaluación completa se espera «unidades» y «recomendacionesAlServicio»"));
                }
            });
            if (unidades != null) {
                if (!unidades.isObject()) {
                    errores.add(error(ruta.campo("esperado").campo("unidades"), "debe ser un objeto: id de unidad → criterios"));
                } else {
                    for (Map.Entry<String, JsonNode> e : unidades.properties()) {
                        Ruta rutaUnidad = ruta.campo("esperado").campo("unidades").campo(e.getKey());
                        if (evaluacion != null && evaluacion.unidades().stream().noneMatch(u -> u.id().equals(e.getKey()))) {
                            errores.add(error(rutaUnidad, "la evaluación del escenario no tiene una unidad con ese id"));
                        }
                        esperado.put(e.getKey(), criterios(e.getValue(), rutaUnidad, errores));
                    }
                }
            }
            JsonNode servicio = nodoEsperado.get("recomendacionesAlServicio");
            if (servicio != null) {
                alServicio = codigos(servicio, ruta.campo("esperado").campo("recomendacionesAlServicio"), errores);
            }
        }
        if (errores.size() > antes) {
            return Optional.empty();
        }
        return Optional.of(new Escenario(archivo, nombre.textValue(), evaluacion, esperado, alServicio));
    }

    private Map<Criterio, Expectativa> criterios(JsonNode nodo, Ruta ruta, List<ErrorDeEntrada> errores) {
        Map<Criterio, Expectativa> porCriterio = new LinkedHashMap<>();
        if (!nodo.isObject()) {
            errores.add(error(ruta, "debe ser un objeto: código de criterio → lo esperado"));
            return porCriterio;
        }
        for (Map.Entry<String, JsonNode> e : nodo.properties()) {
            Ruta rutaCriterio = ruta.campo(e.getKey());
            Optional<Criterio> criterio = metodologia.catalogo().criterio(e.getKey());
            if (criterio.isEmpty()) {
                errores.add(error(rutaCriterio, "criterio desconocido; los criterios son "
                        + String.join(", ", metodologia.catalogo().criterios().stream().map(Criterio::codigo).toList())));
                continue;
            }
            JsonNode valor = e.getValue();
            if (!valor.isObject()) {
                errores.add(error(rutaCriterio, "debe ser un objeto con avance, recomendaciones o discrepancia"));
                continue;
            }
            valor.fieldNames().forEachRemaining(campo -> {
                if (!CAMPOS_ESPERADO.contains(campo)) {
                    errores.add(error(rutaCriterio.campo(campo), "campo desconocido; se puede esperar avance, recomendaciones o discrepancia"));
                }
            });
            Avance avance = avance(valor.get("avance"), rutaCriterio.campo("avance"), errores);
            List<String> recomendaciones = valor.has("recomendaciones")
                    ? codigos(valor.get("recomendaciones"), rutaCriterio.campo("recomendaciones"), errores) : null;
            Optional<Optional<Avance>> discrepancia = Optional.empty();
            if (valor.has("discrepancia")) {
                JsonNode d = valor.get("discrepancia");
                if (d.isNull() || (d.isTextual() && d.textValue().equals("ninguna"))) {
                    discrepancia = Optional.of(Optional.empty());
                } else {
                    Avance propio = avance(d, rutaCriterio.campo("discrepancia"), errores);
                    discrepancia = Optional.of(Optional.ofNullable(propio));
                }
            }
            porCriterio.put(criterio.get(), new Expectativa(avance, recomendaciones, discrepancia));
        }
        return porCriterio;
    }

    private static Avance avance(JsonNode nodo, Ruta ruta, List<ErrorDeEntrada> errores) {
        if (nodo == null) {
            return null;
        }
        if (!nodo.isTextual() || !AVANCES.contains(nodo.textValue())) {
            errores.add(error(ruta, "avance desconocido " + nodo + "; use " + String.join(", ", AVANCES)));
            return null;
        }
        return Avance.valueOf(nodo.textValue());
    }

    private static List<String> codigos(JsonNode nodo, Ruta ruta, List<ErrorDeEntrada> errores) {
        List<String> codigos = new ArrayList<>();
        if (!nodo.isArray()) {
            errores.add(error(ruta, "debe ser una lista de códigos, por ejemplo [REC-TERRITORIO_DEFINIDO]; [] si no se espera ninguna"));
            return codigos;
        }
        nodo.forEach(c -> {
            if (c.isTextual()) {
                codigos.add(c.textValue());
            } else {
                errores.add(error(ruta, "cada código de recomendación es un texto"));
            }
        });
        return codigos;
    }

    private static ErrorDeEntrada error(Ruta ruta, String mensaje) {
        return ErrorDeEntrada.en(ruta, mensaje);
    }

    /** An error of the evaluation inside a scenario, placed under {@code donde} instead of {@code quitar}. */
    private static ErrorDeEntrada dentro(Ruta donde, ErrorDeEntrada err, String quitarRuta, String quitarPuntero) {
        String ruta = err.ruta().substring(Math.min(quitarRuta.length(), err.ruta().length()));
        String puntero = err.puntero().substring(Math.min(quitarPuntero.length(), err.puntero().length()));
        String base = donde.ruta();
        String unida = ruta.isEmpty() ? base : ruta.startsWith(".") || ruta.startsWith("[") ? base + ruta : base + "." + ruta;
        return new ErrorDeEntrada(unida, donde.puntero() + puntero, err.mensaje(), err.linea(), err.columna());
    }

    private static EntradaInvalidaException invalida(String nombre, String mensaje) {
        return new EntradaInvalidaException(nombre, List.of(ErrorDeEntrada.delDocumento(mensaje)));
    }
}
