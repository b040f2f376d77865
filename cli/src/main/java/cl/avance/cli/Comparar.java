package cl.avance.cli;

import cl.avance.comparacion.Comparacion;
import cl.avance.comparacion.EntradaNoComparableException;
import cl.avance.entrada.LectorEvaluacion;
import cl.avance.entrada.LimitesDeEntrada;
import cl.avance.motor.Metodologias;
import cl.avance.salida.ComparacionHtml;
import cl.avance.salida.ComparacionJson;
import cl.avance.salida.ComparacionMarkdown;
import cl.avance.salida.ComparacionTexto;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "comparar", sortOptions = false,
        description = {"Muestra qué cambia al calificar con otra metodología: avances, recomendaciones y discrepancias.",
                "Califica cada evaluación con dos metodologías, A (--metodologia) y B (--contra), y lista por unidad"
                + " y criterio lo que cambia: avances que suben o bajan, recomendaciones agregadas y quitadas,"
                + " discrepancias con la autoevaluación que aparecen o desaparecen, con totales. Una metodología sola"
                + " califica cualquier año; en una carpeta con varias, cada evaluación usa la que rige su año.",
                "Una evaluación que alguna de las dos metodologías no acepta (por ejemplo, con un indicador que solo"
                        + " tiene B) no se compara: el mensaje dice cuál la rechaza y por qué."},
        synopsisHeading = "Uso: ", parameterListHeading = "%nArgumentos:%n", optionListHeading = "%nOpciones:%n",
        footerHeading = "%n", footer = {"Ejemplo: avance comparar sence-2007.yaml --contra metodologia-2008",
                "Códigos de salida: 0 comparadas todas (que haya diferencias no es un error), 2 entrada o uso"
                        + " incorrecto, 3 una metodología no es válida."})
final class Comparar implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "ARCHIVO",
            description = "Las evaluaciones: .json, .yaml o .yml (con --lote, un archivo JSON Lines).")
    List<Path> archivos;

    @Option(names = "--contra", required = true, paramLabel = "CARPETA",
            description = "La metodología B, la que se quiere evaluar (o una carpeta con varias: cada evaluación se"
                    + " califica con la que rige su año). A es --metodologia, o la incluida si no se indica.")
    Path contra;

    @Option(names = "--formato", paramLabel = "FORMATO", defaultValue = "texto",
            description = "texto (por defecto), markdown, html o json.")
    FormatoInforme formato;

    @Option(names = "--salida", paramLabel = "ARCHIVO",
            description = "Escribe la comparación en este archivo en vez de la pantalla.")
    Path salida;

    @Option(names = "--lote",
            description = "ARCHIVO es JSON Lines: una evaluación por línea; escribe la comparación de cada línea a medida"
                    + " que avanza (un registro JSON por línea con --formato json, un bloque por línea en texto o markdown)"
                    + " y los totales en la salida de errores (en texto y markdown, también al final de la salida).")
    boolean lote;

    @Mixin
    OpcionesComunes comunes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (lote && (formato == FormatoInforme.html)) {
            throw new UsoIncorrecto("--lote escribe a medida que avanza: use --formato texto, markdown o json");
        }
        if (lote && archivos.size() != 1) {
            throw new UsoIncorrecto("--lote lee un solo archivo JSON Lines; se indicaron " + archivos.size());
        }
        PrintWriter err = spec.commandLine().getErr();
        Lados lados = new Lados(comunes.motores(), motoresContra(), comunes.metodologia, contra, err::println);
        return lote ? lote(lados) : comparar(lados);
    }

    private Motores motoresContra() {
        Motores motores = new Motores(OpcionesComunes.desdeCarpeta(contra));
        motores.compilarTodas();
        return motores;
    }

    private int comparar(Lados lados) {
        LectorEvaluacion lector = LectorEvaluacion.estandar();
        List<Comparacion> comparaciones = new ArrayList<>();
        List<EntradaNoComparableException> rechazadas = new ArrayList<>();
        for (Path archivo : archivos) {
            try {
                comparaciones.add(lados.comparar(lector, archivo));
            } catch (EntradaNoComparableException e) {
                rechazadas.add(e);
            }
        }
        String informe = switch (formato) {
            case texto -> ComparacionTexto.escribir(comparaciones, rechazadas);
            case markdown -> ComparacionMarkdown.escribir(comparaciones, rechazadas);
            case html -> ComparacionHtml.escribir(comparaciones, rechazadas);
            case json -> ComparacionJson.escribir(comparaciones, rechazadas);
        };
        PrintWriter err = spec.commandLine().getErr();
        if (salida == null) {
            spec.commandLine().getOut().print(informe);
            spec.commandLine().getOut().flush();
        } else {
            Archivos.escribir(salida, informe);
            err.println("Comparación (" + formato + ") escrita en " + salida);
        }
        for (EntradaNoComparableException e : rechazadas) {
            err.println(e.getMessage());
        }
        if (!rechazadas.isEmpty()) {
            err.println("avance: " + rechazadas.size() + " de " + archivos.size()
                    + (archivos.size() == 1 ? " archivo no se pudo comparar" : " archivos no se pudieron comparar"));
        }
        err.flush();
        return rechazadas.isEmpty() ? Codigos.BIEN : Codigos.ENTRADA;
    }

    private int lote(Lados lados) throws IOException {
        Path archivo = archivos.get(0);
        if (!Files.isRegularFile(archivo)) {
            throw new UsoIncorrecto("«" + archivo + "»: el archivo no existe");
        }
        ComparacionEnLote proceso = new ComparacionEnLote(lados, LimitesDeEntrada.porDefecto(), formato);
        ComparacionEnLote.Resumen resumen;
        try (InputStream entrada = Files.newInputStream(archivo)) {
            if (salida == null) {
                PrintWriter out = spec.commandLine().getOut();
                resumen = proceso.procesar(entrada, out);
                out.flush();
            } else {
                resumen = Archivos.escribir(salida, w -> proceso.procesar(entrada, w));
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("avance: " + resumen.lineas() + " líneas: " + resumen.totales().evaluaciones() + " comparadas, "
                + resumen.rechazadas() + " no se pudieron comparar. " + ComparacionTexto.totales(resumen.totales()).strip());
        err.flush();
        return resumen.rechazadas() == 0 ? Codigos.BIEN : Codigos.ENTRADA;
    }
}
