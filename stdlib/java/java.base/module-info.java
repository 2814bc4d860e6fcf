/** Cortado's own java.base. Every package is exported (see stdlib/CONTRACT.md). */
module java.base {
    exports java.io;
    exports java.lang;
    exports java.lang.annotation;
    exports java.lang.constant;
    exports java.lang.invoke;
    exports java.lang.ref;
    exports java.lang.reflect;
    exports java.lang.runtime;
    exports java.math;
    exports java.net;
    exports java.nio;
    exports java.nio.charset;
    exports java.nio.file;
    exports java.nio.file.attribute;
    exports java.text;
    exports java.time;
    exports java.time.chrono;
    exports java.time.format;
    exports java.time.temporal;
    exports java.time.zone;
    exports java.util;
    exports java.util.concurrent;
    exports java.util.concurrent.atomic;
    exports java.util.concurrent.locks;
    exports java.util.function;
    exports java.util.jar;
    exports java.util.logging;
    exports java.util.random;
    exports java.util.regex;
    exports java.util.zip;
    exports jdk.internal.io;
    exports jdk.internal.math;
    exports sun.nio.cs;
    exports sun.nio.fs;
}
