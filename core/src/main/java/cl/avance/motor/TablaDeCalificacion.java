package cl.avance.motor;

import cl.avance.modelo.Criterio;
import cl.avance.modelo.CriterioInformado;
import cl.avance.modelo.EstadoIndicador;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every state each criterion of a methodology can be reported in, with every grade its rules give it, found
 * through the engine itself: each indicator met, reported absent or not reported (3<sup>n</sup> states for n
 * indicators, the one with nothing reported being "sin información"), plus text on what was achieved with no
 * indicator, and "no aplica". Each state is graded alone, in a unit of its own with nothing else reported.
 *
 * <p>{@link #problemas()} is the completeness check of {@code validar} and of a reload: every state must get
 * exactly one grade. {@link #avisos()} says where the check cannot be trusted: a grade rule that looks at other
 * facts than the criterion it grades, or a criterion with more than {@value #MAX_INDICADORES} indicators (not
 * enumerated).
 *
 * <pre>{@code
 * TablaDeCalificacion tabla = TablaDeCalificacion.de(Motor.con(metodologia));
 * tabla.problemas().forEach(System.out::println);   // "criterio_1_3.drl:20: 1.3 con …: ninguna regla le da un avance"
 * }</pre>
 */
public final class TablaDeCalificacion {

    /** Criteria with more indicators than this are not enumerated (3<sup>n</sup> states; 8 gives 6,561). */
    public static final int MAX_INDICADORES = 8;
    /** States listed per criterion; the rest are counted. */
    static final int ESTADOS_POR_CRITERIO = 5;

    private final Metodologia metodologia;
    private final ReglasQueCalifican reglas;
    /** Criterion → state → every grade given, in enumeration order. */
    private final Map<Criterio, Map<EstadoDeCriterio, List<ArmadorDeResultado.Calificada>>> porCriterio = new LinkedHashMap<>();
    /** State → why the rules failed on it, when they did. */
    private final Map<EstadoDeCriterio, String> fallas = new LinkedHashMap<>();
    private final List<ProblemaDeRegla> avisos = new ArrayList<>();

    private TablaDeCalificacion(Motor motor) {
        this.metodologia = motor.metodologia();
        this.reglas = ReglasQueCalifican.de(metodologia);
        avisos.addAll(reglas.avisos());
        for (Criterio criterio : metodologia.catalogo().criterios()) {
            if (criterio.indicadores().size() > MAX_INDICADORES) {
                avisos.add(new ProblemaDeRegla(Metodologia.DESCRIPCION, 0, 0, "el criterio " + criterio.codigo() + " tiene "
                        + criterio.indicadores().size() + " indicadores: son demasiados estados para revisarlos uno por uno"
                        + " (el máximo es " + MAX_INDICADORES + " indicadores por criterio), así que no se revisó que cada"
                        + " estado reciba un solo avance", null));
                continue;
            }
            porCriterio.put(criterio, calificar(motor, estados(criterio)));
        }
    }

    /**
     * Grades every state of every criterion of {@code motor}'s methodology. Costs one run of the rules over
     * some hundreds of one-criterion units for the default methodology.
     */
    public static TablaDeCalificacion de(Motor motor) {
        return new TablaDeCalificacion(Objects.requireNonNull(motor, "motor"));
    }

    /** Every state of {@code criterio}, in a fixed order: the 3<sup>n</sup> combinations, then text only, then no aplica. */
    static List<EstadoDeCriterio> estados(Criterio criterio) {
        int n = criterio.indicadores().size();
        EstadoIndicador[] valores = EstadoIndicador.values();
        int total = 1;
        for (int i = 0; i < n; i++) {
            total *= valores.length;
        }
        List<EstadoDeCriterio> estados = new ArrayList<>(total + 2);
        for (int k = 0; k < total; k++) {
            List<EstadoIndicador> combinacion = new ArrayList<>(n);
            int resto = k;
            for (int i = n - 1; i >= 0; i--) {
                combinacion.add(0, valores[resto % valores.length]);
                resto /= valores.length;
            }
            estados.add(new EstadoDeCriterio(criterio, combinacion, false, false, Set.of()));
        }
        List<EstadoIndicador> nada = Collections.nCopies(n, EstadoIndicador.SIN_INFORMACION);
        estados.add(new EstadoDeCriterio(criterio, nada, true, false, Set.of()));
        estados.add(new EstadoDeCriterio(criterio, nada, false, true, Set.of()));
        return estados;
    }

    private Map<EstadoDeCriterio, List<ArmadorDeResultado.Calificada>> calificar(Motor motor, List<EstadoDeCriterio> estados) {
        Map<EstadoDeCriterio, List<ArmadorDeResultado.Calificada>> tabla = new LinkedHashMap<>();
        List<CriterioInformado> informes = new ArrayList<>(estados.size());
        estados.forEach(e -> informes.add(e.comoInforme()));
        try {
            List<List<ArmadorDeResultado.Calificada>> dadas = motor.calificarSinRevisar(informes);
            for (int i = 0; i < estados.size(); i++) {
                tabla.put(estados.get(i), List.copyOf(dadas.get(i)));
            }
        } catch (EvaluacionFallidaException todos) {
            // Find the states the rules fail on, one by one.
            for (int i = 0; i < estados.size(); i++) {
                try {
                    tabla.put(estados.get(i), List.copyOf(motor.calificarSinRevisar(List.of(informes.get(i))).get(0)));
                } catch (EvaluacionFallidaException e) {
                    tabla.put(estados.get(i), List.of());
                    fallas.put(estados.get(i), e.getMessage());
                }
            }
        }
        return tabla;
    }

    /**
     * Every state of {@code criterio} with every grade the rules gave it, each with the rule's name; empty when
     * the criterion was not enumerated. For tests and tools in this package.
     */
    Map<EstadoDeCriterio, List<ArmadorDeResultado.Calificada>> de(Criterio criterio) {
        return Collections.unmodifiableMap(porCriterio.getOrDefault(criterio, Map.of()));
    }

    /** How many states were graded, over all criteria. */
    public int estadosRevisados() {
        return porCriterio.values().stream().mapToInt(Map::size).sum();
    }

    /** Whether every enumerated state got exactly one grade: {@link #problemas()} is empty. */
    public boolean completa() {
        return problemas().isEmpty();
    }

    /**
     * The completeness problems: each state that gets no grade, two different grades, or makes the rules fail,
     * named in words, at the file and line of the rules concerned; at most {@value #ESTADOS_POR_CRITERIO} states
     * per criterion, then how many more. Empty when the methodology is complete.
     */
    public List<ProblemaDeRegla> problemas() {
        List<ProblemaDeRegla> problemas = new ArrayList<>();
        porCriterio.forEach((criterio, tabla) -> {
            int total = 0;
            ProblemaDeRegla ultimo = null;
            Set<String> pistas = new java.util.HashSet<>();
            for (Map.Entry<EstadoDeCriterio, List<ArmadorDeResultado.Calificada>> e : tabla.entrySet()) {
                ProblemaDeRegla problema = problema(criterio, e.getKey(), e.getValue());
                if (problema == null) {
                    continue;
                }
                if (problema.pista() != null && !pistas.add(problema.pista())) {
                    // The same hint once per criterion is enough.
                    problema = new ProblemaDeRegla(problema.archivo(), problema.linea(), problema.columna(),
                            problema.mensaje(), null);
                }
                total++;
                if (total <= ESTADOS_POR_CRITERIO) {
                    problemas.add(problema);
                    ultimo = problema;
                }
            }
            if (total > ESTADOS_POR_CRITERIO) {
                int mas = total - ESTADOS_POR_CRITERIO;
                problemas.add(new ProblemaDeRegla(ultimo.archivo(), ultimo.linea(), 0, criterio.codigo() + ": y " + mas
                        + (mas == 1 ? " estado más" : " estados más") + " sin un único avance (de " + tabla.size()
                        + " estados revisados)", null));
            }
        });
        return problemas;
    }

    /**
     * Where {@link #problemas()} cannot be trusted: grade rules that read other facts than the criterion they
     * grade, and criteria with too many indicators to enumerate. Warnings: the methodology may still be right.
     */
    public List<ProblemaDeRegla> avisos() {
        return Collections.unmodifiableList(avisos);
    }

    private ProblemaDeRegla problema(Criterio criterio, EstadoDeCriterio estado, List<ArmadorDeResultado.Calificada> dadas) {
        String falla = fallas.get(estado);
        if (falla != null) {
            ReglasQueCalifican.Regla primera = primera(criterio);
            return new ProblemaDeRegla(primera == null ? Metodologia.DESCRIPCION : primera.archivo(),
                    primera == null ? 0 : primera.linea(), 0, estado.enPalabras() + ": las reglas fallan al calificarlo: "
                    + falla, null);
        }
        if (dadas.isEmpty()) {
            ReglasQueCalifican.Regla primera = primera(criterio);
            return new ProblemaDeRegla(primera == null ? Metodologia.DESCRIPCION : primera.archivo(),
                    primera == null ? 0 : primera.linea(), 0, estado.enPalabras() + ": ninguna regla le da un avance",
                    primera == null ? "ninguna regla califica el criterio " + criterio.codigo()
                            + ": agregue reglas que inserten new Calificacion( $criterio, Avance.… ) para cada caso"
                            : "cada estado debe recibir exactamente un avance: revise las condiciones de las reglas que"
                            + " califican " + criterio.codigo());
        }
        long distintos = dadas.stream().map(ArmadorDeResultado.Calificada::avance).distinct().count();
        if (distintos == 1) {
            return null;
        }
        List<ArmadorDeResultado.Calificada> orden = new ArrayList<>(dadas);
        orden.sort(Comparator.comparing(ArmadorDeResultado.Calificada::avance).thenComparing(ArmadorDeResultado.Calificada::regla));
        List<String> partes = new ArrayList<>(orden.size());
        orden.forEach(c -> partes.add("«" + c.regla() + "» da " + c.avance().name()));
        String cuantas = switch (orden.size()) {
            case 2 -> "dos reglas";
            case 3 -> "tres reglas";
            default -> orden.size() + " reglas";
        };
        ReglasQueCalifican.Regla primera = reglas.porNombre().get(orden.get(0).regla());
        return new ProblemaDeRegla(primera == null ? Metodologia.DESCRIPCION : primera.archivo(),
                primera == null ? 0 : primera.linea(), 0, estado.enPalabras() + ": " + cuantas
                + " le dan avances distintos: " + String.join(", ", partes.subList(0, partes.size() - 1)) + " y "
                + partes.get(partes.size() - 1),
                "acote sus condiciones para que en este estado solo una de ellas se cumpla");
    }

    private ReglasQueCalifican.Regla primera(Criterio criterio) {
        List<ReglasQueCalifican.Regla> suyas = reglas.de(criterio.codigo());
        return suyas.isEmpty() ? null : suyas.get(0);
    }

    @Override
    public String toString() {
        return "TablaDeCalificacion[" + metodologia.origen() + ", " + estadosRevisados() + " estados]";
    }
}
