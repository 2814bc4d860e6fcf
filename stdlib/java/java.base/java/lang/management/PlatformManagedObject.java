package java.lang.management;

import javax.management.ObjectName;

/** A platform MXBean: a managed view of one part of the VM. */
public interface PlatformManagedObject {
    ObjectName getObjectName();
}
