package io.phoenixspring.test;

import org.springframework.boot.test.context.SpringBootTestContextBootstrapper;
import org.springframework.core.annotation.MergedAnnotations;

/** Gives a {@link PhoenixWebTest}'s {@code properties} to its context. */
final class PhoenixWebTestContextBootstrapper extends SpringBootTestContextBootstrapper {

    @Override
    protected String[] getProperties(Class<?> testClass) {
        return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.INHERITED_ANNOTATIONS)
                .get(PhoenixWebTest.class)
                .getValue("properties", String[].class)
                .orElse(null);
    }
}
