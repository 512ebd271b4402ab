using System.Globalization;
using System.Text.Json.Nodes;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Questions;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Home;

/// <summary>
/// The Home tab's blocks for one person: what the bot is for, their open questions (with the same buttons as in the
/// thread, so the question listeners handle them), their own findings with Withdraw and a visibility choice, the
/// active incidents they are in, and what the organisation learned lately.
/// </summary>
public static class HomeView
{
    public const int MaxQuestions = 5;
    public const int MaxOwnFindings = 10;
    public const int MaxIncidents = 5;
    public const int MaxRecentlyLearned = 5;

    /// <summary>Every Home action on a finding starts with this (the route's prefix).</summary>
    public const string FindingActionPrefix = "home_finding_";
    public const string WithdrawAction = "home_finding_withdraw";
    public const string VisibilityAction = "home_finding_visibility";

    /// <summary>A visibility option's value: the choice and the finding it is for (a select carries no separate value).</summary>
    public static string VisibilityValue(FindingVisibility visibility, string findingId) => $"{visibility}|{findingId}";

    /// <summary>Reads <see cref="VisibilityValue"/> back; false for anything the bot did not write.</summary>
    public static bool TryReadVisibilityValue(string? value, out FindingVisibility visibility, out string findingId)
    {
        visibility = default;
        findingId = "";
        var bar = value?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        if (bar <= 0 || bar == value!.Length - 1) return false;
        if (!Enum.TryParse(value[..bar], ignoreCase: false, out visibility) || !Enum.IsDefined(visibility)) return false;
        findingId = value[(bar + 1)..];
        return true;
    }

    public static JsonObject Compose(HomeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blocks = new JsonArray
        {
            BlockKit.Header("Learning from incidents"),
            BlockKit.Section("I listen in incident channels, stay quiet while people are busy, and afterwards ask a few people " +
                             "a specific question about something they said or did. Answers become *findings*: how work really gets done here."),
            BlockKit.Context("`/learn help` lists what I can do · react with :mag: to mark a learning moment · :bulb: keeps any message as a finding"),
            BlockKit.Divider(),
        };
        Questions(blocks, content);
        blocks.Add(BlockKit.Divider());
        OwnFindings(blocks, content.OwnFindings);
        blocks.Add(BlockKit.Divider());
        Incidents(blocks, content);
        blocks.Add(BlockKit.Divider());
        RecentlyLearned(blocks, content.RecentlyLearned);
        return BlockKit.Home(blocks);
    }

    private static void Questions(JsonArray blocks, HomeContent content)
    {
        blocks.Add(BlockKit.Section(content.OpenQuestionCount == 0
            ? "*Questions for you*\nNone right now. Thank you for the answers you gave."
            : $"*Questions for you* ({content.OpenQuestionCount}), all optional:"));
        var index = 0;
        foreach (var question in content.OpenQuestions.Take(MaxQuestions))
        {
            blocks.Add(BlockKit.Section(Mrkdwn.Truncate(question.Text, 280)));
            blocks.Add(BlockKit.Context($"in {Mrkdwn.Channel(question.ChannelId)}"));
            // The thread's own buttons: QuestionButtons handles them wherever they sit, and Answer opens the same modal.
            blocks.Add(BlockKit.Actions($"home_question_{index++}",
                BlockKit.Button("Answer", QuestionMessages.AnswerAction, question.Id, ButtonStyle.Primary),
                BlockKit.Button("Not now", QuestionMessages.SnoozeAction, question.Id),
                BlockKit.Button("Not relevant", QuestionMessages.DismissAction, question.Id)));
        }
    }

    private static void OwnFindings(JsonArray blocks, IReadOnlyList<Finding> findings)
    {
        blocks.Add(BlockKit.Section(findings.Count == 0
            ? "*Your findings*\nNone yet. When you answer a question, it shows up here, and you decide who sees it."
            : "*Your findings*, newest first. You decide who sees each one, or withdraw it:"));
        var index = 0;
        foreach (var finding in findings.Take(MaxOwnFindings))
        {
            blocks.Add(BlockKit.Section(Mrkdwn.Quote(Mrkdwn.Truncate(SlackText.ToPlain(finding.Text), 400))));
            blocks.Add(BlockKit.Context(string.Join(" · ", FindingFacts(finding))));
            blocks.Add(BlockKit.Actions($"home_finding_{index++}", VisibilitySelect(finding), WithdrawButton(finding)));
        }
    }

