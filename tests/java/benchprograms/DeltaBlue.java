package benchprograms;

// A copy of benches/java/DeltaBlue.java (run with the small size); keep the two in sync.
import java.util.ArrayList;
import java.util.List;

/**
 * A DeltaBlue-style incremental constraint solver: variables linked by equality and scale
 * constraints of different strengths; adding or removing a constraint re-plans incrementally
 * (walkabout strengths), and edit plans propagate new values. Runs a long chain of equalities
 * and a projection (scale) network. Measures object-oriented code with lists and virtual calls.
 * Usage: DeltaBlue [RUNS | small]
 */
public class DeltaBlue {
    // Strengths: a smaller number is stronger.
    static final int REQUIRED = 0, STRONG_PREFERRED = 1, PREFERRED = 2, STRONG_DEFAULT = 3,
            NORMAL = 4, WEAK_DEFAULT = 5, WEAKEST = 6;

    static boolean stronger(int a, int b) {
        return a < b;
    }

    static int weakestOf(int a, int b) {
        return a > b ? a : b;
    }

    static final class Variable {
        int value;
        final List<Constraint> constraints = new ArrayList<>(2);
        Constraint determinedBy;
        int mark;
        int walkStrength = WEAKEST;
        boolean stay = true;

        Variable(int value) {
            this.value = value;
        }

        void removeConstraint(Constraint c) {
            constraints.remove(c);
            if (determinedBy == c) {
                determinedBy = null;
            }
        }
    }

    abstract static class Constraint {
        final Planner planner;
        final int strength;

        Constraint(Planner planner, int strength) {
            this.planner = planner;
            this.strength = strength;
        }

        /** Adds the constraint to the graph and satisfies it if possible. */
        void add() {
            addToGraph();
            planner.incrementalAdd(this);
        }

        void destroy() {
            if (isSatisfied()) {
                planner.incrementalRemove(this);
            } else {
                removeFromGraph();
            }
        }

        boolean isInput() {
            return false;
        }

        /**
         * Tries to satisfy this constraint by choosing a method that does not overwrite a
         * variable already determined in this pass (marked) or one determined by a stronger
         * constraint. Returns the constraint it overrode, if any.
         */
        Constraint satisfy(int mark) {
            chooseMethod(mark);
            if (!isSatisfied()) {
                if (strength == REQUIRED) {
                    throw new IllegalStateException("could not satisfy a required constraint");
                }
                return null;
            }
            markInputs(mark);
            Variable out = output();
            Constraint overridden = out.determinedBy;
            if (overridden != null) {
                overridden.markUnsatisfied();
            }
            out.determinedBy = this;
            if (!planner.addPropagate(this, mark)) {
                throw new IllegalStateException("cycle encountered");
            }
            out.mark = mark;
            return overridden;
        }

        abstract void addToGraph();
        abstract void removeFromGraph();
        abstract void chooseMethod(int mark);
        abstract boolean isSatisfied();
        abstract void markInputs(int mark);
        abstract void markUnsatisfied();
        abstract boolean inputsKnown(int mark);
        abstract Variable output();
        abstract void recalculate();
        abstract void execute();
    }

    abstract static class UnaryConstraint extends Constraint {
        final Variable out;
        boolean satisfied;

        UnaryConstraint(Planner planner, Variable out, int strength) {
            super(planner, strength);
            this.out = out;
            add();
        }

        void addToGraph() {
            out.constraints.add(this);
            satisfied = false;
        }

        void removeFromGraph() {
            out.removeConstraint(this);
            satisfied = false;
        }

        void chooseMethod(int mark) {
            satisfied = out.mark != mark && stronger(strength, out.walkStrength);
        }

        boolean isSatisfied() {
            return satisfied;
        }

        void markInputs(int mark) {
        }

        void markUnsatisfied() {
            satisfied = false;
        }

        boolean inputsKnown(int mark) {
            return true;
        }

        Variable output() {
            return out;
        }

        void recalculate() {
            out.walkStrength = strength;
            out.stay = !isInput();
            if (out.stay) {
                execute();
            }
        }
    }

    /** Keeps a variable's value unless something stronger changes it. */
    static final class StayConstraint extends UnaryConstraint {
        StayConstraint(Planner planner, Variable v, int strength) {
            super(planner, v, strength);
        }

        void execute() {
        }
    }

    /** Marks a variable the user changes. */
    static final class EditConstraint extends UnaryConstraint {
        EditConstraint(Planner planner, Variable v, int strength) {
            super(planner, v, strength);
        }

        @Override
        boolean isInput() {
            return true;
        }

        void execute() {
        }
    }

    static final int NONE = 0, FORWARD = 1, BACKWARD = 2;

