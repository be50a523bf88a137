package com.yilian.hub.outbox;

import com.yilian.hub.camunda.PostParseListeners;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Adds the outbox listeners to every deployed model, the clinical leads' own variants included, so that no model
 * can forget to report; they are built-in listeners, invisible in Modeler and Cockpit.
 */
@Component
public class WorkflowEventsPlugin extends AbstractProcessEnginePlugin {

    static final String AGENT_TOPIC = "yilian-agent";
    static final String EMERGENCY_TASK = "Task_EmergencyCare";

    private final WorkflowEventListeners listeners;

    public WorkflowEventsPlugin(Outbox outbox) {
        this.listeners = new WorkflowEventListeners(outbox);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        PostParseListeners.add(configuration, new Parse());
    }

    private final class Parse extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, listeners.processStarted());
        }

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            String topic = element.attributeNS(org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "topic");
            if (AGENT_TOPIC.equals(topic)) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, listeners.agentStepCompleted());
            }
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
                        listeners.taskCompleted());
            }
            if (EMERGENCY_TASK.equals(activity.getId())) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, listeners.escalated());
            }
        }
    }
}
