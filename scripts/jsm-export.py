#!/usr/bin/env python3
"""Export Jira Service Management requests in the layout Balance Point imports (docs/jsm-import.md).

Python 3.8+ standard library only. Data Center / Server with a personal access token:

    JIRA_TOKEN=... scripts/jsm-export.py --base-url https://jira.example.com --jql 'project = SD' --out sd-export

Cloud (basic auth with an API token; untested against a live site, see docs/jsm-import.md):

    JIRA_EMAIL=me@example.com JIRA_API_TOKEN=... scripts/jsm-export.py --cloud \\
        --base-url https://example.atlassian.net --jql 'project = SD' --out sd-export

The token's user must be an agent of the service projects (customers do not see internal comments)
and needs "Browse users and groups" to read other users' groups and licences.
"""
import argparse
import base64
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timezone

FORMAT = "balance-point-jsm-export"
FORMAT_VERSION = 1
JSM_FIELD_TYPES = (
    "com.atlassian.servicedesk:vp-origin",                 # Customer Request Type
    "com.atlassian.servicedesk:sd-customer-organizations",  # Organizations
    "com.atlassian.servicedesk:sd-request-feedback",        # Satisfaction
    "com.atlassian.servicedesk:sd-request-feedback-date",   # Satisfaction date
    "com.atlassian.servicedesk:sd-request-participants",    # Request participants
)
SYSTEM_FIELDS = ("summary", "issuetype", "project", "status", "resolution", "resolutiondate", "created", "updated",
                 "priority", "reporter", "creator", "assignee", "worklog", "comment")


class Jira:
    """GETs JSON from one site with Bearer (Data Center PAT) or Basic (Cloud API token) authentication."""

    def __init__(self, base_url, auth_header, retries=5):
        self.base = base_url.rstrip("/")
        self.auth = auth_header
        self.retries = retries

    def get(self, path, params=None, missing_ok=False):
        url = self.base + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
        for attempt in range(self.retries + 1):
            request = urllib.request.Request(url, headers={
                "Authorization": self.auth, "Accept": "application/json",
                # Some servicedeskapi resources (organizations, properties) were experimental in older versions.
                "X-ExperimentalApi": "opt-in"})
            try:
                with urllib.request.urlopen(request, timeout=120) as response:
                    return json.load(response)
            except urllib.error.HTTPError as e:
                if e.code == 404 and missing_ok:
                    return None
                if e.code in (429, 503) and attempt < self.retries:
                    time.sleep(float(e.headers.get("Retry-After") or 2 ** attempt))
                    continue
                body = e.read().decode("utf-8", "replace")[:500]
                sys.exit(f"jsm-export: GET {url} failed: HTTP {e.code} {e.reason}\n{body}")
            except urllib.error.URLError as e:
                if attempt < self.retries:
                    time.sleep(2 ** attempt)
                    continue
                sys.exit(f"jsm-export: GET {url} failed: {e.reason}")


