package com.yilian.helm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Rendered Kubernetes objects, parsed as YAML, with look-ups by kind and name. */
record Manifests(List<Map<String, Object>> objects) {

    @SuppressWarnings("unchecked")
    static Manifests parse(String rendered) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(rendered)) {
            if (document != null) {
                objects.add((Map<String, Object>) document);
            }
        }
        return new Manifests(List.copyOf(objects));
    }

    Stream<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")));
    }

    Map<String, Object> get(String kind, String name) {
        return ofKind(kind)
                .filter(o -> name.equals(Yamls.string(o, "metadata.name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " among " + names()));
    }

    /** Every Deployment's pod spec containers, each with its Deployment's name for messages. */
    Stream<Container> containers() {
        return ofKind("Deployment").flatMap(d -> Yamls.list(d, "spec.template.spec.containers").stream()
                .map(c -> new Container(Yamls.string(d, "metadata.name"), Yamls.map(c))));
    }

    /** The first container of that Deployment. */
    Container container(String deployment) {
        return containers().filter(c -> c.deployment().equals(deployment)).findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + deployment + " in " + names()));
    }

    List<String> names() {
        return objects.stream().map(o -> o.get("kind") + "/" + Yamls.string(o, "metadata.name")).toList();
    }

    record Container(String deployment, Map<String, Object> spec) {
        String name() {
            return Objects.toString(spec.get("name"));
        }

        /** The container's env entry of that name (value or valueFrom). */
        Map<String, Object> env(String name) {
            return Yamls.list(spec, "env").stream().map(Yamls::map)
                    .filter(e -> name.equals(e.get("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(deployment + "/" + name() + " has no env " + name));
        }

        boolean hasEnv(String name) {
            return Yamls.list(spec, "env").stream().map(Yamls::map).anyMatch(e -> name.equals(e.get("name")));
        }
    }
}
