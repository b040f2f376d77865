package cl.avance.modelo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a questionnaire asks: its objectives, criteria, indicators and the territorial bodies units may
 * name, each with its stable code and Spanish text, in the methodology's order. Every code a rule may
 * compare with is here. Immutable; codes are unique.
 */
public final class Catalogo {

    private final List<Objetivo> objetivos;
    private final List<Criterio> criterios;
    private final List<Instancia> instancias;
    private final Map<String, Criterio> criterioPorCodigo = new LinkedHashMap<>();
    private final Map<String, Indicador> indicadorPorCodigo = new LinkedHashMap<>();
    private final Map<String, Instancia> instanciaPorCodigo = new LinkedHashMap<>();

    /**
     * @throws IllegalArgumentException when a code repeats, or a criterion names an objective not listed
     */
    public Catalogo(List<Objetivo> objetivos, List<Criterio> criterios, List<Instancia> instancias) {
        Objects.requireNonNull(objetivos, "objetivos");
        Objects.requireNonNull(criterios, "criterios");
        Objects.requireNonNull(instancias, "instancias");
        this.objetivos = List.copyOf(objetivos);
        this.criterios = List.copyOf(criterios);
        this.instancias = List.copyOf(instancias);
        if (this.criterios.isEmpty()) {
            throw new IllegalArgumentException("El catálogo no tiene criterios");
        }
        Set<Integer> numeros = new HashSet<>();
        this.objetivos.forEach(o -> numeros.add(o.numero()));
        for (Criterio criterio : this.criterios) {
            if (!numeros.contains(criterio.objetivo())) {
                throw new IllegalArgumentException("El criterio " + criterio.codigo() + " nombra el objetivo "
                        + criterio.objetivo() + ", que no está en el catálogo");
            }
            if (criterioPorCodigo.put(criterio.codigo(), criterio) != null) {
                throw new IllegalArgumentException("El código de criterio " + criterio.codigo() + " está repetido");
            }
            for (Indicador indicador : criterio.indicadores()) {
                if (indicadorPorCodigo.put(indicador.codigo(), indicador) != null) {
                    throw new IllegalArgumentException("El código de indicador " + indicador.codigo() + " está repetido");
                }
            }
        }
        for (Instancia instancia : this.instancias) {
            if (instanciaPorCodigo.put(instancia.codigo(), instancia) != null) {
                throw new IllegalArgumentException("El código de instancia " + instancia.codigo() + " está repetido");
            }
        }
    }

    /** The objectives, in order. */
    public List<Objetivo> objetivos() {
        return objetivos;
    }

    /** The criteria, in the methodology's order. */
    public List<Criterio> criterios() {
        return criterios;
    }

    /** Every indicator, criterion by criterion, in the methodology's order. */
    public List<Indicador> indicadores() {
        return List.copyOf(indicadorPorCodigo.values());
    }

    /** The territorial bodies units may name in {@code instancias}. */
    public List<Instancia> instancias() {
        return instancias;
    }

    /** The criterion with {@code codigo}, or empty; never null. */
    public Optional<Criterio> criterio(String codigo) {
        Objects.requireNonNull(codigo, "codigo");
        return Optional.ofNullable(criterioPorCodigo.get(codigo));
    }

    /** The indicator with {@code codigo}, whatever its criterion, or empty; never null. */
    public Optional<Indicador> indicador(String codigo) {
        Objects.requireNonNull(codigo, "codigo");
        return Optional.ofNullable(indicadorPorCodigo.get(codigo));
    }

    /** The territorial body with {@code codigo}, or empty; never null. */
    public Optional<Instancia> instancia(String codigo) {
        Objects.requireNonNull(codigo, "codigo");
        return Optional.ofNullable(instanciaPorCodigo.get(codigo));
    }

    /** The criteria that admit {@code instancias}. */
    public List<Criterio> criteriosConInstancias() {
        List<Criterio> con = new ArrayList<>();
        criterios.forEach(c -> {
            if (c.admiteInstancias()) {
                con.add(c);
            }
        });
        return con;
    }

    /** The criterion's objective. */
    public Objetivo objetivo(Criterio criterio) {
        Objects.requireNonNull(criterio, "criterio");
        return objetivos.stream().filter(o -> o.numero() == criterio.objetivo()).findFirst().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Catalogo c && c.objetivos.equals(objetivos) && c.criterios.equals(criterios)
                && c.instancias.equals(instancias);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objetivos, criterios, instancias);
    }
}
