package benchprograms;

// A copy of benches/java/ParallelTrees.java (run with the small size); keep the two in sync.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parallel binary trees: the binary-trees benchmark with the work of each depth split into
 * chunks submitted to an ExecutorService with 4 threads; the futures are joined in order.
 * Measures allocation and the collector with several threads, and the thread hand-over.
 * Usage: ParallelTrees [MAXDEPTH | small]
 */
public class ParallelTrees {
    static final int THREADS = 4;

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

    public static void main(String[] args) throws Exception {
        int maxDepth = Math.max(6, size(args, 20, 10));
        int minDepth = 4;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            final int stretch = maxDepth + 1;
            Future<Integer> stretchTree = pool.submit(() -> build(stretch).count());
            System.out.println("stretch tree of depth " + stretch + " check: " + stretchTree.get());
            Node longLived = build(maxDepth);
            List<List<Future<Long>>> perDepth = new ArrayList<>();
            for (int depth = minDepth; depth <= maxDepth; depth += 2) {
                final int d = depth;
                int iterations = 1 << (maxDepth - depth + minDepth);
                int chunks = Math.min(iterations, 4 * THREADS);
                List<Future<Long>> futures = new ArrayList<>();
                for (int c = 0; c < chunks; c++) {
                    final int n = iterations / chunks + (c < iterations % chunks ? 1 : 0);
                    futures.add(pool.submit(() -> {
                        long check = 0;
                        for (int i = 0; i < n; i++) {
                            check += build(d).count();
                        }
                        return check;
                    }));
                }
                perDepth.add(futures);
            }
            long total = 0;
            int depth = minDepth;
            for (List<Future<Long>> futures : perDepth) {
                long check = 0;
                for (Future<Long> f : futures) {
                    check += f.get();
                }
                total += check;
                System.out.println((1 << (maxDepth - depth + minDepth)) + " trees of depth " + depth + " check: " + check);
                depth += 2;
            }
            System.out.println("long lived tree of depth " + maxDepth + " check: " + longLived.count());
            System.out.println("checksum " + total);
        } finally {
            pool.shutdown();
        }
    }
}
