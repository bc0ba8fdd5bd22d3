package io.balancepoint.fcr;

/** Which rule decides that an applicable resolved ticket was resolved at first contact. */
public enum FcrPolicy {
    /**
     * Zendesk-style one-touch (the default): at most one agent public response over the ticket's
     * life and no customer public comment between the first agent response and the latest resolution.
     */
    ONE_TOUCH,
    /**
     * Freshservice style: no customer public comment after creation up to the latest resolution;
     * any number of agent responses.
     */
    ZERO_FOLLOW_UPS,
    /**
     * MetricNet style: on the configured channels (e-mail, portal) a ticket resolved within one
     * business hour of creation counts as first contact, however many replies it took; tickets
     * on other channels are judged by {@link #ONE_TOUCH}.
     */
    ONE_BUSINESS_HOUR
}
