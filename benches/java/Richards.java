/**
 * A Richards-style operating-system simulation: a priority scheduler runs an idle task,
 * a worker, two handlers and two devices that pass packets to each other. Measures virtual
 * calls, field access and linked lists.
 * Usage: Richards [RUNS | small]   (each run schedules until the idle task has run 10000 times)
 */
public class Richards {
    static final int ID_IDLE = 0, ID_WORKER = 1, ID_HANDLER_A = 2, ID_HANDLER_B = 3,
            ID_DEVICE_A = 4, ID_DEVICE_B = 5, TASK_COUNT = 6;
    static final int KIND_DEVICE = 0, KIND_WORK = 1;
    static final int DATA_SIZE = 4;

    static final class Packet {
        Packet next;
        int destination;
        final int kind;
        int datum;
        final int[] data = new int[DATA_SIZE];

        Packet(Packet next, int destination, int kind) {
            this.next = next;
            this.destination = destination;
            this.kind = kind;
        }

        /** Appends this packet (alone) to the end of queue and returns the queue's head. */
        Packet appendTo(Packet queue) {
            next = null;
            if (queue == null) {
                return this;
            }
            Packet last = queue;
            while (last.next != null) {
                last = last.next;
            }
            last.next = this;
            return queue;
        }
    }

    /** A task: its scheduling state and its behaviour. */
    abstract static class Task {
        final Scheduler scheduler;
        final int id;
        final int priority;
        Task nextInList; // all tasks, by decreasing priority
        Packet inbox;
        boolean waiting;
        boolean held;

        Task(Scheduler scheduler, int id, int priority, Packet inbox, boolean waiting) {
            this.scheduler = scheduler;
            this.id = id;
            this.priority = priority;
            this.inbox = inbox;
            this.waiting = waiting;
        }

        boolean runnable() {
            return !held && (!waiting || inbox != null);
        }

        /** Runs the task for one step; returns the task to consider next. */
        Task step() {
            Packet packet = null;
            if (waiting && inbox != null) {
                packet = inbox;
                inbox = packet.next;
                waiting = false;
            }
            return run(packet);
        }

        abstract Task run(Packet packet);
    }

    static final class IdleTask extends Task {
        int seed = 1;
        int remaining;

        IdleTask(Scheduler s, int count) {
            super(s, ID_IDLE, 0, null, false);
            remaining = count;
        }

        @Override
        Task run(Packet packet) {
            if (--remaining == 0) {
                return scheduler.holdSelf();
            }
            if ((seed & 1) == 0) {
                seed >>= 1;
                return scheduler.release(ID_DEVICE_A);
            }
            seed = (seed >> 1) ^ 0xD008;
            return scheduler.release(ID_DEVICE_B);
        }
    }

    static final class WorkerTask extends Task {
        int target = ID_HANDLER_A;
        int letter = 0;

        WorkerTask(Scheduler s, Packet work) {
            super(s, ID_WORKER, 1000, work, true);
        }

        @Override
        Task run(Packet packet) {
            if (packet == null) {
                return scheduler.waitSelf();
            }
            target = target == ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
            packet.destination = target;
            packet.datum = 0;
            for (int i = 0; i < DATA_SIZE; i++) {
                letter = letter == 26 ? 1 : letter + 1;
                packet.data[i] = letter;
            }
            return scheduler.send(packet);
        }
    }

    static final class HandlerTask extends Task {
        Packet work;
        Packet devices;

        HandlerTask(Scheduler s, int id, int priority, Packet devicePackets) {
            super(s, id, priority, devicePackets, true);
        }

