package cl.avance.modelo;

import cl.avance.entrada.EntradaInvalidaException;
import cl.avance.entrada.Ruta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Builds an {@link Evaluacion} from codes, as a file writes them ({@link Evaluacion#nueva(Catalogo)}). Nothing
 * is checked until {@link #construir()}, which checks what the reader checks in a file, with the same
 * messages, and reports every defect at once. Not thread-safe; one evaluation per builder.
 */
public final class ConstructorDeEvaluacion {

    private final Catalogo catalogo;
    private String servicio;
    private String sigla;
    private Integer anio;
    private final List<DeUnidad> unidades = new ArrayList<>();

    ConstructorDeEvaluacion(Catalogo catalogo) {
        this.catalogo = catalogo;
    }

    /** The service's name (required, not blank). */
    public ConstructorDeEvaluacion servicio(String servicio) {
        this.servicio = Objects.requireNonNull(servicio, "servicio");
        return this;
    }

    /** The service's acronym (optional). */
    public ConstructorDeEvaluacion sigla(String sigla) {
        this.sigla = Objects.requireNonNull(sigla, "sigla");
        return this;
    }

    /** The year evaluated (required). */
    public ConstructorDeEvaluacion anio(int anio) {
        this.anio = anio;
        return this;
    }

    /** Adds a unit, described by {@code criterios}; units are listed in the order they are added. */
    public ConstructorDeEvaluacion unidad(String id, String nombre, Consumer<DeUnidad> criterios) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nombre, "nombre");
        Objects.requireNonNull(criterios, "criterios");
        DeUnidad unidad = new DeUnidad(id, nombre);
        criterios.accept(unidad);
        unidades.add(unidad);
        return this;
    }

    /** Adds a unit that reports no criterion. */
    public ConstructorDeEvaluacion unidad(String id, String nombre) {
        return unidad(id, nombre, u -> { });
    }

    /**
     * The evaluation.
     *
     * @throws EntradaInvalidaException with every defect, each at the path a file would have it
     *                                  ({@code unidades[0].criterios.1.1.indicadores.X})
     */
    public Evaluacion construir() {
        Ruta raiz = Ruta.raiz();
        Forma.Defectos defectos = new Forma.Defectos()
                .en(raiz.campo("servicio"), Forma.textoObligatorio("servicio", servicio))
                .en(raiz.campo("anio"), anio == null ? Forma.faltaCampo("anio") : Forma.anio(anio))
                .en(raiz.campo("unidades"), Forma.unidades(unidades.size()));
        Map<String, Integer> ids = new HashMap<>();
        List<Unidad> hechas = new ArrayList<>();
        for (int i = 0; i < unidades.size(); i++) {
            Ruta ruta = raiz.campo("unidades").elemento(i);
            DeUnidad unidad = unidades.get(i);
            defectos.en(ruta.campo("id"), Forma.textoObligatorio("id", unidad.id))
                    .en(ruta.campo("nombre"), Forma.textoObligatorio("nombre", unidad.nombre));
            Integer previa = ids.putIfAbsent(unidad.id, i);
            if (previa != null) {
                defectos.en(ruta.campo("id"), Forma.idRepetido(unidad.id, previa));
            }
            Map<Criterio, CriterioInformado> criterios = new LinkedHashMap<>();
            unidad.criterios.forEach((codigo, deCriterio) -> {
                Ruta rutaCriterio = ruta.campo("criterios").campo(codigo);
                Optional<Criterio> criterio = catalogo.criterio(codigo);
                if (criterio.isEmpty()) {
                    defectos.en(rutaCriterio, Forma.criterioDesconocido(codigo, catalogo));
                } else {
                    CriterioInformado hecho = deCriterio.construir(criterio.get(), rutaCriterio, defectos);
                    if (hecho != null) {
                        criterios.put(criterio.get(), hecho);
                    }
                }
            });
            if (!defectos.hay()) {
                hechas.add(new Unidad(unidad.id, unidad.nombre, criterios));
            }
        }
        defectos.lanzar("la evaluación");
        return new Evaluacion(servicio, sigla, anio, hechas);
    }

    /** One unit of the evaluation being built. */
    public final class DeUnidad {
        private final String id;
        private final String nombre;
        private final Map<String, DeCriterio> criterios = new LinkedHashMap<>();

        private DeUnidad(String id, String nombre) {
            this.id = id;
            this.nombre = nombre;
        }

        /**
         * What the unit reports for the criterion with {@code codigo} ("1.1"), described by {@code informe}.
         * Naming a criterion again adds to what was said before.
         */
        public DeUnidad criterio(String codigo, Consumer<DeCriterio> informe) {
            Objects.requireNonNull(codigo, "codigo");
            Objects.requireNonNull(informe, "informe");
            informe.accept(criterios.computeIfAbsent(codigo, c -> new DeCriterio()));
            return this;
        }
    }

    /** What one unit reports for one criterion. */
    public final class DeCriterio {
        /** Indicator code → met, in the order given; a code given with both values is a defect. */
        private final Map<String, Boolean> indicadores = new LinkedHashMap<>();
        private final Set<String> contradichos = new LinkedHashSet<>();
        private Avance autoevaluacion;
        private String desarrollo;
        private final List<String> recomendaciones = new ArrayList<>();
        private String noAplica;
        private final List<String> instancias = new ArrayList<>();

        private DeCriterio() {
        }

        /** The indicators with these codes are met ({@code true} in a file). */
        public DeCriterio cumple(String... codigos) {
            return indicadores(true, codigos);
        }

        /** The indicators with these codes are not met ({@code false} in a file). */
        public DeCriterio noCumple(String... codigos) {
            return indicadores(false, codigos);
        }

        private DeCriterio indicadores(boolean valor, String[] codigos) {
            Objects.requireNonNull(codigos, "codigos");
            for (int i = 0; i < codigos.length; i++) {
                String codigo = Objects.requireNonNull(codigos[i], "codigos[" + i + "]");
                Boolean previo = indicadores.putIfAbsent(codigo, valor);
                if (previo != null && previo != valor) {
                    contradichos.add(codigo);
                }
            }
            return this;
        }

        /** The unit's own grade ({@code autoevaluacion}). */
        public DeCriterio autoevaluacion(Avance grado) {
            this.autoevaluacion = Objects.requireNonNull(grado, "grado");
            return this;
        }

        /** The unit's text on what it achieved ({@code desarrollo}). */
        public DeCriterio desarrollo(String texto) {
            this.desarrollo = Objects.requireNonNull(texto, "texto");
            return this;
        }

        /** Adds one of the unit's own recommendations. */
        public DeCriterio recomendacion(String texto) {
            recomendaciones.add(Objects.requireNonNull(texto, "texto"));
            return this;
        }

        /** The criterion does not apply to the unit, for {@code motivo} ({@code noAplica}; not blank). */
        public DeCriterio noAplica(String motivo) {
            this.noAplica = Objects.requireNonNull(motivo, "motivo");
            return this;
        }

        /** The territorial bodies involved, by code ({@code instancias}; only where the criterion admits them). */
        public DeCriterio instancias(String... codigos) {
            Objects.requireNonNull(codigos, "codigos");
            for (int i = 0; i < codigos.length; i++) {
                instancias.add(Objects.requireNonNull(codigos[i], "codigos[" + i + "]"));
            }
            return this;
        }

        /** The criterion's report, or null after adding its defects to {@code defectos}. */
        private CriterioInformado construir(Criterio criterio, Ruta ruta, Forma.Defectos defectos) {
            Forma.Defectos propios = new Forma.Defectos();
            Map<Indicador, Boolean> valores = new LinkedHashMap<>();
            indicadores.forEach((codigo, valor) -> {
                Ruta rutaIndicador = ruta.campo("indicadores").campo(codigo);
                Optional<Indicador> indicador = catalogo.indicador(codigo);
                if (indicador.isEmpty()) {
                    propios.en(rutaIndicador, Forma.indicadorDesconocido(codigo, criterio, catalogo));
                } else if (contradichos.contains(codigo)) {
                    propios.en(rutaIndicador, "el indicador " + codigo
                            + " se informó como cumplido y como no cumplido: indique uno solo");
                } else {
                    String ajeno = Forma.indicadorDeOtroCriterio(indicador.get(), criterio);
                    propios.en(rutaIndicador, ajeno);
                    if (ajeno == null) {
                        valores.put(indicador.get(), valor);
                    }
                }
            });
            propios.en(ruta.campo("autoevaluacion"), Forma.autoevaluacion(autoevaluacion))
                    .en(ruta.campo("noAplica"), Forma.noAplica(noAplica));
            Set<Instancia> conjunto = new LinkedHashSet<>();
            String noAdmitidas = Forma.instancias(criterio, !instancias.isEmpty(), catalogo);
            propios.en(ruta.campo("instancias"), noAdmitidas);
            if (noAdmitidas == null) {
                for (int i = 0; i < instancias.size(); i++) {
                    Optional<Instancia> instancia = catalogo.instancia(instancias.get(i));
                    if (instancia.isEmpty()) {
                        propios.en(ruta.campo("instancias").elemento(i),
                                Forma.instanciaDesconocida(instancias.get(i), catalogo));
                    } else {
                        conjunto.add(instancia.get());
                    }
                }
            }
            if (propios.hay()) {
                propios.volcarEn(defectos);
                return null;
            }
            return new CriterioInformado(criterio, valores, autoevaluacion, desarrollo, recomendaciones, noAplica,
                    conjunto);
        }
    }
}
