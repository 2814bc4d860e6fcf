package java.util;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A facility for threads to schedule tasks for future execution in a background thread
 * ("Timer-N", like the JDK's). Tasks run sequentially; an exception thrown by a task ends the
 * timer thread and cancels the timer.
 */
public class Timer {
    final PriorityQueue<TimerTask> queue = new PriorityQueue<>(
            (a, b) -> Long.compare(a.nextExecutionTime, b.nextExecutionTime));
    /** Guarded by queue: false once cancelled or once the thread died. */
    boolean newTasksMayBeScheduled = true;
    private final TimerThread thread;
    private static final AtomicInteger nextSerialNumber = new AtomicInteger();

    private static int serialNumber() {
        return nextSerialNumber.getAndIncrement();
    }

    public Timer() {
        this("Timer-" + serialNumber());
    }

    public Timer(boolean isDaemon) {
        this("Timer-" + serialNumber(), isDaemon);
    }

    public Timer(String name) {
        this(name, false);
    }

    public Timer(String name, boolean isDaemon) {
        if (name == null) {
            throw new NullPointerException();
        }
        thread = new TimerThread(this, name);
        thread.setDaemon(isDaemon);
        thread.start();
    }

    public void schedule(TimerTask task, long delay) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        sched(task, System.currentTimeMillis() + delay, 0);
    }

    public void schedule(TimerTask task, Date time) {
        sched(task, time.getTime(), 0);
    }

    public void schedule(TimerTask task, long delay, long period) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
        sched(task, System.currentTimeMillis() + delay, -period);
    }

    public void schedule(TimerTask task, Date firstTime, long period) {
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
        sched(task, firstTime.getTime(), -period);
    }

    public void scheduleAtFixedRate(TimerTask task, long delay, long period) {
        if (delay < 0) {
            throw new IllegalArgumentException("Negative delay.");
        }
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
        sched(task, System.currentTimeMillis() + delay, period);
    }

    public void scheduleAtFixedRate(TimerTask task, Date firstTime, long period) {
        if (period <= 0) {
            throw new IllegalArgumentException("Non-positive period.");
        }
        sched(task, firstTime.getTime(), period);
    }

    private void sched(TimerTask task, long time, long period) {
        if (time < 0) {
            throw new IllegalArgumentException("Illegal execution time.");
        }
        if (Math.abs(period) > (Long.MAX_VALUE >> 1)) {
            period >>= 1;
        }
        synchronized (queue) {
            if (!newTasksMayBeScheduled) {
                throw new IllegalStateException("Timer already cancelled.");
            }
            synchronized (task.lock) {
                if (task.state != TimerTask.VIRGIN) {
                    throw new IllegalStateException("Task already scheduled or cancelled");
                }
                task.nextExecutionTime = time;
                task.period = period;
                task.state = TimerTask.SCHEDULED;
            }
            queue.add(task);
            if (queue.peek() == task) {
                queue.notify();
            }
        }
    }

    public void cancel() {
        synchronized (queue) {
            newTasksMayBeScheduled = false;
            queue.clear();
            queue.notify();
        }
    }

    public int purge() {
        int result = 0;
        synchronized (queue) {
            Iterator<TimerTask> it = queue.iterator();
            while (it.hasNext()) {
                if (it.next().state == TimerTask.CANCELLED) {
                    it.remove();
                    result++;
                }
            }
        }
        return result;
    }
}

/**
 * The thread of a Timer (a package-private top-level class, as the JDK's, so that stack traces
 * through it name java.util.TimerThread).
 */
final class TimerThread extends Thread {
    private final Timer timer;

    TimerThread(Timer timer, String name) {
        // As the JDK's timer thread, created unnamed (it takes a "Thread-N" number) and
        // named afterwards.
        super();
        this.timer = timer;
        setName(name);
    }

    @Override
    public void run() {
        try {
            mainLoop(); // hotspot-line: 516
        } finally {
            synchronized (timer.queue) {
                timer.newTasksMayBeScheduled = false;
                timer.queue.clear();
            }
        }
    }

    private void mainLoop() {
        while (true) {
            try {
                TimerTask task;
                boolean taskFired;
                synchronized (timer.queue) {
                    while (timer.queue.isEmpty() && timer.newTasksMayBeScheduled) {
                        timer.queue.wait();
                    }
                    if (timer.queue.isEmpty()) {
                        break;
                    }
                    long currentTime;
                    long executionTime;
                    task = timer.queue.peek();
                    synchronized (task.lock) {
                        if (task.state == TimerTask.CANCELLED) {
                            timer.queue.poll();
                            continue;
                        }
                        currentTime = System.currentTimeMillis();
                        executionTime = task.nextExecutionTime;
                        taskFired = executionTime <= currentTime;
                        if (taskFired) {
                            timer.queue.poll();
                            if (task.period == 0) {
                                task.state = TimerTask.EXECUTED;
                            } else {
                                task.nextExecutionTime = task.period < 0 ? currentTime - task.period
                                        : executionTime + task.period;
                                timer.queue.add(task);
                            }
                        }
                    }
                    if (!taskFired) {
                        timer.queue.wait(executionTime - currentTime);
                    }
                }
                if (taskFired) {
                    task.run(); // hotspot-line: 566
                }
            } catch (InterruptedException e) {
                // ignored, like the JDK's timer thread
            }
        }
    }
}
