package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Compile-time stand-in, for the default build only, of Jira REST v2's annotation of the same name:
 * the REST resources in src/main/java carry it at class level so that Jira's REST layer admits only
 * licensed users, but Atlassian's repository is unreachable here. The -Pjira build compiles
 * src/jira/java instead of src/workbench/java, so there the real annotation is used and this file is
 * never packaged. The workbench ignores it (its AccessFeature decides, as in Jira).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface LicensedOnly {
}
