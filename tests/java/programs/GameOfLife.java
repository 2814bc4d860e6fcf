package programs;

public class GameOfLife {
    final int rows, cols;
    boolean[][] cells;
    int generation;

    GameOfLife(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.cells = new boolean[rows][cols];
    }

    void place(String[] pattern, int top, int left) {
        for (int r = 0; r < pattern.length; r++)
            for (int c = 0; c < pattern[r].length(); c++)
                if (pattern[r].charAt(c) == '#') cells[top + r][left + c] = true;
    }

    int neighbours(int r, int c) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                if (dr == 0 && dc == 0) continue;
                int rr = (r + dr + rows) % rows, cc = (c + dc + cols) % cols; // toroidal
                if (cells[rr][cc]) n++;
            }
        return n;
    }

    void step() {
        boolean[][] next = new boolean[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                int n = neighbours(r, c);
                next[r][c] = cells[r][c] ? (n == 2 || n == 3) : n == 3;
            }
        cells = next;
        generation++;
    }

    int population() {
        int p = 0;
        for (boolean[] row : cells) for (boolean b : row) if (b) p++;
        return p;
    }

    long signature() {
        long h = 1125899906842597L;
        for (boolean[] row : cells) for (boolean b : row) h = 31 * h + (b ? 1 : 0);
        return h;
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : cells) {
            for (boolean b : row) sb.append(b ? '#' : '.');
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        GameOfLife life = new GameOfLife(12, 20);
        life.place(new String[]{".#.", "..#", "###"}, 0, 0);             // glider
        life.place(new String[]{"###"}, 5, 12);                          // blinker
        life.place(new String[]{"##", "##"}, 9, 2);                      // block
        life.place(new String[]{".##.", "#..#", ".##."}, 8, 14);          // beehive
        System.out.println("generation 0, population " + life.population());
        System.out.print(life.render());
        for (int g = 1; g <= 8; g++) {
            life.step();
            if (g % 4 == 0) {
                System.out.println("generation " + life.generation + ", population " + life.population());
                System.out.print(life.render());
            }
        }
        java.util.Map<Long, Integer> seen = new java.util.HashMap<>();
        GameOfLife rp = new GameOfLife(16, 16);
        rp.place(new String[]{".##", "##.", ".#."}, 6, 6);   // R-pentomino on a small torus
        StringBuilder pops = new StringBuilder();
        while (!seen.containsKey(rp.signature()) && rp.generation < 500) {
            seen.put(rp.signature(), rp.generation);
            if (rp.generation % 10 == 0) pops.append(rp.population()).append(' ');
            rp.step();
        }
        System.out.println("R-pentomino populations every 10 gens: " + pops.toString().trim());
        System.out.println("cycle detected at generation " + rp.generation + " repeating generation " + seen.get(rp.signature()) + ", population " + rp.population());
        System.out.print(rp.render());
    }
}
