package cl.avance.hechos;

import java.util.Objects;

/** Conclusion: a standard recommendation for a unit's criterion, with a stable code and a Spanish text. */
public final class Recomendacion {
    private final CriterioDeUnidad criterio;
    private final String codigo;
    private final String texto;

    /** A standard recommendation for {@code criterio}, with its stable {@code codigo} and Spanish {@code texto}. */

    public Recomendacion(CriterioDeUnidad criterio, String codigo, String texto) {
        this.criterio = Objects.requireNonNull(criterio, "criterio");
        this.codigo = Objects.requireNonNull(codigo, "codigo");
        this.texto = Objects.requireNonNull(texto, "texto");
    }

    /** The criterion the recommendation is for. */

    public CriterioDeUnidad getCriterio() {
        return criterio;
    }

    /** The stable code ("REC-…"). */

    public String getCodigo() {
        return codigo;
    }

    /** The text, in Spanish. */

    public String getTexto() {
        return texto;
    }

    @Override
    public String toString() {
        return criterio + " " + codigo;
    }
}
