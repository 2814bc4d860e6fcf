package management;

import java.util.Hashtable;
import java.util.TreeMap;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/** javax.management.ObjectName: parsing, canonical form, equality and errors. */
public class ObjectNames {
    public static void main(String[] args) throws Exception {
        String[] names = {"java.lang:type=Runtime", "d:b=2,a=1", "d", "d:", "d:k", "d:k=", "d:=v",
            "d:a=1,a=2", "d:a=1,", "d:a=1,b", "x:a=b=c", "d:a=\"q\"", "d:a=1,*", "com.example:type=Cache,name=users"};
        for (String s : names) {
            try {
                ObjectName o = new ObjectName(s);
                System.out.println(o + " | " + o.getCanonicalName() + " | " + o.getDomain() + " | "
                        + o.getKeyProperty("a") + " | " + o.getKeyPropertyListString() + " | "
                        + o.getCanonicalKeyPropertyListString() + " | " + o.isPattern() + " "
                        + o.isPropertyListPattern() + " " + o.hashCode() + " "
                        + new TreeMap<>(o.getKeyPropertyList()));
            } catch (MalformedObjectNameException e) {
                System.out.println(s + " -> " + e);
            }
        }
        System.out.println(new ObjectName("d", "k", "v"));
        System.out.println(new ObjectName("d:b=2,a=1").equals(new ObjectName("d:a=1,b=2")));
        System.out.println(new ObjectName("d:a=1").equals(new ObjectName("e:a=1")));
        Hashtable<String, String> table = new Hashtable<>();
        table.put("type", "Pool");
        table.put("name", "eden");
        System.out.println(new ObjectName("java.lang", table).getCanonicalName());
        System.out.println(ObjectName.getInstance("a:x=1").compareTo(ObjectName.getInstance("a:y=1")) < 0);
        System.out.println(new ObjectName("*:type=Foo").isDomainPattern());
        try {
            new ObjectName(null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
