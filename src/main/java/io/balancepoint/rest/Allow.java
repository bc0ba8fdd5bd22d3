package io.balancepoint.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may call a resource method (or every method of a resource class). Every resource
 * method must carry one, directly or through its class: a method without it is refused to
 * everyone, and a test fails the build. The check runs before the request body is read, so a
 * caller who may not call the endpoint learns nothing from it, not even how it validates input.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allow {

    Audience value();
}
