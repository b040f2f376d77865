package cl.avance.cli;

import cl.avance.importar.Borrador;
import cl.avance.importar.Importador;
import cl.avance.importar.LectorVocabulario;
import cl.avance.importar.ProblemaDeVocabulario;
import cl.avance.importar.VocabularioInvalidoException;
import cl.avance.motor.Metodologia;
import cl.avance.motor.Metodologias;
import cl.avance.motor.ProblemaDeRegla;
import cl.avance.motor.ReglasInvalidasException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "importar", sortOptions = false,
        description = {"Lee el cuestionario tal como llegó (texto exportado o documento de Word .docx) y escribe un"
                + " borrador en formato de entrada v1: las unidades en el orden del documento, el texto de cada criterio,"
                + " «No aplica», y los indicadores y la autoevaluación que el texto respalda, cada uno con la oración que"
                + " lo justifica. Revise el borrador, borre la línea «borrador: true» y califíquelo con avance evaluar.",
                "Las palabras que cuentan como evidencia están en vocabulario.yaml de la metodología."},
        synopsisHeading = "Uso: ", parameterListHeading = "%nArgumentos:%n", optionListHeading = "%nOpciones:%n")
final class Importar implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DOCUMENTO", description = "El cuestionario: .docx, o texto (.txt).")
    Path documento;

    @Option(names = "--salida", paramLabel = "BORRADOR.yaml",
            description = "Escribe el borrador en este archivo en vez de la pantalla.")
    Path salida;

    @Option(names = "--anio", paramLabel = "AÑO",
            description = "El año evaluado, cuando el documento no permite deducirlo (por defecto se deduce del texto).")
    Integer anio;

    @Mixin
    OpcionesComunes comunes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Metodologias metodologias = comunes.metodologias();
        Metodologia metodologia = anio != null ? metodologias.para(anio) : metodologias.todas().get(0);
        Borrador borrador = importador(metodologia).importar(documento, anio);
        if (anio == null && metodologias.todas().size() > 1 && metodologias.para(borrador.anio()) != metodologia) {
            // The year came from the document: read it again with the methodology that governs that year.
            borrador = importador(metodologias.para(borrador.anio())).importar(documento, borrador.anio());
        }
        String yaml = borrador.yaml();
        if (salida == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            Archivos.escribir(salida, yaml);
            long indicadores = borrador.unidades().stream().flatMap(u -> u.criterios().stream())
                    .mapToLong(c -> c.indicadores().size()).sum();
            spec.commandLine().getErr().println("Borrador escrito en " + salida + ": " + borrador.unidades().size()
                    + " unidades, " + indicadores + " indicadores sugeridos, cada uno con su cita. Revíselo antes de"
                    + " calificarlo: mientras tenga «borrador: true», las calificaciones son provisionales.");
        }
        return Codigos.BIEN;
    }

    private static Importador importador(Metodologia metodologia) {
        try {
            return Importador.con(metodologia);
        } catch (VocabularioInvalidoException e) {
            throw comoProblemasDeMetodologia(metodologia, e.problemas());
        }
    }

    /** Vocabulary problems as methodology problems: same report, same exit code as a broken rule file. */
    static ReglasInvalidasException comoProblemasDeMetodologia(Metodologia metodologia, List<ProblemaDeVocabulario> problemas) {
        return new ReglasInvalidasException(metodologia.origen(), problemas.stream().map(Importar::problema).toList());
    }

    static ProblemaDeRegla problema(ProblemaDeVocabulario p) {
        return new ProblemaDeRegla(LectorVocabulario.ARCHIVO, p.linea(), 0,
                (p.ruta().isEmpty() ? "" : p.ruta() + ": ") + p.mensaje(), null);
    }
}
