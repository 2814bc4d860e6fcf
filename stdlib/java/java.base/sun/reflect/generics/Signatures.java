package sun.reflect.generics;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericDeclaration;
import java.lang.reflect.GenericSignatureFormatError;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;
import sun.reflect.generics.reflectiveObjects.GenericArrayTypeImpl;
import sun.reflect.generics.reflectiveObjects.ParameterizedTypeImpl;
import sun.reflect.generics.reflectiveObjects.TypeVariableImpl;
import sun.reflect.generics.reflectiveObjects.WildcardTypeImpl;

/**
 * Generic signatures (JVMS 4.7.9.1): a parser to a small tree, and its reification to
 * {@link Type} objects with the JDK's rules (sun.reflect.generics.visitor.Reifier and the
 * scopes of sun.reflect.generics.scope): a type variable is looked up in the method, then its
 * class, then the enclosing method or classes.
 */
public final class Signatures {
    private Signatures() {}

    // ---- tree ----

    public abstract static class Node {}

    static final class Base extends Node {
        final char c;

        Base(char c) {
            this.c = c;
        }
    }

    static final class Var extends Node {
        final String name;

        Var(String name) {
            this.name = name;
        }
    }

    static final class Arr extends Node {
        final Node component;

        Arr(Node component) {
            this.component = component;
        }
    }

    static final class Wild extends Node {
        final char kind;
        final Node bound;

        Wild(char kind, Node bound) {
            this.kind = kind;
            this.bound = bound;
        }
    }

    static final class Simple {
        final String name;
        final Node[] args;

        Simple(String name, Node[] args) {
            this.name = name;
            this.args = args;
        }
    }

    static final class ClassSig extends Node {
        final List<Simple> path;

        ClassSig(List<Simple> path) {
            this.path = path;
        }
    }

    static final class Param {
        final String name;
        final Node[] bounds;

        Param(String name, Node[] bounds) {
            this.name = name;
            this.bounds = bounds;
        }
    }

    /** A parsed class or method signature. */
    static final class Parsed {
        Param[] params = new Param[0];
        Node superclass;
        Node[] interfaces = new Node[0];
        Node[] parameters = new Node[0];
        Node result; // null: void
        Node[] exceptions = new Node[0];
    }

    // ---- parser ----

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        GenericSignatureFormatError error(String what) {
            return new GenericSignatureFormatError("Signature Parse error: " + what
                    + "\n\tRemaining input: " + s.substring(Math.min(i, s.length())));
        }

        char current() {
            return i < s.length() ? s.charAt(i) : (char) 0;
        }

        void expect(char c) {
            if (current() != c) {
                throw error("expected " + c);
            }
            i++;
        }

        Param[] typeParams() {
            List<Param> out = new ArrayList<>();
            if (current() != '<') {
                return new Param[0];
            }
            i++;
            while (current() != '>') {
                int start = i;
                while (current() != ':') {
                    if (i >= s.length()) {
                        throw error("expected :");
                    }
                    i++;
                }
                String name = s.substring(start, i);
                List<Node> bounds = new ArrayList<>();
                i++;
                if (current() != ':') {
                    bounds.add(fieldType());
                }
                while (current() == ':') {
                    i++;
                    bounds.add(fieldType());
                }
                out.add(new Param(name, bounds.toArray(new Node[0])));
            }
            i++;
            if (out.isEmpty()) {
                throw error("empty type parameters");
            }
            return out.toArray(new Param[0]);
        }

        Node fieldType() {
            switch (current()) {
                case 'L':
                    return classType();
                case 'T': {
                    i++;
                    int start = i;
                    int end = s.indexOf(';', i);
                    if (end < 0) {
                        throw error("expected ;");
                    }
                    i = end + 1;
                    return new Var(s.substring(start, end));
                }
                case '[':
                    i++;
                    return new Arr(type());
                default:
                    throw error("expected a field type signature");
            }
        }

        Node type() {
            char c = current();
            if ("ZBCSIJFD".indexOf(c) >= 0 && c != 0) {
                i++;
                return new Base(c);
            }
            return fieldType();
        }

