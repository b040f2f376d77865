package cl.avance.motor;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL or Java text into tokens, with the line of each, skipping comments and keeping string
 * literals whole: the allow-list reads identifiers, so a recommendation text that says "System" or
 * "while" is text, not code.
 */
final class Lexico {

    enum Tipo { IDENTIFICADOR, NUMERO, TEXTO, SIMBOLO }

    /** One token: its text, kind, line (from 1) and offset of its first character in the whole text. */
    record Token(String texto, Tipo tipo, int linea, int inicio) {
        boolean es(String s) {
            return tipo != Tipo.TEXTO && texto.equals(s);
        }

        boolean esIdentificador() {
            return tipo == Tipo.IDENTIFICADOR;
        }
    }

    /** Longest first: "::" before ":", "->" before "-". */
    private static final List<String> SIMBOLOS = List.of(
            ">>>=", "<<=", ">>=", "...", "->", "::", ":=", "==", "!=", "<=", ">=", "&&", "||", "++", "--",
            "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=");

    private Lexico() {
    }

    static List<Token> tokens(String texto) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int linea = 1;
        int n = texto.length();
        while (i < n) {
            char c = texto.charAt(i);
            if (c == '\n') {
                linea++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (texto.startsWith("//", i)) {
                while (i < n && texto.charAt(i) != '\n') {
                    i++;
                }
            } else if (texto.startsWith("/*", i)) {
                int fin = texto.indexOf("*/", i + 2);
                fin = fin < 0 ? n : fin + 2;
                linea += lineas(texto, i, fin);
                i = fin;
            } else if (texto.startsWith("\"\"\"", i)) {
                int fin = finDeTexto(texto, i + 3, "\"\"\"");
                tokens.add(new Token(texto.substring(i, fin), Tipo.TEXTO, linea, i));
                linea += lineas(texto, i, fin);
                i = fin;
            } else if (c == '"' || c == '\'') {
                int fin = finDeTexto(texto, i + 1, String.valueOf(c));
                tokens.add(new Token(texto.substring(i, fin), Tipo.TEXTO, linea, i));
                linea += lineas(texto, i, fin);
                i = fin;
            } else if (Character.isJavaIdentifierStart(c)) {
                int fin = i + 1;
                while (fin < n && Character.isJavaIdentifierPart(texto.charAt(fin))) {
                    fin++;
                }
                tokens.add(new Token(texto.substring(i, fin), Tipo.IDENTIFICADOR, linea, i));
                i = fin;
            } else if (Character.isDigit(c)) {
                int fin = i + 1;
                while (fin < n && (Character.isLetterOrDigit(texto.charAt(fin)) || texto.charAt(fin) == '_'
                        || texto.charAt(fin) == '.' && fin + 1 < n && Character.isDigit(texto.charAt(fin + 1)))) {
                    fin++;
                }
                tokens.add(new Token(texto.substring(i, fin), Tipo.NUMERO, linea, i));
                i = fin;
            } else {
                String simbolo = String.valueOf(c);
                for (String s : SIMBOLOS) {
                    if (texto.startsWith(s, i)) {
                        simbolo = s;
                        break;
                    }
                }
                tokens.add(new Token(simbolo, Tipo.SIMBOLO, linea, i));
                i += simbolo.length();
            }
        }
        return tokens;
    }

    /** The offset just past the closing quote, honouring backslash escapes; the end of text if unclosed. */
    private static int finDeTexto(String texto, int desde, String cierre) {
        int i = desde;
        while (i < texto.length()) {
            if (texto.charAt(i) == '\\') {
                i += 2;
            } else if (texto.startsWith(cierre, i)) {
                return i + cierre.length();
            } else if (cierre.length() == 1 && texto.charAt(i) == '\n') {
                return i; // an unclosed literal ends at the line's end; the compiler reports it
            } else {
                i++;
            }
        }
        return texto.length();
    }

    private static int lineas(String texto, int desde, int hasta) {
        int n = 0;
        for (int i = desde; i < hasta; i++) {
            if (texto.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
