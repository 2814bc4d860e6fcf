package annotations;

import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;

/** Runtime-visible annotations through reflection, printed as JDK 17 prints them. */
public class RuntimeAnnotations {
    enum Level { LOW, MEDIUM, HIGH }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Marker {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Note {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Primitives {
        boolean z() default true;
        byte b() default 1;
        char c() default 'c';
        short sh() default 2;
        int i() default 3;
        long lng() default 4L;
        float f() default 5.5f;
        double dbl() default 6.25;
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Everything {
        String name();
        Class<?> type() default Object.class;
        Level level() default Level.MEDIUM;
        int[] numbers() default {};
        String[] tags() default {"a", "b"};
        Class<?>[] types() default {};
        Level[] levels() default {Level.LOW};
        Note note() default @Note("default note");
        Note[] notes() default {};
        char[] glyphs() default {'x', '\n', '\''};
        double[] reals() default {1.0, Double.NaN};
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Inherited
    @interface Inheritable {
        int value() default 0;
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface NotInherited {
    }

    @Retention(RetentionPolicy.CLASS)
    @interface InClassFileOnly {
    }

    @interface DefaultRetention {
    }

    @Retention(RetentionPolicy.SOURCE)
    @interface SourceOnly {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @Repeatable(Tags.class)
    @interface Tag {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface Tags {
        Tag[] value();
    }

    @Inheritable(7)
    @NotInherited
    @Marker
    @InClassFileOnly
    @DefaultRetention
    @SourceOnly
    @Everything(name = "base", type = String[].class, level = Level.HIGH, numbers = {1, 2, 3},
            types = {int.class, Level.class, void.class}, levels = {Level.HIGH, Level.LOW},
            note = @Note("nested"), notes = {@Note("n1"), @Note("n2")})
    static class Base {
        @Note("field")
        @Primitives(z = false, b = -1, c = '\u00e9', sh = -2, i = Integer.MIN_VALUE, lng = Long.MAX_VALUE,
                f = Float.POSITIVE_INFINITY, dbl = -0.0)
        public int annotatedField;

        public String plainField;

        @Note("constructor")
        Base(@Note("p0") int a, @Marker @Note("p1") String b, long c) {
        }

        @Marker
        @Tag("one")
        @Tag("two")
        public void tagged(@Marker int x) {
        }

        @Note("overridden")
        public void overridden() {
        }
    }

    @Marker
    static class Derived extends Base {
        Derived() {
            super(0, "", 0);
        }

        @Override
        public void overridden() {
        }
    }

    @Inheritable(9)
    static class Redeclared extends Base {
        Redeclared() {
            super(0, "", 0);
        }
    }

    @Everything(name = "second", type = String[].class, level = Level.HIGH, numbers = {1, 2, 3},
            types = {int.class, Level.class, void.class}, levels = {Level.HIGH, Level.LOW},
            note = @Note("nested"), notes = {@Note("n1"), @Note("n2")})
    @Tag("solo")
    static class Other {
    }

    static void show(String label, Annotation[] annotations) {
        System.out.println(label + ": " + annotations.length);
        for (Annotation a : annotations) {
            System.out.println("  " + a);
        }
    }

    public static void main(String[] args) throws Exception {
        show("Base declared", Base.class.getDeclaredAnnotations());
        show("Derived all", Derived.class.getAnnotations());
        show("Derived declared", Derived.class.getDeclaredAnnotations());
        show("Redeclared all", Redeclared.class.getAnnotations());
        System.out.println("present: " + Base.class.isAnnotationPresent(Marker.class)
                + " " + Base.class.isAnnotationPresent(InClassFileOnly.class)
                + " " + Base.class.isAnnotationPresent(DefaultRetention.class)
                + " " + Base.class.isAnnotationPresent(SourceOnly.class)
                + " " + Derived.class.isAnnotationPresent(NotInherited.class)
                + " " + Derived.class.isAnnotationPresent(Inheritable.class)
                + " " + (Derived.class.getDeclaredAnnotation(Inheritable.class) == null));

        Everything e = Base.class.getAnnotation(Everything.class);
        System.out.println("members: " + e.name() + " " + e.type().getName() + " " + e.level() + " "
                + Arrays.toString(e.numbers()) + " " + Arrays.toString(e.tags()) + " " + Arrays.toString(e.types())
                + " " + Arrays.toString(e.levels()) + " " + e.note().value() + " " + e.notes().length
                + " " + Arrays.toString(e.glyphs()) + " " + Arrays.toString(e.reals()));
        e.numbers()[0] = 99;
        System.out.println("arrays are copies: " + e.numbers()[0]);
        System.out.println("annotationType: " + e.annotationType().getName() + " " + (e instanceof Everything));
        Everything other = Other.class.getAnnotation(Everything.class);
        System.out.println("equals: " + e.equals(other) + " " + e.equals(e) + " " + e.note().equals(other.note())
                + " " + e.note().equals(e.notes()[0]) + " " + e.equals("x"));
        // (enum and Class members hash by identity: only compare those)
        System.out.println("hashCode: " + (e.hashCode() == Base.class.getAnnotation(Everything.class).hashCode())
                + " " + e.note().hashCode() + " " + e.notes()[1].hashCode() + " " + Base.class.getAnnotation(Marker.class).hashCode()
                + " " + Base.class.getAnnotation(Inheritable.class).hashCode());

        Field f = Base.class.getField("annotatedField");
        show("field", f.getDeclaredAnnotations());
        Primitives p = f.getAnnotation(Primitives.class);
        System.out.println("primitives: " + p.z() + " " + p.b() + " " + (int) p.c() + " " + p.sh() + " " + p.i()
                + " " + p.lng() + " " + p.f() + " " + p.dbl() + " hash " + p.hashCode());
        System.out.println("plain field: " + Base.class.getField("plainField").getDeclaredAnnotations().length
                + " " + Base.class.getField("plainField").getAnnotation(Note.class));

        Method tagged = Base.class.getMethod("tagged", int.class);
        show("method", tagged.getDeclaredAnnotations());
        System.out.println("by type: " + Arrays.toString(tagged.getAnnotationsByType(Tag.class))
                + " " + Arrays.toString(Other.class.getAnnotationsByType(Tag.class))
                + " " + tagged.getAnnotation(Tag.class));
        System.out.println("parameters: " + Arrays.deepToString(tagged.getParameterAnnotations()));
        Constructor<?> c = Base.class.getDeclaredConstructor(int.class, String.class, long.class);
        show("constructor", c.getDeclaredAnnotations());
        System.out.println("constructor parameters: " + Arrays.deepToString(c.getParameterAnnotations()));
        for (Parameter parameter : c.getParameters()) {
            System.out.println("  parameter " + Arrays.toString(parameter.getAnnotations())
                    + " " + parameter.isAnnotationPresent(Marker.class));
        }
        System.out.println("overridden: " + Derived.class.getMethod("overridden").getAnnotations().length
                + " " + Base.class.getMethod("overridden").getAnnotation(Note.class));

        Method name = Everything.class.getDeclaredMethod("name");
        Method level = Everything.class.getDeclaredMethod("level");
        Method note = Everything.class.getDeclaredMethod("note");
        System.out.println("defaults: " + name.getDefaultValue() + " " + level.getDefaultValue() + " "
                + note.getDefaultValue() + " " + Arrays.toString((String[]) Everything.class.getDeclaredMethod("tags").getDefaultValue())
                + " " + Base.class.getMethod("tagged", int.class).getDefaultValue());
        System.out.println("meta: " + Tag.class.getAnnotation(Retention.class) + " " + Tag.class.getAnnotation(Target.class)
                + " " + Tag.class.getAnnotation(Repeatable.class) + " " + Inheritable.class.isAnnotationPresent(Inherited.class));
        System.out.println("String annotations: " + String.class.getAnnotations().length);
        System.out.println("same object: " + (Base.class.getAnnotation(Marker.class) == Base.class.getAnnotation(Marker.class)));
    }
}
