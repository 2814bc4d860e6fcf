package java.lang.reflect;

/** The LangReflectAccess implementation installed by AccessibleObject's initializer. */
final class ReflectAccess implements jdk.internal.reflect.LangReflectAccess {
    @Override
    public Field newField(Class<?> declaringClass, int slot, String name, Class<?> type,
            int modifiers) {
        return new Field(declaringClass, slot, name, type, modifiers);
    }

    @Override
    public Method newMethod(Class<?> declaringClass, int slot, String name, Class<?> returnType,
            Class<?>[] parameterTypes, Class<?>[] exceptionTypes, int modifiers) {
        return new Method(declaringClass, slot, name, returnType, parameterTypes, exceptionTypes,
                modifiers);
    }

    @Override
    public <T> Constructor<T> newConstructor(Class<T> declaringClass, int slot,
            Class<?>[] parameterTypes, Class<?>[] exceptionTypes, int modifiers) {
        return new Constructor<>(declaringClass, slot, parameterTypes, exceptionTypes, modifiers);
    }

    @Override
    public RecordComponent newRecordComponent(Class<?> declaringRecord, String name,
            Class<?> type, Method accessor) {
        return new RecordComponent(declaringRecord, name, type, accessor);
    }

    @Override
    public Field copyField(Field field) {
        return field.copy();
    }

    @Override
    public Method copyMethod(Method method) {
        return method.copy();
    }

    @Override
    public <T> Constructor<T> copyConstructor(Constructor<T> constructor) {
        return constructor.copy();
    }

    @Override
    public Method copyPublicMethod(Method method) {
        return method.copyPublic();
    }

    @Override
    public <T> Constructor<T> copyPublicConstructor(Constructor<T> constructor) {
        return constructor.copyPublic();
    }

    @Override
    public void setTrusted(AccessibleObject member) {
        member.override = true;
    }

    @Override
    public Object invokeSpecial(Method method, Object receiver, Object[] args)
            throws InvocationTargetException {
        return method.invokeSpecial(receiver, args);
    }
}
