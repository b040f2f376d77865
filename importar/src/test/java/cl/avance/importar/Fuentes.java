package cl.avance.importar;

import cl.avance.motor.Metodologia;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the seed text and its expected answers, and the importer they share. */
final class Fuentes {

    /** The SENCE 2007 questionnaire as it arrived (the tuning text), a copy of the project's seed text. */
    static final Path SEMILLA = buscar("importar/src/test/resources/sence/sence-2007.txt");
    /** Our encoding of it, the expected answers for tuning. */
    static final Path SENCE_ESPERADO = buscar("examples/evaluaciones/sence-2007.yaml");

    static final Importador IMPORTADOR = Importador.con(Metodologia.porDefecto());

    private Fuentes() {
    }

    static String leer(Path archivo) {
        try {
            return Files.readString(archivo, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code relativa} to the repository root, looked up from the module folder the build runs in. */
    private static Path buscar(String relativa) {
        Path aqui = Path.of("").toAbsolutePath();
        for (Path p = aqui; p != null; p = p.getParent()) {
            Path candidato = p.resolve(relativa);
            if (Files.exists(candidato)) {
                return candidato;
            }
        }
        return aqui.resolve(relativa);
    }
}
