package modern25;

import java.lang.constant.ClassDesc;

/** The part of java.lang.constant behind javac's dynamic constants: ClassDesc and Enum.EnumDesc. */
public class ConstantDescs {
    enum E { A }
    public static void main(String[] args) {
        ClassDesc s = ClassDesc.of("java.lang.String");
        System.out.println(s + " " + s.descriptorString() + " " + s.displayName() + " " + s.packageName() + " " + s.isClassOrInterface());
        ClassDesc a = s.arrayType(2);
        System.out.println(a + " " + a.descriptorString() + " " + a.isArray() + " " + a.componentType() + " " + a.packageName());
        ClassDesc i = ClassDesc.ofDescriptor("I");
        System.out.println(i + " " + i.isPrimitive() + " " + i.arrayType());
        System.out.println(ClassDesc.of("java.util", "Map").nested("Entry"));
        System.out.println(ClassDesc.ofInternalName("a/b/C").displayName() + " " + s.equals(ClassDesc.ofDescriptor("Ljava/lang/String;")));
        var e = Enum.EnumDesc.of(ClassDesc.of("modern25.ConstantDescs$E"), "A");
        System.out.println(e + " " + e.constantName() + " " + e.constantType());
        for (String bad : new String[] {"[I", "a/b", "", "x;"}) {
            try { ClassDesc.of(bad); System.out.println("ok " + bad); } catch (IllegalArgumentException ex) { System.out.println("IAE " + bad); }
        }
        for (String bad : new String[] {"V", "[V", "Lx", "Q", "La/b;"}) {
            try { ClassDesc.ofDescriptor(bad); System.out.println("ok " + bad); } catch (IllegalArgumentException ex) { System.out.println("IAE " + bad); }
        }
    }
}
