package management;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryManagerMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.util.Arrays;

/**
 * With -XX:+UseSerialGC -Xint (see the .flags file): the serial collector's names, the
 * unsegmented code cache, no compilation bean, in HotSpot's order.
 */
public class SerialInterpreted {
    public static void main(String[] args) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            System.out.println(pool.getName() + " | " + pool.getType() + " | "
                    + Arrays.toString(pool.getMemoryManagerNames()));
        }
        for (MemoryManagerMXBean manager : ManagementFactory.getMemoryManagerMXBeans()) {
            System.out.println(manager.getName() + " " + Arrays.toString(manager.getMemoryPoolNames()));
        }
        System.out.println(ManagementFactory.getCompilationMXBean());
        System.out.println(ManagementFactory.getGarbageCollectorMXBeans().size());
        System.out.println(ManagementFactory.getRuntimeMXBean().getInputArguments().contains("-Xint"));
    }
}
