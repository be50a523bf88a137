package com.yilian.hub.worker;

/**
 * What a person reads in Cockpit when an agent step fails: which agent, which task, what went wrong and what to do.
 * Camunda keeps 666 characters of an external task's error message, so the cause is cut to fit.
 */
final class FailureMessages {

    static final int ENGINE_LIMIT = 666;

    private FailureMessages() {
    }

    static String retrying(AgentTask task, int failures, int retriesLeft, Throwable cause) {
        return fit("智能体 " + task.agent() + " 在任务 " + task.activityId() + " 第 " + failures + " 次失败，将自动重试（剩余 "
                + retriesLeft + " 次） / Agent " + task.agent() + " failed on task " + task.activityId() + " (failure "
                + failures + "), retrying automatically (" + retriesLeft + " left): ", cause);
    }

    static String incident(AgentTask task, int failures, Throwable cause) {
        return fit("智能体 " + task.agent() + " 在任务 " + task.activityId() + " 连续失败 " + failures
                + " 次，已停止重试。请查看错误详情，修复模型服务或流程输入后，在 Cockpit 中为该外部任务设置重试次数。"
                + " / Agent " + task.agent() + " failed " + failures + " times on task " + task.activityId()
                + " and stopped retrying. Read the error details, fix the model service or the process inputs, then"
                + " set retries on this external task in Cockpit: ", cause);
    }

    static String describe(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String fit(String prefix, Throwable cause) {
        String text = prefix + describe(cause);
        return text.length() <= ENGINE_LIMIT ? text : text.substring(0, ENGINE_LIMIT - 1) + "…";
    }
}
