/**
 * Jira-only package annotation (compiled only with {@code -Pjira}) for the REST resources of
 * {@code io.balancepoint.rest.whatif}: licensed users at the least; which of them may call which
 * endpoint is decided by each method's {@code @Allow} audience through {@code Permissions}
 * (AccessFeature), as in the workbench. Java package annotations do not reach subpackages, so every
 * resource package carries its own (JiraModulesTest checks). docs/jira-integration.md says what is
 * verified about REST v2 reading it from the package.
 */
@LicensedOnly
package io.balancepoint.rest.whatif;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
