package java.lang;

public interface CharSequence {
    int length();

    char charAt(int index);

    default boolean isEmpty() {
        return this.length() == 0;
    }

    CharSequence subSequence(int start, int end);

    public String toString();

    public static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        if (cs1.getClass() == cs2.getClass() && cs1 instanceof Comparable) {
            @SuppressWarnings("unchecked")
            Comparable<Object> c = (Comparable<Object>) cs1;
            return c.compareTo(cs2);
        }
        for (int i = 0, len = Math.min(cs1.length(), cs2.length()); i < len; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }

    /** Copies chars [srcBegin, srcEnd) into dst at dstBegin (Java 25). */
    default void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        java.util.Objects.checkFromToIndex(srcBegin, srcEnd, length());
        java.util.Objects.checkIndex(dstBegin, dst.length - (srcEnd - srcBegin) + 1);
        while (srcBegin < srcEnd) {
            dst[dstBegin++] = charAt(srcBegin++);
        }
    }

    default java.util.stream.IntStream chars() {
        final CharSequence cs = this;
        return java.util.stream.StreamSupport.intStream(new java.util.Spliterator.OfInt() {
            private int index;
            private int fence = -1;

            private int fence() {
                if (fence < 0)
                    fence = cs.length();
                return fence;
            }

            @Override
            public boolean tryAdvance(java.util.function.IntConsumer action) {
                java.util.Objects.requireNonNull(action);
                if (index < fence()) {
                    action.accept(cs.charAt(index++));
                    return true;
                }
                return false;
            }

            @Override
            public void forEachRemaining(java.util.function.IntConsumer action) {
                java.util.Objects.requireNonNull(action);
                int hi = fence();
                for (int i = index; i < hi; i++)
                    action.accept(cs.charAt(i));
                index = hi;
            }

            @Override
            public java.util.Spliterator.OfInt trySplit() {
                return null;
            }

            @Override
            public long estimateSize() {
                return fence() - index;
            }

            @Override
            public int characteristics() {
                return ORDERED | SIZED | SUBSIZED;
            }
        }, false);
    }

    default java.util.stream.IntStream codePoints() {
        final CharSequence cs = this;
        return java.util.stream.StreamSupport.intStream(new java.util.Spliterator.OfInt() {
            private int index;

            @Override
            public boolean tryAdvance(java.util.function.IntConsumer action) {
                java.util.Objects.requireNonNull(action);
                int length = cs.length();
                if (index >= length)
                    return false;
                char c1 = cs.charAt(index++);
                if (Character.isHighSurrogate(c1) && index < length) {
                    char c2 = cs.charAt(index);
                    if (Character.isLowSurrogate(c2)) {
                        index++;
                        action.accept(Character.toCodePoint(c1, c2));
                        return true;
                    }
                }
                action.accept(c1);
                return true;
            }

            @Override
            public java.util.Spliterator.OfInt trySplit() {
                return null;
            }

            @Override
            public long estimateSize() {
                return Long.MAX_VALUE;
            }

            @Override
            public int characteristics() {
                return ORDERED;
            }
        }, false);
    }
}
