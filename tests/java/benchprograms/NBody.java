package benchprograms;

// A copy of benches/java/NBody.java (run with the small size); keep the two in sync.
/**
 * N-body simulation of a small planetary system (symplectic Euler integration):
 * measures double arithmetic, field access and Math.sqrt.
 * Usage: NBody [STEPS | small]
 */
public class NBody {
    static final double PI = 3.141592653589793;
    static final double G_SUN = 4 * PI * PI; // G * solar mass, in AU^3 / year^2

    static final class Body {
        double x, y, z, vx, vy, vz, mass;

        Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
            this.x = x; this.y = y; this.z = z;
            this.vx = vx; this.vy = vy; this.vz = vz;
            this.mass = mass;
        }
    }

    /** A star and four planets on roughly circular, slightly tilted orbits. */
    static Body[] makeSystem() {
        double[] radius = {5.2, 9.6, 19.2, 30.1};
        double[] massRatio = {9.5e-4, 2.9e-4, 4.4e-5, 5.1e-5};
        // orbit directions as (cos, sin) pairs, from Pythagorean triples (no trigonometry)
        double[][] direction = {{0.6, 0.8}, {-0.28, 0.96}, {-0.8, -0.6}, {0.96, -0.28}};
        double[] tilt = {0.02, -0.03, 0.01, -0.015};
        Body[] bodies = new Body[5];
        bodies[0] = new Body(0, 0, 0, 0, 0, 0, G_SUN);
        for (int i = 0; i < 4; i++) {
            double r = radius[i];
            double speed = Math.sqrt(G_SUN / r); // circular orbit, AU per year
            double c = direction[i][0];
            double s = direction[i][1];
            bodies[i + 1] = new Body(r * c, r * s, r * tilt[i],
                    -speed * s, speed * c, speed * tilt[i] * 0.1,
                    massRatio[i] * G_SUN);
        }
        // make the total momentum zero by moving the star
        double px = 0, py = 0, pz = 0;
        for (Body b : bodies) {
            px += b.vx * b.mass;
            py += b.vy * b.mass;
            pz += b.vz * b.mass;
        }
        bodies[0].vx = -px / G_SUN;
        bodies[0].vy = -py / G_SUN;
        bodies[0].vz = -pz / G_SUN;
        return bodies;
    }

    static void advance(Body[] bodies, double dt) {
        int n = bodies.length;
        for (int i = 0; i < n; i++) {
            Body a = bodies[i];
            for (int j = i + 1; j < n; j++) {
                Body b = bodies[j];
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.sqrt(d2));
                double ma = a.mass * mag;
                double mb = b.mass * mag;
                a.vx -= dx * mb;
                a.vy -= dy * mb;
                a.vz -= dz * mb;
                b.vx += dx * ma;
                b.vy += dy * ma;
                b.vz += dz * ma;
            }
        }
        for (Body b : bodies) {
            b.x += dt * b.vx;
            b.y += dt * b.vy;
            b.z += dt * b.vz;
        }
    }

    static double energy(Body[] bodies) {
        double e = 0;
        for (int i = 0; i < bodies.length; i++) {
            Body a = bodies[i];
            e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
            for (int j = i + 1; j < bodies.length; j++) {
                Body b = bodies[j];
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                e -= a.mass * b.mass / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int steps = size(args, 50_000_000, 20_000);
        Body[] bodies = makeSystem();
        System.out.printf("energy before %.9f%n", energy(bodies));
        for (int i = 0; i < steps; i++) {
            advance(bodies, 0.001);
        }
        System.out.printf("energy after  %.9f%n", energy(bodies));
        System.out.printf("star at %.6f %.6f %.6f%n", bodies[0].x, bodies[0].y, bodies[0].z);
    }
}
