package cl.avance.motor;

import cl.avance.modelo.Avance;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.Indicador;
import cl.avance.resultado.QueFalta;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Works out "qué falta para subir" through the engine's own rules: for a criterion below {@code AVANCE_MAYOR},
 * the grade of every state reachable by meeting some of the indicators not met today (at most 2<sup>k</sup>
 * states for k such indicators), read from a table of grades kept for the engine's life. Only the states some
 * evaluation needed are ever graded; they are graded once, all the missing ones of an evaluation in a single run
 * of the rules. States are kept as the rules see them ({@link EstadoDeCriterio#comoLoVenLasReglas()}), so a
 * criterion of n indicators has at most 2<sup>n</sup> of them per set of territorial bodies. Thread-safe.
 *
 * <p>A state the rules give no grade or two different grades is taken as not reaching any level (the
 * completeness check of {@code validar} reports it). When the rules fail on the hypothetical states, or a
 * criterion has more than {@value #MAX_FALTANTES} indicators not met, nothing is said ({@link QueFalta#NADA}):
 * the evaluation itself is not affected.
 */
final class BuscadorDeQueFalta {

    /** A criterion as reported and the grade the rules gave it. */
    record Pedido(CriterioInformado informado, Avance avance) {
    }

    /** Indicators not met beyond which the 2<sup>k</sup> states are not enumerated. */
    static final int MAX_FALTANTES = 10;
    /** States kept; past this, new states are graded for the evaluation that needs them and not kept. */
    private static final int MAX_GUARDADOS = 100_000;

    private final Motor motor;
    /** State → its one grade, or empty when the rules give it none or several. */
    private final Map<EstadoDeCriterio, Optional<Avance>> avances = new ConcurrentHashMap<>();

    BuscadorDeQueFalta(Motor motor) {
        this.motor = motor;
    }

    /** Whether a criterion at {@code avance} has a level to climb. */
    static boolean puedeSubir(Avance avance) {
        return avance == Avance.SIN_AVANCE || avance == Avance.AVANCE_MENOR;
    }

    /**
     * Grades, in one run of the rules, every state the {@code pedidos} need that is not known yet.
     *
     * @return what to ask for each criterion of these pedidos
     */
    Consulta preparar(List<Pedido> pedidos) {
        Set<EstadoDeCriterio> nuevos = new LinkedHashSet<>();
        for (Pedido pedido : pedidos) {
            if (!puedeSubir(pedido.avance())) {
                continue;
            }
            EstadoDeCriterio base = EstadoDeCriterio.de(pedido.informado()).comoLoVenLasReglas();
            List<Integer> faltan = base.noCumplidos();
            if (faltan.size() > MAX_FALTANTES) {
                continue;
            }
            // The unit's own state (no indicator added) is not graded again: it has the grade it got.
            for (int mascara = 1; mascara < (1 << faltan.size()); mascara++) {
                EstadoDeCriterio estado = base.conCumplidos(faltan, mascara);
                if (!avances.containsKey(estado)) {
                    nuevos.add(estado);
                }
            }
        }
        Map<EstadoDeCriterio, Optional<Avance>> deEsta = new HashMap<>();
        boolean fallo = false;
        if (!nuevos.isEmpty()) {
            List<EstadoDeCriterio> lista = new ArrayList<>(nuevos);
            List<CriterioInformado> informes = new ArrayList<>(lista.size());
            lista.forEach(e -> informes.add(e.comoInforme()));
            try {
                List<List<ArmadorDeResultado.Calificada>> dadas = motor.calificarSinRevisar(informes);
                for (int i = 0; i < lista.size(); i++) {
                    Optional<Avance> unico = unico(dadas.get(i));
                    if (avances.size() < MAX_GUARDADOS) {
                        avances.putIfAbsent(lista.get(i), unico);
                    }
                    deEsta.put(lista.get(i), unico);
                }
            } catch (EvaluacionFallidaException e) {
                // The grade the unit got stands; what it lacks cannot be told from rules that fail on these states.
                fallo = true;
            }
        }
        return new Consulta(deEsta, fallo);
    }

    /** The one grade among {@code dadas}, or empty when there is none or they differ. */
    static Optional<Avance> unico(List<ArmadorDeResultado.Calificada> dadas) {
        if (dadas.isEmpty()) {
            return Optional.empty();
        }
        Avance primero = dadas.get(0).avance();
        return dadas.stream().allMatch(d -> d.avance() == primero) ? Optional.of(primero) : Optional.empty();
    }

    /** The answers for one evaluation, once {@link #preparar} graded what it needed. */
    final class Consulta {
        private final Map<EstadoDeCriterio, Optional<Avance>> deEsta;
        private final boolean fallo;

        private Consulta(Map<EstadoDeCriterio, Optional<Avance>> deEsta, boolean fallo) {
            this.deEsta = deEsta;
            this.fallo = fallo;
        }

        /** What {@code informado}, graded {@code avance}, lacks to climb; {@link QueFalta#NADA} if it cannot climb. */
        QueFalta para(CriterioInformado informado, Avance avance) {
            if (!puedeSubir(avance) || fallo) {
                return QueFalta.NADA;
            }
            EstadoDeCriterio base = EstadoDeCriterio.de(informado).comoLoVenLasReglas();
            List<Integer> faltan = base.noCumplidos();
            if (faltan.size() > MAX_FALTANTES) {
                return QueFalta.NADA;
            }
            Avance siguiente = avance == Avance.SIN_AVANCE ? Avance.AVANCE_MENOR : Avance.AVANCE_MAYOR;
            QueFalta.Meta paraSiguiente = new QueFalta.Meta(siguiente, minimos(base, faltan, siguiente));
            QueFalta.Meta paraMayor = siguiente == Avance.AVANCE_MAYOR ? paraSiguiente
                    : new QueFalta.Meta(Avance.AVANCE_MAYOR, minimos(base, faltan, Avance.AVANCE_MAYOR));
            return new QueFalta(Optional.of(paraSiguiente), Optional.of(paraMayor));
        }

        private Optional<Avance> avance(EstadoDeCriterio estado) {
            Optional<Avance> guardado = avances.get(estado);
            return guardado != null ? guardado : deEsta.getOrDefault(estado, Optional.empty());
        }

        /**
         * The smallest sets of indicators at {@code faltan} that, met, give at least {@code meta}: by size, then
         * in the methodology's order. A set is kept only when no set kept before (smaller or equal in size) is
         * inside it, so none has a proper subset that also works.
         */
        private List<List<Indicador>> minimos(EstadoDeCriterio base, List<Integer> faltan, Avance meta) {
            List<Integer> mascaras = new ArrayList<>(1 << faltan.size());
            // The empty set never raises the grade: the unit is below the level now.
            for (int m = 1; m < (1 << faltan.size()); m++) {
                mascaras.add(m);
            }
            mascaras.sort(Comparator.comparingInt(Integer::bitCount).thenComparing(BuscadorDeQueFalta::ordenMetodologia));
            List<Integer> halladas = new ArrayList<>();
            List<List<Indicador>> opciones = new ArrayList<>();
            for (int m : mascaras) {
                if (halladas.stream().anyMatch(h -> (h & m) == h)) {
                    continue;
                }
                Optional<Avance> da = avance(base.conCumplidos(faltan, m));
                if (da.isPresent() && da.get().enEscala() && da.get().compareTo(meta) >= 0) {
                    halladas.add(m);
                    List<Indicador> opcion = new ArrayList<>(Integer.bitCount(m));
                    for (int j = 0; j < faltan.size(); j++) {
                        if ((m & (1 << j)) != 0) {
                            opcion.add(base.criterio().indicadores().get(faltan.get(j)));
                        }
                    }
                    opciones.add(opcion);
                }
            }
            return opciones;
        }
    }

    /**
     * Orders masks of one size as their sets of positions in the methodology's order: lower bits are earlier
     * indicators, so the set whose first differing element comes earlier goes first.
     */
    private static int ordenMetodologia(Integer a, Integer b) {
        int x = a;
        int y = b;
        while (x != 0 || y != 0) {
            int bx = Integer.numberOfTrailingZeros(x);
            int by = Integer.numberOfTrailingZeros(y);
            if (bx != by) {
                return Integer.compare(bx, by);
            }
            x &= x - 1;
            y &= y - 1;
        }
        return 0;
    }
}
