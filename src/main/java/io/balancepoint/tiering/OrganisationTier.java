package io.balancepoint.tiering;

/** The tier every customer of a JSM organisation gets unless they have an override. */
public record OrganisationTier(String organisation, String tier) {
}
