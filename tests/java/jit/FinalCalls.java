package jit;

/**
 * Calls of methods nothing can override (final methods, methods of final classes, final
 * methods inherited through a subclass reference) are direct calls in compiled code, with no
 * vtable: too big to inline, recursive, through null receivers (NullPointerException from
 * the compiled caller), and throwing from the callee. Results must be the interpreter's.
 */
public class FinalCalls {
    static class Base {
        int seed;

        Base(int seed) {
            this.seed = seed;
        }

        // Final, and too big to inline: a direct call.
        final int mix(int x) {
            int h = seed ^ x;
            for (int i = 0; i < 3; i++) {
                h = h * 31 + (h >>> 7);
                h ^= h << 3;
                if ((h & 1) == 0) {
                    h += x;
                } else {
                    h -= seed;
                }
            }
            if (x == -1) {
                throw new IllegalArgumentException("mix of -1 with seed " + seed);
            }
            return h;
        }

        int plain(int x) {
            return x + seed;
        }
    }

    // Inherits the final method; a receiver of this class selects Base.mix.
    static class Derived extends Base {
        Derived(int seed) {
            super(seed);
        }

        @Override
        int plain(int x) {
            return x - seed;
        }
    }

    static final class Tree {
        final Tree left, right;
        final int value;

        Tree(Tree left, Tree right, int value) {
            this.left = left;
            this.right = right;
            this.value = value;
        }

        // A method of a final class: recursive, not final itself.
        int sum() {
            int s = value;
            if (left != null) {
                s += left.sum();
            }
            if (right != null) {
                s += right.sum();
            }
            return s;
        }

        long weighted(long w) {
            long s = value * w;
            if (left != null) {
                s += left.weighted(w * 2) + right.weighted(w * 3);
            }
            return s;
        }
    }

    static Tree build(int depth, int value) {
        if (depth == 0) {
            return new Tree(null, null, value);
        }
        return new Tree(build(depth - 1, value * 2), build(depth - 1, value * 2 + 1), value);
    }

    static int viaBase(Base b, int x) {
        return b.mix(x);
    }

    static int viaDerived(Derived d, int x) {
        return d.mix(x);
    }

    public static void main(String[] args) {
        Base[] bases = {new Base(3), new Derived(5), new Base(-7), new Derived(11)};
        long total = 0;
        for (int i = 0; i < 20000; i++) {
            Base b = bases[i & 3];
            total += viaBase(b, i) + b.plain(i);
            if (b instanceof Derived) {
                total += viaDerived((Derived) b, i >> 1);
            }
        }
        System.out.println("mix total " + total);

        Tree tree = build(10, 1);
        long sums = 0;
        for (int i = 0; i < 300; i++) {
            sums += tree.sum() + tree.weighted(i & 7);
        }
        System.out.println("tree sums " + sums);

        // A null receiver at a compiled direct call.
        int npes = 0;
        for (int i = 0; i < 3000; i++) {
            Base b = (i % 1000 == 999) ? null : bases[i & 3];
            try {
                total += viaBase(b, i);
            } catch (NullPointerException e) {
                npes++;
            }
        }
        System.out.println("null receivers " + npes);

        // The callee throws through the compiled caller.
        int thrown = 0;
        for (int i = 0; i < 3000; i++) {
            try {
                total += viaDerived((Derived) bases[1], (i % 500 == 0) ? -1 : i);
            } catch (IllegalArgumentException e) {
                thrown++;
                if (thrown == 1) {
                    System.out.println(e.getMessage());
                }
            }
        }
        System.out.println("thrown " + thrown + " total " + total);
    }
}
