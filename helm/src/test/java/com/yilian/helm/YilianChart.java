package com.yilian.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Path;

/** The chart under test, rendered by Helm itself (helm-java runs Helm as a native library in this JVM). */
final class YilianChart {

    static final Path CHART = Path.of("yilian").toAbsolutePath();
    static final String RELEASE = "yl";
    static final String NAMESPACE = "yilian";
    static final String PREFIX = RELEASE + "-yilian";

    private YilianChart() {
    }

    static LintResult lint() {
        return new Helm(CHART).lint().strict().call();
    }

    /** Renders with the test values file of that name (src/test/resources/values-NAME.yaml). */
    static Manifests render(String valuesName) {
        return Manifests.parse(template(valuesName).call());
    }

    static TemplateCommand template(String valuesName) {
        return new Helm(CHART).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withValuesFile(valuesFile(valuesName));
    }

    static Path valuesFile(String valuesName) {
        return Path.of("src", "test", "resources", "values-" + valuesName + ".yaml").toAbsolutePath();
    }
}
