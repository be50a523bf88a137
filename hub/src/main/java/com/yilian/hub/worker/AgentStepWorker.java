package com.yilian.hub.worker;

import com.yilian.agents.step.StepAgents;
import com.yilian.agents.step.StepContext;
import com.yilian.agents.step.StepRequest;
import com.yilian.agents.step.StepResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the workflows' AI steps (external tasks on topic {@code yilian-agent}) on the embedded engine. One fetch loop
 * locks only as many tasks as there is room for and never runs an agent itself: each step goes to a pooled thread,
 * and its short lock is extended while the agent works, so a slow model call keeps its task and a crashed hub's
 * tasks come free within one lock period. Fetch-and-lock is a database operation, so hub replicas sharing one
 * database share the work without taking the same task twice. When idle, the loop polls with a growing pause (up to
 * {@code max-idle-wait}); a {@link WorkSignal} raised when this hub creates a task or finishes a step ends the pause.
 */
public class AgentStepWorker implements SmartLifecycle {

    public static final String TOPIC = "yilian-agent";
    private static final Duration FIRST_IDLE_WAIT = Duration.ofMillis(50);
    private static final Logger log = LoggerFactory.getLogger(AgentStepWorker.class);

    private final ExternalTaskService tasks;
    private final RuntimeService runtime;
    private final StepAgents agents;
    private final WorkerProperties settings;
    private final WorkerMetrics metrics;
    private final String workerId;
    private final StepCompletion completion;
    private final Semaphore capacity;
    private final WorkSignal signal;
    private final Duration firstIdleWait;
    private ExecutorService steps;
    private ScheduledExecutorService lockTicker;
    private volatile boolean running;
    private Thread fetchLoop;

    public AgentStepWorker(ExternalTaskService tasks, RuntimeService runtime, StepAgents agents,
                           WorkerProperties settings, WorkerMetrics metrics, String workerId, WorkSignal signal) {
        this(tasks, runtime, agents, settings, metrics, workerId, signal, FIRST_IDLE_WAIT);
    }