    abstract static class BinaryConstraint extends Constraint {
        final Variable v1, v2;
        int direction = NONE;

        BinaryConstraint(Planner planner, Variable v1, Variable v2, int strength) {
            super(planner, strength);
            this.v1 = v1;
            this.v2 = v2;
        }

        void chooseMethod(int mark) {
            if (v1.mark == mark) {
                direction = v2.mark != mark && stronger(strength, v2.walkStrength) ? FORWARD : NONE;
            } else if (v2.mark == mark) {
                direction = stronger(strength, v1.walkStrength) ? BACKWARD : NONE;
            } else if (stronger(v2.walkStrength, v1.walkStrength)) {
                // overwrite the weaker end if we are stronger than it
                direction = stronger(strength, v1.walkStrength) ? BACKWARD : NONE;
            } else {
                direction = stronger(strength, v2.walkStrength) ? FORWARD : NONE;
            }
        }

        void addToGraph() {
            v1.constraints.add(this);
            v2.constraints.add(this);
            direction = NONE;
        }

        void removeFromGraph() {
            v1.removeConstraint(this);
            v2.removeConstraint(this);
            direction = NONE;
        }

        boolean isSatisfied() {
            return direction != NONE;
        }

        void markInputs(int mark) {
            input().mark = mark;
        }

        void markUnsatisfied() {
            direction = NONE;
        }

        Variable input() {
            return direction == FORWARD ? v1 : v2;
        }

        Variable output() {
            return direction == FORWARD ? v2 : v1;
        }

        boolean inputsKnown(int mark) {
            Variable in = input();
            return in.mark == mark || in.stay || in.determinedBy == null;
        }

        void recalculate() {
            Variable in = input();
            Variable out = output();
            out.walkStrength = weakestOf(strength, in.walkStrength);
            out.stay = in.stay;
            if (out.stay) {
                execute();
            }
        }
    }

    /** v1 == v2 */
    static final class EqualityConstraint extends BinaryConstraint {
        EqualityConstraint(Planner planner, Variable v1, Variable v2, int strength) {
            super(planner, v1, v2, strength);
            add();
        }

        void execute() {
            output().value = input().value;
        }
    }

    /** destination == source * scale + offset */
    static final class ScaleConstraint extends BinaryConstraint {
        final Variable scale, offset;

        ScaleConstraint(Planner planner, Variable source, Variable scale, Variable offset,
                Variable destination, int strength) {
            super(planner, source, destination, strength);
            this.scale = scale;
            this.offset = offset;
            add();
        }

        @Override
        void addToGraph() {
            super.addToGraph();
            scale.constraints.add(this);
            offset.constraints.add(this);
        }

        @Override
        void removeFromGraph() {
            super.removeFromGraph();
            scale.removeConstraint(this);
            offset.removeConstraint(this);
        }

        @Override
        void markInputs(int mark) {
            super.markInputs(mark);
            scale.mark = mark;
            offset.mark = mark;
        }

        void execute() {
            if (direction == FORWARD) {
                v2.value = v1.value * scale.value + offset.value;
            } else {
                v1.value = (v2.value - offset.value) / scale.value;
            }
        }

        @Override
        void recalculate() {
            Variable in = input();
            Variable out = output();
            out.walkStrength = weakestOf(strength, in.walkStrength);
            out.stay = in.stay && scale.stay && offset.stay;
            if (out.stay) {
                execute();
            }
        }
    }

    static final class Planner {
        int currentMark;

        int newMark() {
            return ++currentMark;
        }

        void incrementalAdd(Constraint c) {
            int mark = newMark();
            Constraint overridden = c.satisfy(mark);
            while (overridden != null) {
                overridden = overridden.satisfy(mark);
            }
        }

        void incrementalRemove(Constraint c) {
            Variable out = c.output();
            c.markUnsatisfied();
            c.removeFromGraph();
            List<Constraint> unsatisfied = removePropagateFrom(out);
            for (int strength = REQUIRED; strength < WEAKEST; strength++) {
                for (Constraint u : unsatisfied) {
                    if (u.strength == strength) {
                        incrementalAdd(u);
                    }
                }
            }
        }

        /** Recomputes walkabout strengths downstream of c; false if that reaches a cycle. */
        boolean addPropagate(Constraint c, int mark) {
            ArrayList<Constraint> todo = new ArrayList<>();
            todo.add(c);
            while (!todo.isEmpty()) {
                Constraint d = todo.remove(todo.size() - 1);
                if (d.output().mark == mark) {
                    incrementalRemove(c);
                    return false;
                }
                d.recalculate();
                addConstraintsConsuming(d.output(), todo);
            }
            return true;
        }

