package net;

import java.util.concurrent.*;
public class ProcessHandles {
    public static void main(String[] args) throws Exception {
        ProcessHandle me = ProcessHandle.current();
        System.out.println((me.pid() > 0) + " " + me.isAlive() + " " + me.parent().isPresent() + " " + me.equals(ProcessHandle.current()) + " " + ProcessHandle.of(me.pid()).isPresent() + " " + me.supportsNormalTermination() + " " + me.toString().equals(String.valueOf(me.pid())));
        try { me.destroy(); } catch (IllegalStateException e) { System.out.println(e); }
        try { me.onExit(); } catch (IllegalStateException e) { System.out.println(e); }
        Process p = new ProcessBuilder("sleep", "0.2").start();
        ProcessHandle h = p.toHandle();
        System.out.println((h.pid() == p.pid()) + " " + h.isAlive() + " " + (h.parent().get().pid() == me.pid()) + " " + (h.compareTo(h) == 0));
        CompletableFuture<Process> done = p.onExit();
        Process same = done.get(5, TimeUnit.SECONDS);
        System.out.println((same == p) + " " + p.exitValue() + " " + h.isAlive() + " " + h.destroy());
        Process q = new ProcessBuilder("sleep", "10").start();
        System.out.println(q.toHandle().destroy() + " " + q.waitFor() + " " + q.isAlive());
        Process r = new ProcessBuilder("true").start();
        System.out.println(r.onExit().thenApply(Process::exitValue).get() + " " + r.toHandle().onExit().get().isAlive());
    }
}
