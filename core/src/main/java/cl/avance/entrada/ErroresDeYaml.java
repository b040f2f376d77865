package cl.avance.entrada;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Says in Spanish, at the line and column where snakeyaml found it, what a YAML syntax error means. */
final class ErroresDeYaml {

    static final String TABULADOR = "YAML no admite tabuladores para sangrar: use espacios";
    static final String SANGRIA = "la sangría de esta línea no coincide con la de las líneas anteriores del mismo"
            + " nivel: alinee la clave con las de su mismo objeto, usando solo espacios";
    static final String DOS_PUNTOS = "aquí no puede empezar un par «clave: valor»: la sangría de esta línea no"
            + " coincide con la de la línea anterior, o el valor lleva «: » y debe ir entre comillas";

    private ErroresDeYaml() {
    }

    static ErrorDeEntrada sintaxis(MarkedYamlEngineException e) {
        String problema = e.getProblem() == null ? "" : e.getProblem();
        String contexto = e.getContext() == null ? "" : e.getContext();
        String mensaje;
        if (problema.contains("\\t(TAB)")) {
            mensaje = TABULADOR;
        } else if (problema.startsWith("expected <block end>")) {
            mensaje = SANGRIA;
        } else if (problema.startsWith("mapping values are not allowed")) {
            mensaje = DOS_PUNTOS;
        } else if (problema.startsWith("could not find expected ':'")) {
            mensaje = "falta «:» después de una clave, o un texto de varias líneas necesita comillas";
        } else if (problema.contains("end of stream") && contexto.contains("quoted scalar")) {
            mensaje = "el documento termina antes de cerrar unas comillas";
        } else if (problema.startsWith("expected ',' or ']'") || problema.startsWith("expected ',' or '}'")) {
            mensaje = "falta una coma o el cierre «" + (problema.contains("']'") ? ']' : '}')
                    + "» de la lista u objeto que empieza en"
                    + e.getContextMark().map(m -> " la línea " + (m.getLine() + 1)).orElse(" una línea anterior");
        } else if (problema.startsWith("expected '<document start>'")) {
            mensaje = "hay contenido después del final del documento («...»): deje un solo documento por archivo";
        } else if (problema.contains("unknown escape character")) {
            mensaje = "secuencia de escape desconocida entre comillas dobles: para una barra invertida escriba \\\\,"
                    + " o use comillas simples";
        } else if (problema.contains("undefined tag handle")) {
            mensaje = "etiqueta desconocida: Avance lee solo textos, números, true/false, null, listas y objetos;"
                    + " quite la etiqueta";
        } else {
            mensaje = "sintaxis YAML no válida: revise la sangría (solo espacios), los «:» después de cada clave y"
                    + " las comillas";
        }
        Optional<Mark> donde = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
        return ubicado(mensaje, LectorYaml.posicion(donde));
    }

    /** snakeyaml refuses some characters (controls, U+FFFE) before parsing; it gives their index. */
    static ErrorDeEntrada caracter(String texto, ReaderException e) {
        int indice = texto.offsetByCodePoints(0, Math.min(e.getPosition(), texto.codePointCount(0, texto.length())));
        String mensaje = ConstructorDeDocumento.esControlProhibido(e.getCodePoint())
                ? ConstructorDeDocumento.controlProhibido("el documento", e.getCodePoint())
                : "el documento contiene el carácter U+%04X, que YAML no admite: bórrelo".formatted(e.getCodePoint());
        return ubicado(mensaje, Ubicacion.enTexto(texto, indice));
    }

    static ErrorDeEntrada general(YamlEngineException e) {
        String original = String.valueOf(e.getMessage());
        return ErrorDeEntrada.delDocumento(original.contains("code point limit")
                ? "el documento excede el tamaño máximo"
                : "el documento YAML no se pudo leer: revise la sangría (solo espacios), los «:» y las comillas");
    }

    private static ErrorDeEntrada ubicado(String mensaje, long posicion) {
        Ubicacion donde = Ubicacion.desempacar(posicion);
        return ErrorDeEntrada.delDocumento(mensaje).en(donde.linea(), donde.columna());
    }
}
