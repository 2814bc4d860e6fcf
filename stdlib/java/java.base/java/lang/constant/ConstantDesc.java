package java.lang.constant;

import java.lang.invoke.MethodHandles;

/**
 * A nominal descriptor for a loadable constant value. Cortado keeps the part of
 * {@code java.lang.constant} that dynamic constants javac emits need: {@link ClassDesc} and
 * {@link Enum.EnumDesc} (a pattern switch's qualified enum labels).
 */
public interface ConstantDesc {
    Object resolveConstantDesc(MethodHandles.Lookup lookup) throws ReflectiveOperationException;
}
