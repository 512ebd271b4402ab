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
        ("runbooks", Words(@"runbooks?|playbooks?|procedures?|checklists?")),
        ("dashboards", Words(@"dashboards?|graphs?|grafana|charts?|panels?")),
        ("alerting", Words(@"alerts?|alerting|pag(?:e|ed|ing)|pagerduty|opsgenie|monitors?")),
        ("scripts and queries", Words(@"scripts?|one[- ]liners?|quer(?:y|ies)|gists?|aliases|notebooks?|snippets?")),
        ("deploys and rollbacks", Words(@"deploy(?:s|ed|ment|ing)?|roll(?:ed)?[- ]?backs?|rollouts?|releases?|canar(?:y|ies)")),
        ("feature flags", Words(@"feature[- ]flags?|flags?|toggles?|kill[- ]switch(?:es)?")),
        ("databases", Words(@"databases?|db|postgres|mysql|replicas?|primary|failover|migrations?|schema")),
        ("caches and queues", Words(@"cache[sd]?|redis|memcached|queues?|kafka|consumers?|backlogs?|lag")),
        ("retries and timeouts", Words(@"retr(?:y|ies|ied)|timeouts?|backoff|circuit[- ]breakers?|connection[- ]pools?")),
        ("capacity", Words(@"capacity|scal(?:e|ed|ing)|autoscal\w*|cpu|memory|disk|quotas?|limits?")),
        ("networking and DNS", Words(@"dns|certificates?|certs?|tls|ssl|load[- ]balancers?|cdn|network(?:ing)?")),
        ("configuration", Words(@"config(?:uration)?s?|settings?|env(?:ironment)? var(?:iable)?s?|secrets?")),
        ("on-call and handoffs", Words(@"on[- ]?call|shifts?|hand(?:ed)?[- ]?(?:off|over)s?|rotations?")),
        ("access and permissions", Words(@"access|permissions?|credentials?|iam|roles?|sudo")),
        ("documentation", Words(@"docs?|documentation|wiki|readme|confluence")),
        ("customers", Words(@"customers?|users?|support tickets?|complaints?")),
    ];

    /// <summary>The category's label first, then up to five subjects in the order listed above.</summary>
    public static IReadOnlyList<string> Tag(string text, MomentCategory? category)
    {
        var themes = new List<string>();
        if (category is { } known) themes.Add(known.Label());
        themes.AddRange(Subjects.Where(subject => subject.Pattern.IsMatch(text)).Select(subject => subject.Theme).Take(5));
        return themes;
    }

    private static Regex Words(string alternatives) =>
        new($@"\b(?:{alternatives})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
