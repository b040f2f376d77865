package cl.avance.importar;

import java.util.List;
import java.util.stream.Collectors;

/** {@code vocabulario.yaml} has problems; carries all of them. */
public final class VocabularioInvalidoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ProblemaDeVocabulario> problemas;

    /** The vocabulary has {@code problemas}, every one of them. */
    public VocabularioInvalidoException(List<ProblemaDeVocabulario> problemas) {
        super("El vocabulario tiene " + problemas.size() + (problemas.size() == 1 ? " problema" : " problemas") + ":\n"
                + problemas.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problemas = List.copyOf(problemas);
    }

    /** Every problem, in file order. */
    public List<ProblemaDeVocabulario> problemas() {
        return problemas;
    }
}
