package cl.avance.motor;

import cl.avance.modelo.Evaluacion;
import cl.avance.resultado.Resultado;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * An engine whose rules can be reloaded while evaluations run, for embedders that let policy staff edit a
 * methodology folder. Each evaluation uses the engine current when it starts, from start to end, so rule sets
 * are never mixed within one evaluation.
 *
 * <p>A methodology is installed only when it compiles, passes the meaning checks of {@code validar}, gives every
 * state of every criterion exactly one grade ({@link TablaDeCalificacion}) and passes its own scenarios
 * ({@code escenarios/}, when it has any). Otherwise the reload is refused with every reason, and the rules in use
 * stay. When reloads overlap, the one started last wins: an older reload that finishes later is not installed.
 *
 * <pre>{@code
 * MotorRecargable motor = MotorRecargable.desdeCarpeta(Path.of("metodologia"));
 * motor.escuchar(new EscuchaDeRecarga() {
 *     public void rechazada(String origen, List<ProblemaDeRegla> motivos) { motivos.forEach(log::warn); }
 * });
 * motor.actual().evaluar(evaluacion);      // from any thread
 * motor.recargar();                         // after the folder changed; throws if the new rules are refused
 * }</pre>
 */
public final class MotorRecargable implements Evaluador {

    /** An installed engine and the number of the reload that installed it (0 for the first). */
    private record Instalado(long generacion, Motor motor) {
    }

    private final Supplier<Metodologia> fuente;
    private final String nombreDeLaFuente;
    private final AtomicLong generaciones = new AtomicLong();
    private final AtomicReference<Instalado> actual;
    private final List<EscuchaDeRecarga> escuchas = new CopyOnWriteArrayList<>();

    /**
     * Compiles and checks the methodology {@code fuente} gives now; {@link #recargar()} asks it again.
     *
     * @throws ReglasInvalidasException when the first methodology is refused, with every reason
     */
    public MotorRecargable(Supplier<Metodologia> fuente) {
        this(fuente, "la fuente de la metodología");
    }

    private MotorRecargable(Supplier<Metodologia> fuente, String nombreDeLaFuente) {
        this.fuente = Objects.requireNonNull(fuente, "fuente");
        this.nombreDeLaFuente = nombreDeLaFuente;
        this.actual = new AtomicReference<>(new Instalado(0, admitir()));
    }

    /** The methodology read from {@code carpeta} now and at each reload. */
    public static MotorRecargable desdeCarpeta(Path carpeta) {
        Objects.requireNonNull(carpeta, "carpeta");
        return new MotorRecargable(() -> Metodologia.desdeCarpeta(carpeta), "la carpeta " + carpeta);
    }

    /**
     * Grades {@code evaluacion} with the engine current when the call starts, from start to end: a reload
     * during it does not mix rule sets.
     */
    @Override
    public Resultado evaluar(Evaluacion evaluacion) {
        return actual().evaluar(Objects.requireNonNull(evaluacion, "evaluacion"));
    }

    /** The methodology of the engine current now. */
    @Override
    public Metodologia metodologia() {
        return actual().metodologia();
    }

    /** The engine to use for the next evaluation; never null. */
    public Motor actual() {
        return actual.get().motor();
    }

    /** Tells {@code escucha} of every later reload, installed or refused. */
    public void escuchar(EscuchaDeRecarga escucha) {
        escuchas.add(Objects.requireNonNull(escucha, "escucha"));
    }

    /** Stops telling {@code escucha}. */
    public void dejarDeEscuchar(EscuchaDeRecarga escucha) {
        escuchas.remove(escucha);
    }

    /**
     * Reads, compiles and checks the methodology again and, if it passes, makes it current, unless a reload
     * started after this one installed its methodology first. Evaluations already running finish with the rules
     * they started with. Listeners hear of the outcome before this returns.
     *
     * @return the engine current now: the new one, or a newer one that a later reload installed first
     * @throws ReglasInvalidasException when the new methodology is refused (every reason, as the listeners get
     *                                  them): the old rules stay in use
     * @throws RuntimeException         what the source threw when the methodology cannot be read (for a folder,
     *                                  {@link IllegalArgumentException}): the old rules stay in use
     */
    public Motor recargar() {
        long generacion = generaciones.incrementAndGet();
        Motor nuevo = admitir();
        Instalado instalado = new Instalado(generacion, nuevo);
        while (true) {
            Instalado previo = actual.get();
            if (previo.generacion() > generacion) {
                return previo.motor();
            }
            if (actual.compareAndSet(previo, instalado)) {
                break;
            }
        }
        for (EscuchaDeRecarga escucha : escuchas) {
            try {
                escucha.recargada(nuevo.metodologia());
            } catch (RuntimeException e) {
                // A listener's failure is its own: the reload happened.
            }
        }
        return nuevo;
    }

    /** The engine for the methodology the source gives now, or the refusal, told to the listeners. */
    private Motor admitir() {
        Metodologia metodologia;
        try {
            metodologia = Objects.requireNonNull(fuente.get(), "la fuente no dio una metodología");
        } catch (ReglasInvalidasException e) {
            throw rechazar(nombreDeLaFuente, e.problemas(), e);
        } catch (RuntimeException e) {
            throw rechazar(nombreDeLaFuente, List.of(new ProblemaDeRegla("", 0, 0, "no se pudo leer la metodología: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), null)), e);
        }
        Motor motor;
        try {
            motor = Motor.con(metodologia);
        } catch (ReglasInvalidasException e) {
            throw rechazar(metodologia.origen(), e.problemas(), e);
        }
        List<ProblemaDeRegla> motivos = Admision.motivosParaRechazar(motor);
        if (!motivos.isEmpty()) {
            throw rechazar(metodologia.origen(), motivos, new ReglasInvalidasException(metodologia.origen(), motivos));
        }
        return motor;
    }

    private <E extends RuntimeException> E rechazar(String origen, List<ProblemaDeRegla> motivos, E excepcion) {
        for (EscuchaDeRecarga escucha : escuchas) {
            try {
                escucha.rechazada(origen, List.copyOf(motivos));
            } catch (RuntimeException e) {
                excepcion.addSuppressed(e);
            }
        }
        return excepcion;
    }

    @Override
    public String toString() {
        return "MotorRecargable[" + actual() + "]";
    }
}