    /** {@code firstIdleWait}: the first pause after an empty fetch; tests lengthen it to tell waking from polling. */
    AgentStepWorker(ExternalTaskService tasks, RuntimeService runtime, StepAgents agents, WorkerProperties settings,
                    WorkerMetrics metrics, String workerId, WorkSignal signal, Duration firstIdleWait) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.agents = agents;
        this.settings = settings;
        this.metrics = metrics;
        this.workerId = workerId;
        this.completion = new StepCompletion(tasks, workerId);
        this.capacity = new Semaphore(settings.maxConcurrent());
        this.signal = signal;
        this.firstIdleWait = firstIdleWait;
    }

    public String workerId() {
        return workerId;
    }

    /** Ask the fetch loop to look again now: a place came free, or the worker is stopping. */
    private void wakeUp() {
        signal.raise();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        // Platform threads, as many as steps may run at once: a step makes ~20 database round trips, and a virtual
        // thread re-mounted after each added ~10 ms to the 99th percentile on PostgreSQL (README, step benchmark).
        steps = Executors.newFixedThreadPool(settings.maxConcurrent(),
                Thread.ofPlatform().name("yilian-agent-step-", 0).daemon().factory());
        lockTicker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("yilian-agent-locks").daemon().factory());
        running = true;
        fetchLoop = Thread.ofPlatform().name("yilian-agent-fetch").daemon().start(this::fetchLoop);
        log.info("Agent worker {} started: topic {}, up to {} steps at once, lock {}", workerId, TOPIC,
                settings.maxConcurrent(), settings.lockDuration());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wakeUp();
        fetchLoop.interrupt();
        steps.shutdown();
        try {
            fetchLoop.join(TimeUnit.SECONDS.toMillis(5));
            // Steps still running after this give up their tasks; the locks expire and another hub takes them.
            steps.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lockTicker.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void fetchLoop() {
        Duration idle = firstIdleWait;
        while (running) {
            try {
                int free = capacity.availablePermits();
                if (free == 0) {
                    signal.await(settings.maxIdleWait());
                    continue;
                }
                // Local variables only: the contract's inputs. The process variables an agent needs are read by
                // name in its own thread, which keeps this loop's fetch short.
                List<LockedExternalTask> locked = tasks.fetchAndLock(free, workerId, true)
                        .topic(TOPIC, settings.lockDuration().toMillis()).localVariables().execute();
                if (locked.isEmpty()) {
                    signal.await(idle);
                    idle = min(idle.multipliedBy(2), settings.maxIdleWait());
                    continue;
                }
                idle = firstIdleWait;
                for (LockedExternalTask task : locked) {
                    capacity.acquire();
                    steps.execute(() -> runStep(AgentTask.of(task)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be restarting; try again later rather than spinning.
                log.warn("Agent worker could not fetch tasks, trying again in {}: {}", settings.maxIdleWait(), e.toString());
                try {
                    signal.await(settings.maxIdleWait());
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    void runStep(AgentTask task) {
        metrics.started();
        long started = System.nanoTime();
        String outcome = "lost";
        long every = settings.lockExtensionInterval().toMillis();
        ScheduledFuture<?> lockKeeper = lockTicker.scheduleAtFixedRate(() -> extendLock(task), every, every,
                TimeUnit.MILLISECONDS);
        try {
            StepResult result;
            try {
                task.readProcessInputs((executionId, names) -> runtime.getVariablesTyped(executionId, names, false));
                result = agents.run(request(task));
            } catch (Exception e) {
                lockKeeper.cancel(false);
                outcome = fail(task, e);
                return;
            }
            lockKeeper.cancel(false);
            outcome = write(task, result);
        } finally {
            lockKeeper.cancel(false);
            capacity.release();
            metrics.finished(task.agent(), outcome, Duration.ofNanos(System.nanoTime() - started));
            wakeUp();
        }
    }

    private StepRequest request(AgentTask task) {
        if (task.resultVariable() == null || task.resultVariable().isBlank()) {
            throw new IllegalArgumentException("task " + task.activityId() + " has no 'resultVariable' input;"
                    + " set it in the BPMN model (AI agent task template)");
        }
        if (task.agent() == null || task.agent().isBlank()) {
            throw new IllegalArgumentException("task " + task.activityId() + " has no 'agent' input;"
                    + " set it in the BPMN model (AI agent task template)");
        }
        StepContext context = new StepContext(task.tenantId(), task.encounterId(), task.priority(), task.dataClass());
        return new StepRequest(task.agent(), context, StepInputReader.inputs(task));
    }

    private String write(AgentTask task, StepResult result) {
        try {
            if (result.outcome() == StepResult.Outcome.CANNOT_DECIDE) {
                completion.cannotDecide(task, result);
                return "cannot_decide";
            }
            completion.done(task, result);
            return result.degraded() ? "degraded" : "done";
        } catch (RuntimeException e) {
            // Cancelled meanwhile (a timer, a deleted encounter), the lock was lost to another hub, or the database
            // was unreachable (Spring's transaction exceptions are not the engine's): the task stays locked until its
            // lock runs out, then a worker runs it again.
            log.warn("Agent {} finished task {} but the engine no longer accepts it: {}", task.agent(), task.id(),
                    e.getMessage());
            return "lost";
        }
    }

    private String fail(AgentTask task, Exception cause) {
        log.warn("Agent {} failed on task {} ({}): {}", task.agent(), task.activityId(), task.id(), cause.toString());
        try {
            return completion.failed(task, cause, settings) ? "incident" : "failed";
        } catch (RuntimeException e) {
            log.warn("Could not report the failure of task {}: {}", task.id(), e.getMessage());
            return "lost";
        }
    }

    private void extendLock(AgentTask task) {
        try {
            tasks.extendLock(task.id(), workerId, settings.lockDuration().toMillis());
        } catch (RuntimeException e) {
            // Any exception escaping here would cancel the periodic extension for good (ScheduledExecutorService),
            // and the task would go to another hub while this one still works on it.
            log.debug("Could not extend the lock of task {}: {}", task.id(), e.getMessage());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
