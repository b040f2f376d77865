package cl.avance.hechos;

import java.util.Objects;

/** Conclusion: a standard recommendation for a unit's criterion, with a stable code and a Spanish text. */
public final class Recomendacion {
    private final CriterioDeUnidad criterio;
    private final String codigo;
    private final String texto;

    public Recomendacion(CriterioDeUnidad criterio, String codigo, String texto) {
        this.criterio = Objects.requireNonNull(criterio, "criterio");
        this.codigo = Objects.requireNonNull(codigo, "codigo");
        this.texto = Objects.requireNonNull(texto, "texto");
    }

    public CriterioDeUnidad getCriterio() {
        return criterio;
    }

    public String getCodigo() {
        return codigo;
    }

    public String getTexto() {
        return texto;
    }

    @Override
    public String toString() {
        return criterio + " " + codigo;
    }
}