        List<Constraint> removePropagateFrom(Variable out) {
            out.determinedBy = null;
            out.walkStrength = WEAKEST;
            out.stay = true;
            List<Constraint> unsatisfied = new ArrayList<>();
            ArrayList<Variable> todo = new ArrayList<>();
            todo.add(out);
            while (!todo.isEmpty()) {
                Variable v = todo.remove(todo.size() - 1);
                for (Constraint c : v.constraints) {
                    if (!c.isSatisfied()) {
                        unsatisfied.add(c);
                    }
                }
                Constraint determining = v.determinedBy;
                for (Constraint next : v.constraints) {
                    if (next != determining && next.isSatisfied()) {
                        next.recalculate();
                        todo.add(next.output());
                    }
                }
            }
            return unsatisfied;
        }

        void addConstraintsConsuming(Variable v, List<Constraint> to) {
            Constraint determining = v.determinedBy;
            for (Constraint c : v.constraints) {
                if (c != determining && c.isSatisfied()) {
                    to.add(c);
                }
            }
        }

        /** Orders the satisfied constraints downstream of the sources for execution. */
        List<Constraint> makePlan(List<Constraint> sources) {
            int mark = newMark();
            List<Constraint> plan = new ArrayList<>();
            ArrayList<Constraint> todo = new ArrayList<>(sources);
            int head = 0;
            while (head < todo.size()) {
                Constraint c = todo.get(head++);
                if (c.output().mark != mark && c.inputsKnown(mark)) {
                    plan.add(c);
                    c.output().mark = mark;
                    addConstraintsConsuming(c.output(), todo);
                }
            }
            return plan;
        }

        List<Constraint> planFor(Constraint edit) {
            List<Constraint> sources = new ArrayList<>();
            if (edit.isInput() && edit.isSatisfied()) {
                sources.add(edit);
            }
            return makePlan(sources);
        }
    }

    static void execute(List<Constraint> plan) {
        for (Constraint c : plan) {
            c.execute();
        }
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }

    /** A chain v0 == v1 == ... == vn with a stay on vn; editing v0 must reach vn. */
    static long chainTest(int n) {
        Planner planner = new Planner();
        Variable[] vars = new Variable[n + 1];
        for (int i = 0; i <= n; i++) {
            vars[i] = new Variable(0);
        }
        for (int i = 0; i < n; i++) {
            new EqualityConstraint(planner, vars[i], vars[i + 1], REQUIRED);
        }
        new StayConstraint(planner, vars[n], STRONG_DEFAULT);
        EditConstraint edit = new EditConstraint(planner, vars[0], PREFERRED);
        List<Constraint> plan = planner.planFor(edit);
        long sum = 0;
        for (int i = 0; i < 100; i++) {
            vars[0].value = i;
            execute(plan);
            check(vars[n].value == i, "chain test failed");
            sum += vars[n].value;
        }
        edit.destroy();
        return sum + plan.size();
    }

    static void change(Planner planner, Variable v, int value) {
        EditConstraint edit = new EditConstraint(planner, v, PREFERRED);
        List<Constraint> plan = planner.planFor(edit);
        for (int i = 0; i < 10; i++) {
            v.value = value;
            execute(plan);
        }
        edit.destroy();
    }

    /** n pairs dst = src * scale + offset; changes at either end and of scale and offset. */
    static long projectionTest(int n) {
        Planner planner = new Planner();
        Variable scale = new Variable(10);
        Variable offset = new Variable(1000);
        Variable src = null;
        Variable dst = null;
        Variable[] dests = new Variable[n];
        for (int i = 0; i < n; i++) {
            src = new Variable(i);
            dst = new Variable(i);
            dests[i] = dst;
            new StayConstraint(planner, src, NORMAL);
            new ScaleConstraint(planner, src, scale, offset, dst, REQUIRED);
        }
        long sum = 0;
        change(planner, src, 17);
        check(dst.value == 1170, "projection 1 failed");
        change(planner, dst, 1050);
        check(src.value == 5, "projection 2 failed");
        change(planner, scale, 5);
        for (int i = 0; i < n - 1; i++) {
            check(dests[i].value == i * 5 + 1000, "projection 3 failed");
            sum += dests[i].value;
        }
        change(planner, offset, 2000);
        for (int i = 0; i < n - 1; i++) {
            check(dests[i].value == i * 5 + 2000, "projection 4 failed");
            sum += dests[i].value;
        }
        return sum;
    }

    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int runs = size(args, 16000, 5);
        long checksum = 0;
        for (int r = 0; r < runs; r++) {
            checksum += chainTest(100);
            checksum += projectionTest(100);
        }
        System.out.println("chain " + chainTest(100) + " projection " + projectionTest(100));
        System.out.println("checksum " + checksum);
    }
}
