/**
 * GCBench-like workload (after Ellis, Kovac and Boehm's GCBench): a long-lived tree and array,
 * then many short-lived trees built top-down and bottom-up. Prints a checksum.
 * Usage: GCBench [stretchDepth longLivedDepth arraySize]
 */
public class GCBench {
    static final class Node {
        Node left, right;
        int i, j;

        Node(Node left, Node right) {
            this.left = left;
            this.right = right;
        }

        Node() {}
    }

    static int treeSize(int depth) {
        return (1 << (depth + 1)) - 1;
    }

    static int iterations(int depth, int stretch) {
        return 2 * treeSize(stretch) / treeSize(depth);
    }

    static void populate(int depth, Node node) {
        if (depth <= 0) {
            return;
        }
        depth--;
        node.left = new Node();
        node.right = new Node();
        populate(depth, node.left);
        populate(depth, node.right);
    }

    static Node makeTree(int depth) {
        return depth <= 0 ? new Node() : new Node(makeTree(depth - 1), makeTree(depth - 1));
    }

    static int check(Node node) {
        return node == null ? 0 : 1 + check(node.left) + check(node.right);
    }

    public static void main(String[] args) {
        int stretch = args.length > 0 ? Integer.parseInt(args[0]) : 18;
        int longLivedDepth = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int arraySize = args.length > 2 ? Integer.parseInt(args[2]) : 500_000;
        long checksum = check(makeTree(stretch));
        Node longLived = new Node();
        populate(longLivedDepth, longLived);
        double[] array = new double[arraySize];
        for (int i = 0; i < arraySize / 2; i++) {
            array[i] = 1.0 / i;
        }
        for (int depth = 4; depth <= longLivedDepth; depth += 2) {
            int n = iterations(depth, stretch);
            for (int i = 0; i < n; i++) {
                Node top = new Node();
                populate(depth, top);
                checksum += check(top);
                checksum += check(makeTree(depth));
            }
        }
        checksum += check(longLived) + (long) array[1000];
        System.out.println("checksum " + checksum);
    }
}
