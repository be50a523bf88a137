package com.yilian.hub.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements and commits the hub sends, by statement shape (its verb and table): a count per step
 * does not depend on how busy the machine is, where a latency does. Passed to the benchmark's application
 * explicitly, like {@link NoOpStepAgents}.
 */
class SqlCounter {

    static final Map<String, LongAdder> STATEMENTS = new ConcurrentHashMap<>();
    static final LongAdder COMMITS = new LongAdder();

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds ? proxy(DataSource.class, ds) : bean;
            }
        };
    }

    static Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        STATEMENTS.forEach((k, v) -> copy.put(k, v.sum()));
        copy.put("(commit)", COMMITS.sum());
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        return (T) Proxy.newProxyInstance(SqlCounter.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> {
                    count(method, args);
                    Object result = invoke(method, target, args);
                    boolean connection = result instanceof Connection && !(target instanceof Connection);
                    return connection ? proxy(Connection.class, (Connection) result) : result;
                });
    }

    private static void count(Method method, Object[] args) {
        String name = method.getName();
        if (name.equals("commit")) {
            COMMITS.increment();
        } else if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
                && args[0] instanceof String sql) {
            STATEMENTS.computeIfAbsent(shape(sql), k -> new LongAdder()).increment();
        }
    }

    /** "select ... from ACT_RU_VARIABLE" → "select ACT_RU_VARIABLE"; the verb and the first table named. */
    static String shape(String sql) {
        String s = sql.replaceAll("\\s+", " ").trim();
        String verb = s.split(" ", 2)[0].toLowerCase();
        java.util.regex.Matcher table = java.util.regex.Pattern
                .compile("(?i)\\b(?:from|into|update)\\s+([A-Za-z_][A-Za-z0-9_.]*)").matcher(s);
        return verb + " " + (table.find() ? table.group(1).toUpperCase() : "?");
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
