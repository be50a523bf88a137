package com.yilian.hub.worker;

import com.yilian.hub.camunda.PostParseListeners;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.ExternalTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Wakes the agent worker as soon as a {@code yilian-agent} task exists, instead of leaving the task to the worker's
 * next poll (up to {@code yilian.worker.max-idle-wait} after an idle spell). Every such task gets a built-in start
 * listener that raises the worker's {@link WorkSignal} once the transaction creating the task has committed: before
 * the commit the task is invisible to the worker's fetch, and a rolled-back start leaves nothing to fetch. Only tasks
 * created in this hub raise it: another replica's tasks, retries whose back-off runs out, and tasks left from before
 * a restart are still found by polling.
 */
public class AgentTaskWakeUpPlugin extends AbstractProcessEnginePlugin {

    private final ExecutionListener wakeAfterCommit;

    /** {@code wakeUp} must be cheap and must not touch the engine: it runs right after a commit. */
    public AgentTaskWakeUpPlugin(Runnable wakeUp) {
        this.wakeAfterCommit = execution -> Context.getCommandContext().getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> wakeUp.run());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        PostParseListeners.add(configuration, new Parse());
    }

    private final class Parse extends AbstractBpmnParseListener {

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            addIfAgentTask(element, activity);
        }

        @Override
        public void parseSendTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            addIfAgentTask(element, activity);
        }

        @Override
        public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            addIfAgentTask(element, activity);
        }

        /** A topic given as an expression may evaluate to the agents' topic: a needless wake costs one fetch. */
        private void addIfAgentTask(Element element, ActivityImpl activity) {
            if (!(activity.getActivityBehavior() instanceof ExternalTaskActivityBehavior)) {
                return;
            }
            String topic = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "topic");
            boolean expression = topic != null && (topic.contains("${") || topic.contains("#{"));
            if (AgentStepWorker.TOPIC.equals(topic) || expression) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, wakeAfterCommit);
            }
        }
    }
}
