package net;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.concurrent.TimeUnit;

public class Processes {
    static String attempt(java.util.concurrent.Callable<Object> action) {
        try {
            return String.valueOf(action.call());
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        Process echo = new ProcessBuilder("echo", "hello", "world").start();
        System.out.println("echo: " + readAll(echo.getInputStream()).trim() + " exit " + echo.waitFor());
        System.out.println("exitValue " + echo.exitValue() + " alive " + echo.isAlive());

        Process both = new ProcessBuilder("sh", "-c", "echo out; echo err >&2; exit 3").start();
        System.out.println("stdout [" + readAll(both.getInputStream()) + "] stderr [" + readAll(both.getErrorStream()) + "] exit " + both.waitFor());

        ProcessBuilder merged = new ProcessBuilder("sh", "-c", "echo a; echo b >&2; echo c; echo d >&2");
        merged.redirectErrorStream(true);
        Process m = merged.start();
        System.out.println("merged [" + readAll(m.getInputStream()) + "] err [" + readAll(m.getErrorStream()) + "] exit " + m.waitFor());

        Process cat = new ProcessBuilder("cat").start();
        System.out.println("running: " + attempt(cat::exitValue) + " alive " + cat.isAlive());
        System.out.println("waitFor(50ms) " + cat.waitFor(50, TimeUnit.MILLISECONDS));
        try (Writer w = new OutputStreamWriter(cat.getOutputStream(), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 1000; i++) {
                w.write("line " + i + " ünïcödé\n");
            }
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = cat.inputReader(StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        System.out.println("cat: " + lines.size() + " lines, last " + lines.get(lines.size() - 1) + " exit " + cat.waitFor());
        System.out.println("write after close: " + attempt(() -> { cat.getOutputStream().write(1); cat.getOutputStream().flush(); return "ok"; }));

        Process sleeper = new ProcessBuilder("cat").start();
        sleeper.destroy();
        System.out.println("destroyed exit " + sleeper.waitFor());
        Process killed = new ProcessBuilder("cat").start();
        killed.destroyForcibly();
        System.out.println("killed exit " + killed.waitFor() + " waitFor(t) " + killed.waitFor(1, TimeUnit.SECONDS));

        Process exec = Runtime.getRuntime().exec("echo via   exec");
        System.out.println("exec: " + readAll(exec.getInputStream()).trim() + " exit " + exec.waitFor());
        Process envp = Runtime.getRuntime().exec(new String[] {"sh", "-c", "echo \"[$ONLY] [$HOME]\""}, new String[] {"ONLY=this"});
        System.out.println("envp: " + readAll(envp.getInputStream()).trim());

        ProcessBuilder env = new ProcessBuilder("sh", "-c", "echo $GREETING");
        env.environment().put("GREETING", "hi there");
        System.out.println("env: " + readAll(env.start().getInputStream()).trim());
        ProcessBuilder cleared = new ProcessBuilder("sh", "-c", "echo \"[$GREETING]\"");
        cleared.environment().clear();
        System.out.println("cleared: " + readAll(cleared.start().getInputStream()).trim());

        ProcessBuilder dir = new ProcessBuilder("pwd").directory(new File("/"));
        System.out.println("dir: " + readAll(dir.start().getInputStream()).trim() + " " + dir.directory());

        System.out.println(attempt(() -> new ProcessBuilder("no-such-program-cortado").start()));
        System.out.println(attempt(() -> new ProcessBuilder("pwd").directory(new File("/no/such/dir")).start()));
        System.out.println(attempt(() -> new ProcessBuilder().start()));
        System.out.println(attempt(() -> new ProcessBuilder("echo", null).start()));
        System.out.println(attempt(() -> Runtime.getRuntime().exec("")));

        ProcessBuilder redirects = new ProcessBuilder("true");
        System.out.println(redirects.redirectInput() + " " + redirects.redirectOutput() + " " + redirects.redirectError());
        redirects.inheritIO();
        System.out.println(redirects.redirectInput() + " " + redirects.redirectOutput().type() + " " + ProcessBuilder.Redirect.DISCARD.type());
        System.out.println(attempt(() -> new ProcessBuilder("true").redirectInput(ProcessBuilder.Redirect.DISCARD)));
        System.out.println(ProcessBuilder.Redirect.to(new File("x.txt")) + " | " + ProcessBuilder.Redirect.appendTo(new File("y")));

        System.out.println("before inherited child");
        Process inherited = new ProcessBuilder("sh", "-c", "echo from the inherited child").inheritIO().start();
        System.out.println("inherited exit " + inherited.waitFor() + " stream " + inherited.getInputStream().read());
        Process discarded = new ProcessBuilder("echo", "lost").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        System.out.println("discarded exit " + discarded.waitFor() + " stream " + discarded.getInputStream().read());
        System.out.println("done");
    }
}
