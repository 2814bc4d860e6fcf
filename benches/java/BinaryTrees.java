/**
 * Binary trees: builds many complete binary trees of various depths and walks them, while one
 * long-lived tree stays reachable. Measures allocation and the garbage collector.
 * Usage: BinaryTrees [MAXDEPTH | small]
 */
public class BinaryTrees {
    static final class Node {
        final Node left, right;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        int count() {
            return left == null ? 1 : 1 + left.count() + right.count();
        }
    }

    static Node build(int depth) {
        if (depth == 0) {
            return new Node(null, null);
        }
        return new Node(build(depth - 1), build(depth - 1));
    }

    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int maxDepth = Math.max(6, size(args, 20, 10));
        int minDepth = 4;
        System.out.println("stretch tree of depth " + (maxDepth + 1) + " check: "
                + build(maxDepth + 1).count());
        Node longLived = build(maxDepth);
        long total = 0;
        for (int depth = minDepth; depth <= maxDepth; depth += 2) {
            int iterations = 1 << (maxDepth - depth + minDepth);
            long check = 0;
            for (int i = 0; i < iterations; i++) {
                check += build(depth).count();
            }
            total += check;
            System.out.println(iterations + " trees of depth " + depth + " check: " + check);
        }
        System.out.println("long lived tree of depth " + maxDepth + " check: " + longLived.count());
        System.out.println("checksum " + total);
    }
}
