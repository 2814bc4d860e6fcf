package java.sql;

/** A connection property a driver understands. */
public class DriverPropertyInfo {
    public String name;
    public String description;
    public boolean required;
    public String value;
    public String[] choices;

    public DriverPropertyInfo(String name, String value) {
        this.name = name;
        this.value = value;
    }
}