        ClassSig classType() {
            expect('L');
            List<Simple> path = new ArrayList<>();
            while (true) {
                int start = i;
                while (current() != '<' && current() != '.' && current() != ';') {
                    if (i >= s.length()) {
                        throw error("expected ;");
                    }
                    i++;
                }
                String name = s.substring(start, i).replace('/', '.');
                Node[] args = new Node[0];
                if (current() == '<') {
                    i++;
                    List<Node> list = new ArrayList<>();
                    while (current() != '>') {
                        char c = current();
                        if (c == '*') {
                            i++;
                            list.add(new Wild('*', null));
                        } else if (c == '+' || c == '-') {
                            i++;
                            list.add(new Wild(c, fieldType()));
                        } else {
                            list.add(fieldType());
                        }
                    }
                    i++;
                    args = list.toArray(new Node[0]);
                }
                path.add(new Simple(name, args));
                if (current() == '.') {
                    i++;
                    continue;
                }
                expect(';');
                return new ClassSig(path);
            }
        }

        void end() {
            if (i != s.length()) {
                throw error("unexpected input");
            }
        }
    }

    static Parsed parseClass(String sig) {
        Parser p = new Parser(sig);
        Parsed out = new Parsed();
        out.params = p.typeParams();
        out.superclass = p.classType();
        List<Node> interfaces = new ArrayList<>();
        while (p.current() == 'L') {
            interfaces.add(p.classType());
        }
        p.end();
        out.interfaces = interfaces.toArray(new Node[0]);
        return out;
    }

    static Parsed parseMethod(String sig) {
        Parser p = new Parser(sig);
        Parsed out = new Parsed();
        out.params = p.typeParams();
        p.expect('(');
        List<Node> parameters = new ArrayList<>();
        while (p.current() != ')') {
            if (p.i >= sig.length()) {
                throw p.error("expected )");
            }
            parameters.add(p.type());
        }
        p.i++;
        out.parameters = parameters.toArray(new Node[0]);
        if (p.current() == 'V') {
            p.i++;
        } else {
            out.result = p.type();
        }
        List<Node> exceptions = new ArrayList<>();
        while (p.current() == '^') {
            p.i++;
            exceptions.add(p.fieldType());
        }
        p.end();
        out.exceptions = exceptions.toArray(new Node[0]);
        return out;
    }

    static Node parseField(String sig) {
        Parser p = new Parser(sig);
        Node n = p.fieldType();
        p.end();
        return n;
    }

    // ---- scopes ----

    /** Where type variables are looked up and classes are loaded from. */
    public abstract static class Scope {
        abstract TypeVariable<?> own(String name);

        abstract Scope enclosing();

        abstract Class<?> context();

        TypeVariable<?> lookup(String name) {
            for (Scope sc = this; sc != null; sc = sc.enclosing()) {
                TypeVariable<?> v = sc.own(name);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }

    private static TypeVariable<?> find(TypeVariable<?>[] vars, String name) {
        for (TypeVariable<?> v : vars) {
            if (v.getName().equals(name)) {
                return v;
            }
        }
        return null;
    }

    static final class ClassScope extends Scope {
        private final Class<?> c;

        ClassScope(Class<?> c) {
            this.c = c;
        }

        TypeVariable<?> own(String name) {
            return find(c.getTypeParameters(), name);
        }

        Scope enclosing() {
            Method m = c.getEnclosingMethod();
            if (m != null) {
                return new ExecutableScope(m);
            }
            Constructor<?> k = c.getEnclosingConstructor();
            if (k != null) {
                return new ExecutableScope(k);
            }
            Class<?> e = c.getEnclosingClass();
            return e == null ? null : new ClassScope(e);
        }

        Class<?> context() {
            return c;
        }
    }

    static final class ExecutableScope extends Scope {
        private final Executable m;

        ExecutableScope(Executable m) {
            this.m = m;
        }

        TypeVariable<?> own(String name) {
            return find(m.getTypeParameters(), name);
        }

        Scope enclosing() {
            return new ClassScope(m.getDeclaringClass());
        }

        Class<?> context() {
            return m.getDeclaringClass();
        }
    }

    // ---- reification ----

    private static Class<?> named(String name, Scope scope) {
        try {
            return Class.forName(name, false, scope.context().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new TypeNotPresentException(name, e);
        }
    }

    private static Class<?> primitive(char c) {
        switch (c) {
            case 'Z': return boolean.class;
            case 'B': return byte.class;
            case 'C': return char.class;
            case 'S': return short.class;
            case 'I': return int.class;
            case 'J': return long.class;
            case 'F': return float.class;
            default: return double.class;
        }
    }

    static Type reify(Node n, Scope scope) {
        if (n instanceof Base) {
            return primitive(((Base) n).c);
        }
        if (n instanceof Var) {
            return scope.lookup(((Var) n).name);
        }
        if (n instanceof Arr) {
            Type component = reify(((Arr) n).component, scope);
            if (component instanceof Class) {
                return ((Class<?>) component).arrayType();
            }
            return GenericArrayTypeImpl.make(component);
        }
        if (n instanceof Wild) {
            Wild w = (Wild) n;
            if (w.kind == '*') {
                return WildcardTypeImpl.make(new Type[0], new Type[0]);
            }
            Type bound = reify(w.bound, scope);
            return w.kind == '+' ? WildcardTypeImpl.make(new Type[] {bound}, new Type[0])
                    : WildcardTypeImpl.make(new Type[0], new Type[] {bound});
        }
        List<Simple> path = ((ClassSig) n).path;
        int k = 0;
        Simple sc = path.get(k);
        StringBuilder name = new StringBuilder(sc.name);
        while (k + 1 < path.size() && sc.args.length == 0) {
            sc = path.get(++k);
            name.append('$').append(sc.name);
        }
        Type[] args = reifyAll(sc.args, scope);
        Class<?> c = named(name.toString(), scope);
        if (args.length == 0 && k + 1 == path.size()) {
            return c;
        }
        Type owner = ParameterizedTypeImpl.make(c, args, null);
        while (k + 1 < path.size()) {
            sc = path.get(++k);
            name.append('$').append(sc.name);
            args = reifyAll(sc.args, scope);
            c = named(name.toString(), scope);
            owner = ParameterizedTypeImpl.make(c, args, owner);
        }
        return owner;
    }

    static Type[] reifyAll(Node[] nodes, Scope scope) {
        Type[] out = new Type[nodes.length];
        for (int j = 0; j < nodes.length; j++) {
            out[j] = reify(nodes[j], scope);
        }
        return out;
    }

    public static Type[] reifyBounds(Node[] nodes, Scope scope) {
        return reifyAll(nodes, scope);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static TypeVariable<?>[] variables(GenericDeclaration decl, Param[] params,
            Scope scope) {
        TypeVariable<?>[] out = new TypeVariable<?>[params.length];
        for (int j = 0; j < params.length; j++) {
            out[j] = TypeVariableImpl.make((GenericDeclaration) decl, params[j].name,
                    params[j].bounds, scope);
        }
        return out;
    }

    // ---- entry points (sig is the Signature attribute, never null here) ----

    public static TypeVariable<?>[] classTypeParameters(Class<?> c, String sig) {
        return variables(c, parseClass(sig).params, new ClassScope(c));
    }

    public static Type classSuperclass(Class<?> c, String sig) {
        return reify(parseClass(sig).superclass, new ClassScope(c));
    }

    public static Type[] classInterfaces(Class<?> c, String sig) {
        return reifyAll(parseClass(sig).interfaces, new ClassScope(c));
    }

    public static TypeVariable<?>[] executableTypeParameters(Executable m, String sig) {
        return variables(m, parseMethod(sig).params, new ExecutableScope(m));
    }

    /** The return type (null for void). */
    public static Type executableResult(Executable m, String sig) {
        Node r = parseMethod(sig).result;
        return r == null ? void.class : reify(r, new ExecutableScope(m));
    }

    public static Type[] executableParameters(Executable m, String sig) {
        return reifyAll(parseMethod(sig).parameters, new ExecutableScope(m));
    }

    public static Type[] executableExceptions(Executable m, String sig) {
        return reifyAll(parseMethod(sig).exceptions, new ExecutableScope(m));
    }

    public static Type fieldType(Class<?> declaring, String sig) {
        return reify(parseField(sig), new ClassScope(declaring));
    }
}
