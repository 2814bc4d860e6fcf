package sweep;

import java.util.*;
public class ConstableDescs {
    enum Level { LOW, HIGH }
    public static void main(String[] args) throws Exception {
        System.out.println(Level.HIGH.describeConstable());
        System.out.println(Level.HIGH.describeConstable().get().constantName());
        System.out.println(Integer.valueOf(5).describeConstable() + " " + "s".describeConstable() + " " + Long.valueOf(7).describeConstable().get() + " " + Double.valueOf(1.5).describeConstable() + " " + Float.valueOf(2f).describeConstable());
        System.out.println(String.class.describeConstable().get().descriptorString() + " " + int[].class.describeConstable().get().displayName() + " " + ConstableDescs.class.describeConstable().map(c -> c.displayName()).orElse("?"));
        System.out.println(Integer.valueOf(3).resolveConstantDesc(null) + " " + "x".resolveConstantDesc(null));
        Runnable r = () -> {};
        System.out.println(r.getClass().describeConstable().isPresent());
    }
}