def write(out, relative, data):
    path = os.path.join(out, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path + ".part", "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(path + ".part", path)


def user_id(user):
    """The id Balance Point uses: key on Data Center, accountId on Cloud."""
    return user.get("key") or user.get("accountId") or user.get("name")


def paged_jira(jira, path, list_name, params=None):
    """All entries of a Jira platform list ({startAt, maxResults, total, <list_name>})."""
    entries, start = [], 0
    while True:
        page = jira.get(path, dict(params or {}, startAt=start, maxResults=100))
        batch = page.get(list_name, [])
        entries += batch
        start += len(batch)
        if not batch or start >= page.get("total", 0) or page.get("isLast") is True:
            return entries


def paged_servicedesk(jira, path, params=None):
    """All values of a servicedeskapi list ({start, limit, isLastPage, values}), as one last page."""
    values, start, first = [], 0, None
    while True:
        page = jira.get(path, dict(params or {}, start=start, limit=100))
        first = first or page
        values += page.get("values", [])
        start += len(page.get("values", []))
        if page.get("isLastPage", True) or not page.get("values"):
            break
    first.update(values=values, size=len(values), start=0, isLastPage=True)
    return first


def complete_issue(jira, issue, cloud):
    """Replaces what search cut short: the change history, worklogs (20 at most) and comments."""
    key, fields = issue["key"], issue["fields"]
    changelog = issue.get("changelog") or {}
    if changelog.get("total", 0) > len(changelog.get("histories", [])) or "changelog" not in issue:
        if cloud:
            histories = paged_jira(jira, f"/rest/api/2/issue/{key}/changelog", "values")
        else:
            histories = jira.get(f"/rest/api/2/issue/{key}", {"expand": "changelog", "fields": "created"})["changelog"]["histories"]
        issue["changelog"] = {"startAt": 0, "maxResults": len(histories), "total": len(histories), "histories": histories}
    worklog = fields.get("worklog") or {}
    if worklog.get("total", 0) > len(worklog.get("worklogs", [])):
        worklogs = paged_jira(jira, f"/rest/api/2/issue/{key}/worklog", "worklogs")
        fields["worklog"] = {"startAt": 0, "maxResults": len(worklogs), "total": len(worklogs), "worklogs": worklogs}
    comment = fields.get("comment") or {}
    if comment.get("total", 0) > len(comment.get("comments", [])):
        comments = paged_jira(jira, f"/rest/api/2/issue/{key}/comment", "comments")
        fields["comment"] = {"startAt": 0, "maxResults": len(comments), "total": len(comments), "comments": comments}


def main():
    parser = argparse.ArgumentParser(description="Export JSM requests for Balance Point (docs/jsm-import.md).")
    parser.add_argument("--base-url", required=True, help="e.g. https://jira.example.com (with the context path, if any)")
    parser.add_argument("--jql", required=True, help="which requests, e.g. 'project in (SD, IT) AND created >= -365d'")
    parser.add_argument("--out", required=True, help="the export directory to create (must not exist or be empty)")
    parser.add_argument("--cloud", action="store_true", help="Jira Cloud: JIRA_EMAIL + JIRA_API_TOKEN, accountIds")
    parser.add_argument("--org-property", action="append", default=[],
                        help="an organisation property to export (e.g. annualRevenue for RFM); repeatable")
    parser.add_argument("--page-size", type=int, default=50, help="issues per search page (Jira caps it)")
    args = parser.parse_args()

    if args.cloud:
        email, token = os.environ.get("JIRA_EMAIL"), os.environ.get("JIRA_API_TOKEN")
        if not email or not token:
            sys.exit("jsm-export: --cloud needs JIRA_EMAIL and JIRA_API_TOKEN in the environment")
        auth = "Basic " + base64.b64encode(f"{email}:{token}".encode()).decode()
    else:
        token = os.environ.get("JIRA_TOKEN")
        if not token:
            sys.exit("jsm-export: set JIRA_TOKEN to a personal access token (Profile > Personal Access Tokens)")
        auth = "Bearer " + token
    if os.path.isdir(args.out) and os.listdir(args.out):
        sys.exit(f"jsm-export: {args.out} is not empty; choose a new directory")
    jira = Jira(args.base_url, auth)
    started = datetime.now(timezone.utc).replace(microsecond=0)

    fields = jira.get("/rest/api/2/field")
    write(args.out, "fields.json", fields)
    custom = [f["id"] for f in fields if (f.get("schema") or {}).get("custom") in JSM_FIELD_TYPES]
    write(args.out, "statuses.json", jira.get("/rest/api/2/status"))

    wanted = ",".join(SYSTEM_FIELDS + tuple(custom))
    keys, authors, start, page_number, token_ = [], set(), 0, 0, None
    while True:
        if args.cloud:  # Cloud's enhanced search pages by token and no longer says startAt or total
            params = {"jql": args.jql, "maxResults": args.page_size, "fields": wanted, "expand": "changelog"}
            if token_:
                params["nextPageToken"] = token_
            page = jira.get("/rest/api/2/search/jql", params)
        else:
            page = jira.get("/rest/api/2/search", {"jql": args.jql, "startAt": start, "maxResults": args.page_size,
                                                    "fields": wanted, "expand": "changelog"})
        issues = page.get("issues", [])
        for issue in issues:
            complete_issue(jira, issue, args.cloud)
            keys.append(issue["key"])
            for w in issue["fields"].get("worklog", {}).get("worklogs", []):
                authors.add(user_id(w["author"]))
        if args.cloud:
            page["startAt"] = start
            token_ = page.get("nextPageToken")
            if not token_:
                page["total"] = start + len(issues)
        write(args.out, f"search/page-{page_number:05d}.json", page)
        page_number += 1
        start += len(issues)
        print(f"jsm-export: {start} issues", file=sys.stderr)
        if (args.cloud and not token_) or (not args.cloud and (not issues or start >= page.get("total", 0))):
            break
    if args.cloud:  # every page states the final total, as Data Center's pages do
        for n in range(page_number):
            path = os.path.join(args.out, f"search/page-{n:05d}.json")
            with open(path, encoding="utf-8") as f:
                page = json.load(f)
            page["total"] = start
            write(args.out, f"search/page-{n:05d}.json", page)

    for n, key in enumerate(keys):
        comments = paged_servicedesk(jira, f"/rest/servicedeskapi/request/{key}/comment")
        for c in comments["values"]:
            if c.get("author"):
                authors.add(user_id(c["author"]))
        write(args.out, f"request-comments/{key}.json", comments)
        channel = jira.get(f"/rest/api/2/issue/{key}/properties/request.channel.type", missing_ok=True)
        if channel is not None:
            write(args.out, f"channel/{key}.json", channel)
        if n % 100 == 99:
            print(f"jsm-export: comments and channels of {n + 1} of {len(keys)} issues", file=sys.stderr)

    users = []
    for author in sorted(a for a in authors if a):
        query = {"accountId": author} if args.cloud else {"key": author}
        user = jira.get("/rest/api/2/user", dict(query, expand="groups,applicationRoles"), missing_ok=True)
        if user is not None:
            users.append(user)
    write(args.out, "users.json", users)

    organisations = paged_servicedesk(jira, "/rest/servicedeskapi/organization")
    write(args.out, "organizations.json", organisations)
    for organisation in organisations["values"]:
        properties = []
        for name in args.org_property:
            value = jira.get(f"/rest/servicedeskapi/organization/{organisation['id']}/property/{name}", missing_ok=True)
            if value is not None:
                properties.append(value)
        if properties:
            write(args.out, f"organization-properties/{organisation['id']}.json", properties)

    # Written last: an export without a manifest is unfinished, and the import says so.
    write(args.out, "manifest.json", {"format": FORMAT, "formatVersion": FORMAT_VERSION, "baseUrl": args.base_url,
                                      "exportedAt": started.strftime("%Y-%m-%dT%H:%M:%SZ"), "jql": args.jql,
                                      "restApi": "2"})
    print(f"jsm-export: wrote {len(keys)} issues, {len(users)} users, {len(organisations['values'])} organisations "
          f"to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
