package cl.avance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cl.avance.motor.Motor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No Drools or KIE type in any public or protected signature of core: embedders never see one. */
class SinTiposDeKieEnLaApiTest {

    @Test
    void ningunaFirmaPublicaNombraUnTipoDeDroolsOKie() throws Exception {
        Path clases = Path.of(Motor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> nombres;
        try (Stream<Path> archivos = Files.walk(clases)) {
            nombres = archivos.map(p -> clases.relativize(p).toString())
                    .filter(p -> p.endsWith(".class") && !p.contains("$") && p.startsWith("cl/avance/"))
                    .map(p -> p.substring(0, p.length() - 6).replace('/', '.'))
                    .filter(n -> !n.startsWith("cl.avance.internal."))
                    .toList();
        }
        assertTrue(nombres.size() > 50, "core's classes were found: " + nombres.size());
        List<String> expuestos = new ArrayList<>();
        for (String nombre : nombres) {
            Class<?> clase = Class.forName(nombre, false, getClass().getClassLoader());
            revisar(clase, expuestos);
            for (Class<?> anidada : clase.getDeclaredClasses()) {
                revisar(anidada, expuestos);
            }
        }
        assertEquals(List.of(), expuestos);
    }

    private static void revisar(Class<?> clase, List<String> expuestos) {
        if (!Modifier.isPublic(clase.getModifiers())) {
            return;
        }
        mirar(clase.getGenericSuperclass(), clase.getName() + " extends", expuestos);
        for (Type t : clase.getGenericInterfaces()) {
            mirar(t, clase.getName() + " implements", expuestos);
        }
        List<Executable> ejecutables = new ArrayList<>(List.of(clase.getDeclaredConstructors()));
        ejecutables.addAll(List.of(clase.getDeclaredMethods()));
        for (Executable e : ejecutables) {
            if (!(Modifier.isPublic(e.getModifiers()) || Modifier.isProtected(e.getModifiers())) || e.isSynthetic()) {
                continue;
            }
            String donde = clase.getName() + "." + e.getName();
            if (e instanceof Method m) {
                mirar(m.getGenericReturnType(), donde + " devuelve", expuestos);
            }
            for (Type t : e.getGenericParameterTypes()) {
                mirar(t, donde + " recibe", expuestos);
            }
            for (Type t : e.getGenericExceptionTypes()) {
                mirar(t, donde + " lanza", expuestos);
            }
        }
        for (Field f : clase.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
                mirar(f.getGenericType(), clase.getName() + "." + f.getName(), expuestos);
            }
        }
    }

    private static void mirar(Type tipo, String donde, List<String> expuestos) {
        if (tipo instanceof Class<?> c) {
            while (c.isArray()) {
                c = c.getComponentType();
            }
            if (c.getName().startsWith("org.kie.") || c.getName().startsWith("org.drools.")) {
                expuestos.add(donde + " " + c.getName());
            }
        } else if (tipo instanceof ParameterizedType p) {
            mirar(p.getRawType(), donde, expuestos);
            for (Type a : p.getActualTypeArguments()) {
                mirar(a, donde, expuestos);
            }
        } else if (tipo instanceof WildcardType w) {
            for (Type t : w.getUpperBounds()) {
                mirar(t, donde, expuestos);
            }
            for (Type t : w.getLowerBounds()) {
                mirar(t, donde, expuestos);
            }
        }
    }
}
