package cl.avance.motor;

import cl.avance.hechos.CriterioDeUnidad;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Catalogo;
import cl.avance.modelo.Criterio;
import cl.avance.modelo.Evaluacion;
import cl.avance.modelo.Unidad;
import cl.avance.resultado.OrigenReglas;
import cl.avance.resultado.Resultado;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.kie.api.KieBase;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The assessment engine: a set of rules compiled once. Thread-safe: share one instance; each call to
 * {@link #evaluar} runs in a short-lived session of its own.
 *
 * <pre>{@code
 * Motor motor = Motor.porDefecto();
 * Resultado resultado = motor.evaluar(
 *         LectorEvaluacion.estandar().leer(Path.of("evaluacion.json"), motor.metodologia().catalogo()));
 * }</pre>
 *
 * <p><b>Deadline.</b> An engine has no deadline unless built with {@link #conPlazo(Duration)}: the library
 * cannot know an embedder's budget, and rules that pass the rules-folder allow-list cannot loop in Java
 * (rules that re-fire without end are stopped by a firing limit). Without a deadline the rules run on
 * the calling thread; an interrupt of that thread halts them at the next firing
 * ({@link EvaluacionInterrumpidaException}). The command line applies a default deadline of its own.
 */
public final class Motor implements Evaluador {

    /**
     * Firings allowed per unit before an evaluation is taken to be looping. A unit's normal assessment
     * fires a few dozen rules; a rule that re-activates itself reaches this in milliseconds.
     */
    static final int DISPAROS_POR_UNIDAD = 1_000;

    /** The model classes of the default methodology, prebuilt by the kie-maven-plugin in {@code avance-rules}. */
    static final String MODELO_POR_DEFECTO = "META-INF/kie/cl.avance/avance-rules/drools-model";

    private final Metodologia metodologia;
    private final KieBase base;
    /**
     * Sessions are reused: creating one costs more than grading a small evaluation, and grows with the
     * number of rules. A session goes back to the pool reset, without facts or listeners.
     */
    private final KieSessionsPool sesiones;
    /** Whether the rules came from the compiled-rules cache rather than a build. */
    private final boolean deLaCache;
    /** Per evaluation; null for none. */
    private final Duration plazo;
    /** Told on the calling thread when the deadline passes, before the exception is thrown. */
    private final Consumer<? super PlazoVencidoException> alVencer;
    /** The grades of the states "qué falta" looks at, found through these rules on first need and kept. */
    private final BuscadorDeQueFalta queFalta = new BuscadorDeQueFalta(this);

    private Motor(Metodologia metodologia, KieBase base, boolean deLaCache) {
        this.metodologia = metodologia;
        this.base = base;
        this.deLaCache = deLaCache;
        this.sesiones = ((InternalKnowledgeBase) base).newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.plazo = null;
        this.alVencer = e -> { };
    }

    private Motor(Motor otro, Duration plazo, Consumer<? super PlazoVencidoException> alVencer) {
        this.metodologia = otro.metodologia;
        this.base = otro.base;
        this.sesiones = otro.sesiones;
        this.deLaCache = otro.deLaCache;
        this.plazo = plazo;
        this.alVencer = alVencer;
    }

    /**
     * An engine with the default methodology ({@code cl.avance:avance-rules} on the classpath), loaded from
     * the knowledge base prebuilt at build time. Build one engine and share it.
     *
     * @throws IllegalStateException when the default methodology is not on the classpath
     */
    public static Motor porDefecto() {
        return new Motor(Metodologia.porDefecto(), Compilador.precompilada(MODELO_POR_DEFECTO), false);
    }

    /**
     * An engine with {@code metodologia}'s rules, compiled now, or taken from the {@linkplain
     * CacheDeReglas#estandar() compiled-rules cache} when this methodology (same fingerprint, same Avance)
     * passed before. Rules outside the allow-list ({@link PoliticaDeReglas}) and rules that compile but would
     * silently never match ({@link VerificadorDeSignificado}) are refused along with the compiler's problems.
     *
     * @throws ReglasInvalidasException with every problem found
     * @throws IllegalStateException    when Drools' DRL compiler is not on the class path (a program that depends
     *                                  only on {@code avance-rules}, which leaves it out: docs/huella.md)
     */
    public static Motor con(Metodologia metodologia) {
        return con(metodologia, CacheDeReglas.estandar());
    }

    /**
     * Like {@link #con(Metodologia)}, with {@code cache} instead of the standard one ({@link
     * CacheDeReglas#desactivada()} to compile every time).
     *
     * @throws ReglasInvalidasException with every problem found
     */
    public static Motor con(Metodologia metodologia, CacheDeReglas cache) {
        Objects.requireNonNull(metodologia, "metodologia");
        Objects.requireNonNull(cache, "cache");
        // Only methodologies that passed every check below are ever cached.
        KieBase guardada = cache.cargar(metodologia).orElse(null);
        if (guardada != null) {
            return new Motor(metodologia, guardada, true);
        }
        KieBase base = compilarYVerificar(metodologia);
        // Every check a methodology must pass comes before this line: the cache keeps what reaches it.
        cache.guardar(metodologia);
        return new Motor(metodologia, base, false);
    }

    /**
     * The classic build, which reports problems at the right lines, and the checks beyond compiling. A check
     * added here (completeness, say) is a precondition of caching too.
     */
    private static KieBase compilarYVerificar(Metodologia metodologia) {
        CompiladorDisponible.exigir();
        // Rules that compile but would silently never match are refused too, with the compiler's problems.
        List<ProblemaDeRegla> significado = VerificadorDeSignificado.verificar(metodologia);
        KieBase base;
        try {
            base = Compilador.compilar(metodologia.reglas());
        } catch (ReglasInvalidasException e) {
            throw ReglasInvalidasException.juntas(metodologia.origen(),
                    VerificadorDeSignificado.sinEcos(e.problemas(), significado), significado);
        }
        if (!significado.isEmpty()) {
            throw ReglasInvalidasException.juntas(metodologia.origen(), significado, List.of());
        }
        return base;
    }

    /** For tests that need rules the allow-list refuses (a loop in a consequence); never for users' rules. */
    static Motor conReglasSinRevisar(Metodologia metodologia) {
        return new Motor(metodologia, Compilador.compilarSinPolitica(metodologia.reglas()), false);
    }

    /**
     * This engine's rules, compiled once and shared, with a deadline per evaluation: {@link #evaluar} runs
     * the rules on a worker thread and, when {@code plazo} passes first, halts them, discards the session
     * and throws {@link PlazoVencidoException} naming the last rule that fired. Interrupting the calling
     * thread (for example with {@code Future.cancel(true)}) halts them too
     * ({@link EvaluacionInterrumpidaException}).
     *
     * <p>A Java loop inside one consequence ignores halt and interrupts: control still returns on time,
     * but its worker thread (a daemon) keeps running until the JVM exits. The rules-folder allow-list
     * refuses loops, so rules compiled by {@link #con(Metodologia)} cannot do that; a command-line program ends
     * the JVM ({@code Runtime.halt}) after such a deadline.
     *
     * @param plazo how long one evaluation may take; positive
     * @return an engine sharing this one's compiled rules and session pool
     */
    public Motor conPlazo(Duration plazo) {
        return conPlazo(plazo, e -> { });
    }

    /**
     * Like {@link #conPlazo(Duration)}, telling {@code alVencer} on the calling thread each time the deadline
     * passes, before the exception is thrown: for a program that must end at once whatever the code around
     * the call does with the exception (the command line prints the message and halts the JVM).
     */
    public Motor conPlazo(Duration plazo, Consumer<? super PlazoVencidoException> alVencer) {
        Objects.requireNonNull(plazo, "plazo");
        Objects.requireNonNull(alVencer, "alVencer");
        if (plazo.isNegative() || plazo.isZero()) {
            throw new IllegalArgumentException("El plazo debe ser positivo: " + plazo);
        }
        return new Motor(this, plazo, alVencer);
    }

    /** The deadline per evaluation; empty when there is none (the default). */
    public Optional<Duration> plazo() {
        return Optional.ofNullable(plazo);
    }

    /** The methodology this engine grades with. */
    @Override
    public Metodologia metodologia() {
        return metodologia;
    }

    /** An engine over rules built elsewhere (the compiled-rules cache checks an entry with it before keeping it). */
    static Motor deBase(Metodologia metodologia, KieBase base) {
        return new Motor(metodologia, base, true);
    }

    /** Whether this engine's rules were loaded from the compiled-rules cache. */
    boolean deLaCache() {
        return deLaCache;
    }

    /** The name of every rule in the compiled rules, sorted. */
    public SortedSet<String> nombresDeReglas() {
        SortedSet<String> nombres = new TreeSet<>();
        base.getKiePackages().forEach(p -> p.getRules().forEach(r -> nombres.add(r.getName())));
        return Collections.unmodifiableSortedSet(nombres);
    }

    /**
     * Grades every unit and criterion of {@code evaluacion}. Each criterion below {@code AVANCE_MAYOR} also gets
     * what it lacks to climb ({@link cl.avance.resultado.ResultadoCriterio#queFalta()}), found through these
     * rules: the first evaluations of an engine grade the states they need once more (a few hundred
     * microseconds each, warm), later ones find them known.
     *
     * @return the result: every unit once, in input order, with all four criteria; never null
     * @throws EvaluacionFallidaException when the rules fail (also with {@link StackOverflowError} or
     *                                    {@link OutOfMemoryError}), loop, or leave a criterion without
     *                                    exactly one grade; {@link PlazoVencidoException} past the deadline;
     *                                    {@link EvaluacionInterrumpidaException} when interrupted; nothing
     *                                    partial is returned
     */
    @Override
    public Resultado evaluar(Evaluacion evaluacion) {
        Objects.requireNonNull(evaluacion, "evaluacion");
        return evaluar(evaluacion, regla -> { });
    }

    /**
     * Like {@link #evaluar(Evaluacion)}, telling {@code alDisparar} the name of every rule as it fires
     * (for rule coverage and tracing). The callback runs on the thread that runs the rules: the calling
     * thread, or a worker thread when the engine has a deadline.
     */
    public Resultado evaluar(Evaluacion evaluacion, Consumer<String> alDisparar) {
        Objects.requireNonNull(evaluacion, "evaluacion");
        Objects.requireNonNull(alDisparar, "alDisparar");
        int unidades = evaluacion.unidades().size();
        List<List<CriterioDeUnidad>> hechos = new ArrayList<>(unidades);
        Catalogo catalogo = metodologia.catalogo();
        delCatalogo(evaluacion, catalogo);
        ArmadorDeResultado armador = new ArmadorDeResultado(unidades * catalogo.criterios().size());
        correr(new Registro(armador, alDisparar), unidades, sesion -> {
            for (Unidad unidad : evaluacion.unidades()) {
                hechos.add(insertar(sesion, unidad, catalogo));
            }
        });
        return armador.armar(evaluacion, hechos, new OrigenReglas(metodologia.origen(), metodologia.huella()), catalogo,
                queFalta);
    }

    /**
     * Grades {@code informes} (each alone in a unit of its own; nothing else reported) and returns, for each,
     * every grade a rule gave with the rule's name, without checking that there is exactly one: what
     * {@link TablaDeCalificacion} and "qué falta" read. Fired rules are not reported to any listener.
     *
     * @throws EvaluacionFallidaException when the rules fail or loop
     */
    List<List<ArmadorDeResultado.Calificada>> calificarSinRevisar(List<CriterioInformado> informes) {
        ArmadorDeResultado armador = new ArmadorDeResultado(informes.size());
        List<CriterioDeUnidad> hechos = new ArrayList<>(informes.size());
        correr(new Registro(armador, regla -> { }), informes.size(), sesion -> {
            for (int i = 0; i < informes.size(); i++) {
                CriterioDeUnidad hecho = new CriterioDeUnidad("estado-" + (i + 1), informes.get(i));
                sesion.insert(hecho);
                hechos.add(hecho);
            }
        });
        List<List<ArmadorDeResultado.Calificada>> dadas = new ArrayList<>(hechos.size());
        hechos.forEach(h -> dadas.add(armador.calificaciones(h)));
        return dadas;
    }

    /**
     * One session's life: {@code insertar} puts the facts in and the rules fire, on this thread or under the
     * deadline, until they end or reach {@link #DISPAROS_POR_UNIDAD} per unit. A session that failed, was halted
     * or may still be running goes nowhere: not back to the pool.
     *
     * @throws EvaluacionFallidaException when the rules fail, loop, run out of time or memory
     */
    private void correr(Registro registro, int unidades, Consumer<KieSession> insertar) {
        KieSession sesion = sesiones.newKieSession();
        boolean devolver = false;
        try {
            registro.escuchar(sesion);
            int limite = DISPAROS_POR_UNIDAD * Math.max(1, unidades);
            Callable<Integer> reglasEnAccion = () -> {
                insertar.accept(sesion);
                return sesion.fireAllRules(limite);
            };
            int disparos = plazo == null ? Plazo.sinPlazo(sesion, registro, reglasEnAccion)
                    : Plazo.con(plazo, sesion, registro, reglasEnAccion, alVencer);
            devolver = true;
            if (disparos >= limite) {
                throw new EvaluacionFallidaException("Las reglas se detuvieron tras " + disparos
                        + " disparos sin terminar: alguna regla se vuelve a activar sin fin. La última en dispararse fue «"
                        + registro.ultimaRegla() + "».");
            }
        } catch (EvaluacionFallidaException e) {
            throw e;
        } catch (Exception e) {
            throw new EvaluacionFallidaException(falla(registro, e), e);
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw new EvaluacionFallidaException(agotada(registro, e), e);
        } catch (Error e) {
            throw new EvaluacionFallidaException(falla(registro, e), e);
        } finally {
            if (devolver) {
                registro.dejarDeEscuchar(sesion);
                sesion.dispose();
            }
        }
    }

    /** An evaluation read with another questionnaire would silently lose criteria: refused instead. */
    private static void delCatalogo(Evaluacion evaluacion, Catalogo catalogo) {
        for (Unidad unidad : evaluacion.unidades()) {
            for (Criterio informado : unidad.criterios().keySet()) {
                if (!catalogo.criterio(informado.codigo()).map(informado::equals).orElse(false)) {
                    throw new IllegalArgumentException("La unidad «" + unidad.id() + "» informa el criterio "
                            + informado.codigo() + " de otro catálogo: lea la evaluación con el catálogo de la"
                            + " metodología que la califica");
                }
            }
        }
    }

    private static List<CriterioDeUnidad> insertar(KieSession sesion, Unidad unidad, Catalogo catalogo) {
        List<CriterioDeUnidad> criterios = new ArrayList<>(catalogo.criterios().size());
        for (Criterio criterio : catalogo.criterios()) {
            CriterioDeUnidad hecho = new CriterioDeUnidad(unidad.id(), unidad.criterio(criterio));
            sesion.insert(hecho);
            criterios.add(hecho);
        }
        return criterios;
    }

    private static String agotada(Registro registro, VirtualMachineError e) {
        String que = e instanceof StackOverflowError ? "agotó la pila (¿una recursión sin fin?)"
                : "agotó la memoria";
        return registro.ultimaRegla() == null ? "Las reglas " + que + " al evaluar las condiciones."
                : "La regla «" + registro.ultimaRegla() + "» " + que + ".";
    }

    private static String falla(Registro registro, Throwable e) {
        Throwable raiz = e;
        while (raiz.getCause() != null && raiz.getCause() != raiz) {
            raiz = raiz.getCause();
        }
        String detalle = raiz.getClass().getSimpleName()
                + (raiz.getMessage() == null ? "" : ": " + raiz.getMessage());
        if (registro.ultimaRegla() == null) {
            return "Las reglas fallaron al evaluar las condiciones (" + detalle + ").";
        }
        return "La regla «" + registro.ultimaRegla() + "» falló al ejecutarse (" + detalle + ").";
    }

    @Override
    public String toString() {
        return "Motor[" + metodologia + "]";
    }
}
