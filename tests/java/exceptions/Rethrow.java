package exceptions;

import java.io.IOException;

public class Rethrow {
    static void mayThrow(int kind) throws IOException {
        switch (kind) {
            case 0: return;
            case 1: throw new IOException("io problem");
            case 2: throw new IllegalStateException("state problem");
            default: throw new Error("fatal " + kind);
        }
    }

    // precise rethrow: catch Exception but only declare IOException
    static void precise(int kind) throws IOException {
        try {
            mayThrow(kind);
        } catch (Exception e) {
            System.out.println("  logging " + e.getClass().getSimpleName());
            throw e;
        }
    }

    static void wrapAndRethrow(int kind) {
        try {
            precise(kind);
        } catch (IOException | IllegalStateException e) {
            throw new RuntimeException("wrapped: " + e.getMessage(), e);
        }
    }

    public static void main(String[] args) {
        for (int kind = 0; kind <= 3; kind++) {
            System.out.println("kind " + kind);
            try {
                wrapAndRethrow(kind);
                System.out.println("  ok");
            } catch (RuntimeException e) {
                System.out.println("  " + e.getMessage() + " <- " + e.getCause().getClass().getName());
            } catch (Error e) {
                System.out.println("  error: " + e.getMessage());
            }
        }
        RuntimeException saved = null;
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 1) throw new RuntimeException("iteration " + i);
            } catch (RuntimeException e) {
                saved = e;
            }
        }
        try {
            if (saved != null) throw saved;
        } catch (RuntimeException e) {
            System.out.println("rethrown saved: " + e.getMessage() + " same=" + (e == saved));
        }
        try {
            try {
                throw new IOException("checked");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        } catch (java.io.UncheckedIOException e) {
            System.out.println(e.getMessage() + " / " + e.getCause().getMessage());
        }
    }
}
