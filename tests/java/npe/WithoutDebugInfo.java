package npe;

import java.lang.reflect.Method;
import java.util.Base64;

// Helpful NPE messages of code compiled without -g (no LocalVariableTable): locals are
// <localN>, parameters <parameterN> unless the method stored to their slot on the way
// (HotSpot's ExceptionMessageBuilder sweep; a loop's back edge or a try block's stores do not
// count). The class below is NoDebug.java (in this file's comment) compiled by javac 17
// without -g, defined from its bytes.
//
// public class NoDebug {
//     String name; NoDebug next;
//     static int reassigned(String s) { s = s.isEmpty() ? null : null; return s.length(); }
//     static int untouched(String a, long b, String c) { return c.length(); }
//     static int branchWrite(String s, int n) { if (n > 0) s = null; return s.length(); }
//     static int writeAfter(String s, int n) { if (n > 0) return s.length(); s = null; return 0; }
//     static void loopWrite(String s) { for (int i = 0; i < 2; i++) { if (i == 1) System.out.println(s.length()); s = null; } }
//     static int inCatch(String s) { try { s = null; Integer.parseInt("x"); } catch (NumberFormatException e) { return s.length(); } return 0; }
//     static int switchWrite(String s, int k) { switch (k) { case 1: s = null; break; case 2: break; default: s = "d"; } return s.length(); }
//     int thisWritten(NoDebug m) { NoDebug x = this.next; return m.next.name.length() + x.hashCode(); }
//     static int local(String[] arr) { String t = arr[1]; return t.length(); }
//     public static String call(int which) { ... calls case 0..8 above, returns the NPE's message }
// }
public class WithoutDebugInfo {
    static final String CLASS = "yv66vgAAAD0AbgoAAgADBwAEDAAFAAYBABBqYXZhL2xhbmcvT2JqZWN0AQAGPGluaXQ+AQADKClWCgAIAAkHAAoMAAsADAEAEGphdmEvbGFuZy9TdHJpbmcBAAdpc0VtcHR5AQADKClaCgAIAA4MAA8AEAEABmxlbmd0aAEAAygpSQkAEgATBwAUDAAVABYBABBqYXZhL2xhbmcvU3lzdGVtAQADb3V0AQAVTGphdmEvaW8vUHJpbnRTdHJlYW07CgAYABkHABoMABsAHAEAE2phdmEvaW8vUHJpbnRTdHJlYW0BAAdwcmludGxuAQAEKEkpVggAHgEAAXgKACAAIQcAIgwAIwAkAQARamF2YS9sYW5nL0ludGVnZXIBAAhwYXJzZUludAEAFShMamF2YS9sYW5nL1N0cmluZzspSQcAJgEAH2phdmEvbGFuZy9OdW1iZXJGb3JtYXRFeGNlcHRpb24IACgBAAFkCQAqACsHACwMAC0ALgEAB05vRGVidWcBAARuZXh0AQAJTE5vRGVidWc7CQAqADAMADEAMgEABG5hbWUBABJMamF2YS9sYW5nL1N0cmluZzsKAAIANAwANQAQAQAIaGFzaENvZGUIADcBAAAKACoAOQwAOgAkAQAKcmVhc3NpZ25lZAgAPAEAAWEKACoAPgwAPwBAAQAJdW50b3VjaGVkAQAoKExqYXZhL2xhbmcvU3RyaW5nO0pMamF2YS9sYW5nL1N0cmluZzspSQoAKgBCDABDAEQBAAticmFuY2hXcml0ZQEAFihMamF2YS9sYW5nL1N0cmluZztJKUkKACoARgwARwBEAQAKd3JpdGVBZnRlcggASQEAA2FiYwoAKgBLDABMAE0BAAlsb29wV3JpdGUBABUoTGphdmEvbGFuZy9TdHJpbmc7KVYIAE8BAAFxCgAqAFEMAFIAJAEAB2luQ2F0Y2gKACoAVAwAVQBEAQALc3dpdGNoV3JpdGUKACoAAwoAKgBYDABZAFoBAAt0aGlzV3JpdHRlbgEADChMTm9EZWJ1ZzspSQoAKgBcDABdAF4BAAVsb2NhbAEAFihbTGphdmEvbGFuZy9TdHJpbmc7KUkIAGABAAxubyBleGNlcHRpb24HAGIBAB5qYXZhL2xhbmcvTnVsbFBvaW50ZXJFeGNlcHRpb24KAGEAZAwAZQBmAQAKZ2V0TWVzc2FnZQEAFCgpTGphdmEvbGFuZy9TdHJpbmc7AQAEQ29kZQEAD0xpbmVOdW1iZXJUYWJsZQEADVN0YWNrTWFwVGFibGUBAARjYWxsAQAVKEkpTGphdmEvbGFuZy9TdHJpbmc7AQAKU291cmNlRmlsZQEADE5vRGVidWcuamF2YQAhACoAAgAAAAIAAAAxADIAAAAAAC0ALgAAAAsAAQAFAAYAAQBnAAAAHQABAAEAAAAFKrcAAbEAAAABAGgAAAAGAAEAAAACAAgAOgAkAAEAZwAAADcAAQABAAAAEiq2AAeZAAcBpwAEAUsqtgANrAAAAAIAaAAAAAYAAQAAAAQAaQAAAAcAAgtABwAIAAgAPwBAAAEAZwAAAB0AAQAEAAAABS22AA2sAAAAAQBoAAAABgABAAAABQAIAEMARAABAGcAAAAsAAEAAgAAAAsbngAFAUsqtgANrAAAAAIAaAAAAAYAAQAAAAYAaQAAAAMAAQYACABHAEQAAQBnAAAALgABAAIAAAANG54ACCq2AA2sAUsDrAAAAAIAaAAAAAYAAQAAAAcAaQAAAAMAAQkACABMAE0AAQBnAAAARwACAAIAAAAfAzwbBaIAGhsEoAANsgARKrYADbYAFwFLhAEBp//nsQAAAAIAaAAAAAYAAQAAAAgAaQAAAAoAA/wAAgET+gAHAAgAUgAkAAEAZwAAAEAAAQACAAAAEwFLEh24AB9XpwAJTCq2AA2sA6wAAQAAAAgACwAlAAIAaAAAAAYAAQAAAAkAaQAAAAcAAksHACUFAAgAVQBEAAEAZwAAAFAAAQACAAAALBurAAAAAAAjAAAAAgAAAAEAAAAbAAAAAgAAACABS6cACacABhInSyq2AA2sAAAAAgBoAAAABgABAAAACgBpAAAABgAEHAQCAgAAAFkAWgABAGcAAAAtAAIAAwAAABUqtAApTSu0ACm0AC+2AA0stgAzYKwAAAABAGgAAAAGAAEAAAALAAgAXQBeAAEAZwAAACEAAgACAAAACSoEMkwrtgANrAAAAAEAaAAAAAYAAQAAAAwACQBqAGsAAQBnAAABEAAEAAIAAAChGqoAAAAAAJUAAAAAAAAACAAAADMAAAA8AAAARwAAAFEAAABaAAAAYgAAAGsAAAB1AAAAihI2uAA4V6cAXhI7CgG4AD1XpwBTEh0EuABBV6cASQEEuABFV6cAQBJIuABKpwA4Ek64AFBXpwAvEk4EuABTV6cAJbsAKlm3AFa7ACpZtwBWtgBXV6cAEAW9AAi4AFtXpwAFAbASX7BMK7YAY7AAAgAAAJcAmwBhAJgAmgCbAGEAAgBoAAAANgANAAAADwA0ABAAPQARAEgAEgBSABMAWwAUAGMAFQBsABYAdgAXAIsAGACWABkAmAAbAJsAHABpAAAAEQAMNAgKCQgHCAkUCgFCBwBhAAEAbAAAAAIAbQ==";

    public static void main(String[] args) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(CLASS);
        ClassLoader loader = new ClassLoader(WithoutDebugInfo.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.equals("NoDebug")) return defineClass(name, bytes, 0, bytes.length);
                throw new ClassNotFoundException(name);
            }
        };
        Method call = loader.loadClass("NoDebug").getMethod("call", int.class);
        for (int i = 0; i < 9; i++) {
            System.out.println(i + ": " + call.invoke(null, i));
        }
    }
}
