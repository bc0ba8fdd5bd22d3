package io.balancepoint.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The registry the workbench serves is what Jira will find in the package, and every endpoint
 * declares who may call it.
 */
class ApiApplicationTest {

    /** Every class compiled from io.balancepoint.rest (and below), as Jira's package scan sees them. */
    private static List<Class<?>> classesInRestPackage() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = java.nio.file.Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        java.nio.file.Path packageDir = root.resolve("io/balancepoint/rest");
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(packageDir)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length())));
            }
        }
        return classes;
    }

    @Test
    void theRegistryListsExactlyTheResourcesAndProvidersOfThePackage() throws Exception {
        List<Class<?>> classes = classesInRestPackage();
        assertThat(classes).as("the scan finds the package").contains(ApiApplication.class, ApiObjectMapper.class);

        assertThat(classes.stream().filter(c -> c.isAnnotationPresent(Path.class)))
                .containsExactlyInAnyOrderElementsOf(ApiApplication.RESOURCES);
        assertThat(classes.stream().filter(c -> c.isAnnotationPresent(Provider.class)))
                .containsExactlyInAnyOrderElementsOf(ApiApplication.PROVIDERS);
        assertThat(new ApiApplication().getClasses()).hasSize(ApiApplication.RESOURCES.size() + ApiApplication.PROVIDERS.size());
    }

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> resource : ApiApplication.RESOURCES) {
            for (Method method : resource.getMethods()) {
                if (isEndpoint(method) && !method.isAnnotationPresent(Allow.class) && !resource.isAnnotationPresent(Allow.class)) {
                    undeclared.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(undeclared).isEmpty();
        // and the check itself notices a method without it
        assertThat(Arrays.stream(FailureResource.class.getMethods()).filter(ApiApplicationTest::isEndpoint)
                .filter(m -> !m.isAnnotationPresent(Allow.class)).map(Method::getName)).containsExactly("forgotten");
    }

    @Test
    void resourcesAndProvidersCanBeBuiltByInjection() {
        // HK2 in the workbench and Spring in Jira both need one public constructor: no arguments or @Inject
        for (Class<?> type : new ApiApplication().getClasses()) {
            Constructor<?>[] constructors = type.getConstructors();
            assertThat(constructors).as(type.getSimpleName()).hasSize(1);
            Constructor<?> constructor = constructors[0];
            assertThat(constructor.getParameterCount() == 0 || constructor.isAnnotationPresent(Inject.class))
                    .as(type.getSimpleName() + " constructor").isTrue();
            assertThat(Modifier.isPublic(type.getModifiers())).as(type.getSimpleName()).isTrue();
        }
    }

    private static boolean isEndpoint(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }
}