        @Override
        Task run(Packet packet) {
            if (packet != null) {
                if (packet.kind == KIND_WORK) {
                    work = packet.appendTo(work);
                } else {
                    devices = packet.appendTo(devices);
                }
            }
            if (work != null) {
                Packet w = work;
                if (w.datum >= DATA_SIZE) {
                    work = w.next;
                    return scheduler.send(w);
                }
                if (devices != null) {
                    Packet d = devices;
                    devices = d.next;
                    d.datum = w.data[w.datum];
                    w.datum++;
                    return scheduler.send(d);
                }
            }
            return scheduler.waitSelf();
        }
    }

    static final class DeviceTask extends Task {
        Packet pending;

        DeviceTask(Scheduler s, int id, int priority) {
            super(s, id, priority, null, true);
        }

        @Override
        Task run(Packet packet) {
            if (packet == null) {
                if (pending == null) {
                    return scheduler.waitSelf();
                }
                Packet p = pending;
                pending = null;
                return scheduler.send(p);
            }
            pending = packet;
            scheduler.checksum = scheduler.checksum * 17 + packet.datum;
            return scheduler.holdSelf();
        }
    }

    static final class Scheduler {
        final Task[] byId = new Task[TASK_COUNT];
        Task list;
        Task current;
        int sends;
        int holds;
        long checksum;

        void add(Task task) {
            byId[task.id] = task;
            // keep the list sorted by decreasing priority
            if (list == null || task.priority > list.priority) {
                task.nextInList = list;
                list = task;
                return;
            }
            Task t = list;
            while (t.nextInList != null && t.nextInList.priority > task.priority) {
                t = t.nextInList;
            }
            task.nextInList = t.nextInList;
            t.nextInList = task;
        }

        void schedule() {
            Task task = list;
            while (task != null) {
                if (task.runnable()) {
                    current = task;
                    task = task.step();
                } else {
                    task = task.nextInList;
                }
            }
        }

        Task send(Packet packet) {
            Task target = byId[packet.destination];
            sends++;
            packet.destination = current.id; // the receiver sees who sent it
            boolean wasEmpty = target.inbox == null;
            target.inbox = packet.appendTo(target.inbox);
            if (wasEmpty && target.priority > current.priority) {
                return target;
            }
            return current;
        }

        Task holdSelf() {
            holds++;
            current.held = true;
            return current.nextInList;
        }

        Task waitSelf() {
            current.waiting = true;
            return current;
        }

        Task release(int id) {
            Task t = byId[id];
            t.held = false;
            return t.priority > current.priority ? t : current;
        }
    }

    static Scheduler runOnce(int idleCount) {
        Scheduler s = new Scheduler();
        s.add(new IdleTask(s, idleCount));
        Packet work = new Packet(null, ID_WORKER, KIND_WORK);
        work = new Packet(work, ID_WORKER, KIND_WORK);
        s.add(new WorkerTask(s, work));
        Packet a = null;
        Packet b = null;
        for (int i = 0; i < 3; i++) {
            a = new Packet(a, ID_DEVICE_A, KIND_DEVICE);
            b = new Packet(b, ID_DEVICE_B, KIND_DEVICE);
        }
        s.add(new HandlerTask(s, ID_HANDLER_A, 2000, a));
        s.add(new HandlerTask(s, ID_HANDLER_B, 3000, b));
        s.add(new DeviceTask(s, ID_DEVICE_A, 4000));
        s.add(new DeviceTask(s, ID_DEVICE_B, 5000));
        s.schedule();
        return s;
    }

    static int size(String[] args, int normal, int small) {
        if (args.length == 0) return normal;
        if (args[0].equals("small")) return small;
        return Integer.parseInt(args[0]);
    }

    public static void main(String[] args) {
        int runs = size(args, 4500, 3);
        long total = 0;
        Scheduler last = null;
        for (int r = 0; r < runs; r++) {
            last = runOnce(10000);
            total += last.sends + last.holds + (last.checksum & 0xffff);
        }
        System.out.println("sends " + last.sends + " holds " + last.holds);
        System.out.println("device checksum " + Long.toHexString(last.checksum));
        System.out.println("checksum " + total);
    }
}
