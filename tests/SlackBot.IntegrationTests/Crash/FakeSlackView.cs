namespace SlackBot.IntegrationTests.Crash;

/// <summary>What reached Slack: every message the bot posted, by the outbox id it carries in its metadata (so a
/// message posted twice shows up twice), and the digest charts Slack accepted.</summary>
public sealed record FakeSlackView(
    IReadOnlyList<string> PostedOutboxIds,
    int QuestionPosts,
    int DigestPosts,
    int ChartUploads,
    int FaultsInjected,
    int WebApiCalls)
{
    public static FakeSlackView Of(FakeSlack slack)
    {
        var posts = new[] { CrashRun.Incident, CrashRun.Team }
            .SelectMany(channel => slack.Messages(channel))
            .Where(message => message.BotId == slack.BotId)
            .Select(message => message.Metadata?["event_payload"]?["outbox_id"]?.GetValue<string>() ?? "(no metadata) " + message.Text)
            .ToList();
        var calls = slack.AllCalls;
        return new FakeSlackView(
            posts,
            // Every bot post in the incident channel is a question (its buttons go once it is answered).
            slack.Messages(CrashRun.Incident).Count(message => message.BotId == slack.BotId),
            posts.Count(id => id.StartsWith("digest-post:", StringComparison.Ordinal)),
            slack.Calls("files.completeUploadExternal").Count(call => call.StatusCode == 200 && call.ResponseBody.Contains("\"ok\":true", StringComparison.Ordinal)),
            calls.Count(call => call.StatusCode is 0 or >= 400 || call.ResponseBody.Contains("\"ok\":false", StringComparison.Ordinal)),
            calls.Count);
    }

    /// <summary>Outbox ids that reached Slack more than once.</summary>
    public IReadOnlyList<string> Duplicates => [.. PostedOutboxIds.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key)];
}
