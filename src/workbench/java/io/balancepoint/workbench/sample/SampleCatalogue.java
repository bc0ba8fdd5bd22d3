package io.balancepoint.workbench.sample;

import java.util.List;

/**
 * What the sample desk is made of: its projects with their share of the volume, request types
 * with handle times and how often they are settled on first contact, and channel mixes. The
 * figures are chosen so the desk lands on the published benchmarks (see {@link SampleDesk}).
 */
final class SampleCatalogue {

    /**
     * A request type.
     *
     * @param handleMinutes median agent minutes of the first contact
     * @param fcrShift      added to the channel's chance of first-contact resolution
     * @param escalation    chance that a request not settled on first contact goes to L2/L3
     */
    record RequestType(String name, double weight, double handleMinutes, double fcrShift, double escalation,
                       List<String> summaries) {
    }

    /** A channel and its share of a project's requests. */
    record ChannelShare(String channel, double weight) {
    }

    /** A project, its share of all requests, whether its customers are employees, and its mixes. */
    record ProjectProfile(String key, String name, double weight, boolean internal, List<RequestType> requestTypes,
                          List<ChannelShare> channels) {
    }

    static final List<ProjectProfile> PROJECTS = List.of(
            new ProjectProfile("SUP", "Customer Support", 0.55, false, List.of(
                    new RequestType("Get help", 0.34, 12, 0.04, 0.15, List.of(
                            "How do I export my reports?", "Question about user roles", "Dashboard shows no data",
                            "How to connect the mobile app", "Cannot find the invoice settings")),
                    new RequestType("Report a bug", 0.22, 18, -0.22, 0.45, List.of(
                            "Error 500 when saving a form", "Export to CSV drops the last column",
                            "Search returns deleted items", "Notifications arrive twice", "Date picker shows wrong month")),
                    new RequestType("Account access", 0.22, 8, 0.12, 0.08, List.of(
                            "Locked out after password change", "Two-factor code not accepted", "Add a new admin to our account",
                            "SSO login loops back to the start page")),
                    new RequestType("Feature question", 0.14, 10, 0.06, 0.10, List.of(
                            "Is there an API for bulk import?", "Can we brand the customer portal?", "Limits of the free plan")),
                    new RequestType("Report an outage", 0.08, 25, -0.30, 0.70, List.of(
                            "Service unreachable for all users", "API timeouts since this morning", "Sync stopped working"))),
                    List.of(new ChannelShare("email", 0.35), new ChannelShare("portal", 0.30), new ChannelShare("chat", 0.18),
                            new ChannelShare("phone", 0.12), new ChannelShare("api", 0.05))),
            new ProjectProfile("ITHELP", "IT Help Desk", 0.30, true, List.of(
                    new RequestType("Password reset", 0.33, 6, 0.18, 0.02, List.of(
                            "Reset my Windows password", "VPN password expired", "Locked out of e-mail")),
                    new RequestType("Get IT help", 0.22, 14, 0.00, 0.18, List.of(
                            "Printer on 3rd floor not printing", "Outlook keeps crashing", "Teams has no sound", "Monitor flickers")),
                    new RequestType("Software request", 0.20, 10, 0.05, 0.10, List.of(
                            "Install Visio", "Licence for Adobe Acrobat", "Need access to the BI tool")),
                    new RequestType("Network problem", 0.15, 16, -0.12, 0.35, List.of(
                            "Wi-Fi drops in meeting room B", "Cannot reach the file share", "VPN very slow from home")),
                    new RequestType("New laptop", 0.10, 35, -0.45, 0.60, List.of(
                            "Laptop for new starter", "Replace broken laptop screen", "Upgrade to a 32 GB laptop"))),
                    List.of(new ChannelShare("portal", 0.50), new ChannelShare("email", 0.20), new ChannelShare("phone", 0.15),
                            new ChannelShare("chat", 0.15))),
            new ProjectProfile("BILL", "Billing & Accounts", 0.15, false, List.of(
                    new RequestType("Billing question", 0.50, 9, 0.06, 0.05, List.of(
                            "Invoice amount differs from the quote", "Need a copy of last month's invoice",
                            "VAT number missing on invoice", "Payment reminder although paid")),
                    new RequestType("Refund request", 0.30, 15, -0.15, 0.30, List.of(
                            "Refund for double charge", "Cancelled within trial, still charged", "Refund unused licences")),
                    new RequestType("Change plan", 0.20, 11, 0.02, 0.12, List.of(
                            "Upgrade to the business plan", "Downgrade at renewal", "Add 20 seats mid-term"))),
                    List.of(new ChannelShare("email", 0.45), new ChannelShare("portal", 0.25), new ChannelShare("phone", 0.25),
                            new ChannelShare("chat", 0.05))));

    private SampleCatalogue() {
    }
}
