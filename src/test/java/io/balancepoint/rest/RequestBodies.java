package io.balancepoint.rest;

/** Valid request bodies of the endpoints, for tests that need one that passes validation. */
final class RequestBodies {

    /** SPEC §4's staffing reference: 100 contacts per 30 min, AHT 180 s, 80 % in 20 s; 30 % shrinkage at 30 EUR/h. */
    static final String STAFFING = """
            {"arrivalsPerInterval": 100, "interval": "PT30M", "averageHandleSeconds": 180,
             "targetAnswerSeconds": 20, "targetServiceLevel": 0.80, "shrinkage": 0.30,
             "agentHourlyCost": 30, "compareAgents": [13, 14]}
            """;

    /** Half of the phone contacts to the app (ChannelShiftTest's worked example). */
    static final String CHANNEL_SHIFT = """
            {"channels": [
               {"channel": "phone", "contacts": 1000, "costPerContact": 6.00, "resolutions": 400},
               {"channel": "chat", "contacts": 500, "costPerContact": 3.00, "resolutions": 250},
               {"channel": "app", "contacts": 200, "costPerContact": 0.50, "resolutions": 20}],
             "fromChannel": "phone", "toChannel": "app", "percentMoved": 50}
            """;

    private RequestBodies() {
    }
}
