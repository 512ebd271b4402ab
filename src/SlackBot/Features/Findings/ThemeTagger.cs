using System.Text.RegularExpressions;
using SlackBot.Features.Moments;

namespace SlackBot.Features.Findings;

/// <summary>
/// Tags a finding with themes a reader in another team would search for: the moment's category plus the
/// operational subjects its words mention (runbooks, dashboards, scripts, on-call…). Pure and deterministic.
/// </summary>
public static partial class ThemeTagger
{
    private static readonly (string Theme, Regex Pattern)[] Subjects =
    [
        ("runbooks", RunbooksWords()),
        ("dashboards", DashboardsWords()),
        ("alerting", AlertingWords()),
        ("scripts and queries", ScriptsQueriesWords()),
        ("deploys and rollbacks", DeploysRollbacksWords()),
        ("feature flags", FeatureFlagsWords()),
        ("databases", DatabasesWords()),
        ("caches and queues", CachesQueuesWords()),
        ("retries and timeouts", RetriesTimeoutsWords()),
        ("capacity", CapacityWords()),
        ("networking and DNS", NetworkingDnsWords()),
        ("configuration", ConfigurationWords()),
        ("on-call and handoffs", OnCallHandoffsWords()),
        ("access and permissions", AccessPermissionsWords()),
        ("documentation", DocumentationWords()),
        ("customers", CustomersWords()),
    ];

    /// <summary>The category's label first, then up to five subjects in the order listed above.</summary>
    public static IReadOnlyList<string> Tag(string text, MomentCategory? category)
    {
        var themes = new List<string>();
        if (category is { } known) themes.Add(known.Label());
        themes.AddRange(Subjects.Where(subject => subject.Pattern.IsMatch(text)).Select(subject => subject.Theme).Take(5));
        return themes;
    }

    // Each subject: its words between word boundaries, ignoring case (the non-backtracking engine: linear in any text).
    private const RegexOptions SubjectOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    [GeneratedRegex(@"\b(?:runbooks?|playbooks?|procedures?|checklists?)\b", SubjectOptions)]
    private static partial Regex RunbooksWords();

    [GeneratedRegex(@"\b(?:dashboards?|graphs?|grafana|charts?|panels?)\b", SubjectOptions)]
    private static partial Regex DashboardsWords();

    [GeneratedRegex(@"\b(?:alerts?|alerting|pag(?:e|ed|ing)|pagerduty|opsgenie|monitors?)\b", SubjectOptions)]
    private static partial Regex AlertingWords();

    [GeneratedRegex(@"\b(?:scripts?|one[- ]liners?|quer(?:y|ies)|gists?|aliases|notebooks?|snippets?)\b", SubjectOptions)]
    private static partial Regex ScriptsQueriesWords();

    [GeneratedRegex(@"\b(?:deploy(?:s|ed|ment|ing)?|roll(?:ed)?[- ]?backs?|rollouts?|releases?|canar(?:y|ies))\b", SubjectOptions)]
    private static partial Regex DeploysRollbacksWords();

    [GeneratedRegex(@"\b(?:feature[- ]flags?|flags?|toggles?|kill[- ]switch(?:es)?)\b", SubjectOptions)]
    private static partial Regex FeatureFlagsWords();

    [GeneratedRegex(@"\b(?:databases?|db|postgres|mysql|replicas?|primary|failover|migrations?|schema)\b", SubjectOptions)]
    private static partial Regex DatabasesWords();

    [GeneratedRegex(@"\b(?:cache[sd]?|redis|memcached|queues?|kafka|consumers?|backlogs?|lag)\b", SubjectOptions)]
    private static partial Regex CachesQueuesWords();

    [GeneratedRegex(@"\b(?:retr(?:y|ies|ied)|timeouts?|backoff|circuit[- ]breakers?|connection[- ]pools?)\b", SubjectOptions)]
    private static partial Regex RetriesTimeoutsWords();

    [GeneratedRegex(@"\b(?:capacity|scal(?:e|ed|ing)|autoscal\w*|cpu|memory|disk|quotas?|limits?)\b", SubjectOptions)]
    private static partial Regex CapacityWords();

    [GeneratedRegex(@"\b(?:dns|certificates?|certs?|tls|ssl|load[- ]balancers?|cdn|network(?:ing)?)\b", SubjectOptions)]
    private static partial Regex NetworkingDnsWords();

    [GeneratedRegex(@"\b(?:config(?:uration)?s?|settings?|env(?:ironment)? var(?:iable)?s?|secrets?)\b", SubjectOptions)]
    private static partial Regex ConfigurationWords();

    [GeneratedRegex(@"\b(?:on[- ]?call|shifts?|hand(?:ed)?[- ]?(?:off|over)s?|rotations?)\b", SubjectOptions)]
    private static partial Regex OnCallHandoffsWords();

    [GeneratedRegex(@"\b(?:access|permissions?|credentials?|iam|roles?|sudo)\b", SubjectOptions)]
    private static partial Regex AccessPermissionsWords();

    [GeneratedRegex(@"\b(?:docs?|documentation|wiki|readme|confluence)\b", SubjectOptions)]
    private static partial Regex DocumentationWords();

    [GeneratedRegex(@"\b(?:customers?|users?|support tickets?|complaints?)\b", SubjectOptions)]
    private static partial Regex CustomersWords();
}