    private static IEnumerable<string> FindingFacts(Finding finding)
    {
        yield return finding.IncidentName is { Length: > 0 } incident ? Mrkdwn.Escape(incident) : "no incident";
        yield return VisibilityLabel(finding);
        if (finding.Permalink is { } permalink) yield return Mrkdwn.Link(permalink, "in Slack");
    }

    /// <summary>Who sees it, in words; a private channel's finding stays with its members whatever is chosen.</summary>
    public static string VisibilityLabel(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.FromPrivateChannel) return "seen by the private channel's members only";
        return FindingSearchRules.RestrictedTo(finding) is { Length: > 0 } channel
            ? $"seen by members of {Mrkdwn.Channel(channel)} only"
            : finding.Visibility == FindingVisibility.IncidentChannel ? "seen by nobody else" : "seen by the organisation";
    }

    private static JsonObject VisibilitySelect(Finding finding)
    {
        var options = new JsonArray();
        JsonObject? initial = null;
        foreach (var (visibility, label) in new[] { (FindingVisibility.Organisation, "Organisation"), (FindingVisibility.IncidentChannel, "Incident channel only") })
        {
            options.Add(Option(label, VisibilityValue(visibility, finding.Id)));
            if (visibility == finding.Visibility) initial = Option(label, VisibilityValue(visibility, finding.Id));
        }

        var select = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = VisibilityAction,
            ["placeholder"] = BlockKit.PlainText("Who sees it"),
            ["options"] = options,
        };
        if (initial is not null) select["initial_option"] = initial;
        return select;
    }

    private static JsonObject Option(string label, string value) => new() { ["text"] = BlockKit.PlainText(label), ["value"] = value };

    private static JsonObject WithdrawButton(Finding finding)
    {
        var button = BlockKit.Button("Withdraw", WithdrawAction, finding.Id, ButtonStyle.Danger);
        // Slack asks before it sends the click: withdrawing cannot be undone.
        button["confirm"] = new JsonObject
        {
            ["title"] = BlockKit.PlainText("Withdraw this finding?"),
            ["text"] = BlockKit.MarkdownText("It disappears from search, exports, review packs and digests, and is not recorded again. This cannot be undone."),
            ["confirm"] = BlockKit.PlainText("Withdraw"),
            ["deny"] = BlockKit.PlainText("Keep it"),
            ["style"] = "danger",
        };
        return button;
    }

    private static void Incidents(JsonArray blocks, HomeContent content)
    {
        blocks.Add(BlockKit.Section(content.ActiveIncidents.Count == 0
            ? "*Active incidents you're in*\nNone right now."
            : "*Active incidents you're in*"));
        foreach (var incident in content.ActiveIncidents.Take(MaxIncidents))
            blocks.Add(BlockKit.Context($"{Mrkdwn.Channel(incident.ChannelId)} · {Mrkdwn.Escape(incident.DisplayName)} · {Started(incident.StartedAt)}"));
    }

    /// <summary>Slack shows the date in the reader's own time zone; the fallback is UTC.</summary>
    private static string Started(DateTimeOffset at) =>
        $"<!date^{at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}^started {{date_short_pretty}} at {{time}}|started {at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}>";

    private static void RecentlyLearned(JsonArray blocks, IReadOnlyList<Finding> findings)
    {
        blocks.Add(BlockKit.Section(findings.Count == 0 ? "*Recently learned*\nNothing yet." : "*Recently learned*"));
        foreach (var finding in findings.Take(MaxRecentlyLearned))
        {
            var where = finding.IncidentName is { Length: > 0 } incident ? " · " + Mrkdwn.Escape(incident) : "";
            var link = finding.Permalink is { } permalink ? " · " + Mrkdwn.Link(permalink, "in Slack") : "";
            blocks.Add(BlockKit.Section(Mrkdwn.Quote(Mrkdwn.Truncate(SlackText.ToPlain(finding.Text), 400))));
            blocks.Add(BlockKit.Context($"{Mrkdwn.Mention(finding.AuthorId)}{where}{link}"));
        }
    }
}
