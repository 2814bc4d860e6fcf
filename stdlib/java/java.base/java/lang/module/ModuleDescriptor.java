package java.lang.module;

/**
 * A module descriptor, reduced to what Cortado models: the name of a named module (no
 * requires, exports, packages or version). {@link java.lang.Module#getDescriptor()} returns
 * one for named modules and null for unnamed modules.
 */
public final class ModuleDescriptor implements Comparable<ModuleDescriptor> {
    private final String name;
    private final boolean automatic;
    private final boolean open;

    ModuleDescriptor(String name) {
        this.name = name;
        this.automatic = false;
        this.open = false;
    }

    /** For java.lang.Module only. */
    public static ModuleDescriptor ofName(String name) {
        return new ModuleDescriptor(name);
    }

    public String name() {
        return name;
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public String toNameAndVersion() {
        return name;
    }

    public int compareTo(ModuleDescriptor that) {
        return name.compareTo(that.name);
    }

    @Override
    public boolean equals(Object ob) {
        return ob instanceof ModuleDescriptor && ((ModuleDescriptor) ob).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }
}
