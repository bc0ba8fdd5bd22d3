/**
 * Jira-only package annotation for the REST resources of {@code io.balancepoint.rest} (compiled only
 * with {@code -Pjira}). Every endpoint is for licensed users at the least, so Jira's REST v2 layer
 * lets only licensed users through ({@code @LicensedOnly}); which licensed users may call which
 * endpoint is then decided once, by each method's {@code @Allow} audience through {@code Permissions}
 * (AccessFeature), exactly as in the workbench. Whether REST v2 reads the annotation from the package
 * is UNVERIFIED (docs/jira-integration.md): if the compiler refuses it here, the annotation's target
 * excludes packages and this file must go; AccessFeature still refuses anonymous callers and portal
 * customers everywhere (fail closed).
 */
@LicensedOnly
package io.balancepoint.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
