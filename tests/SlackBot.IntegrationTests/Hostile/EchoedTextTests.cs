using System.Text;
using System.Text.Json.Nodes;
using SlackBot.IntegrationTests.Learning;

namespace SlackBot.IntegrationTests.Hostile;

/// <summary>
/// People's words come back in the bot's posts: quoted in questions, as findings, in search results, exports, prep,
/// App Home and <c>/learn</c> replies. Someone who writes Slack's control sequences into a message must not be able to
/// make the bot ping the channel, a user group or a person, or show a link under a label of their choosing. One
/// hostile message goes through the whole pipeline; every post the bot makes is then scanned for the raw sequences.
/// </summary>
public sealed class EchoedTextTests
{
    // Real-looking words so the detector keeps them as a moment, carrying every trick at once.
    private const string Tricks = "<!channel> <!here> <!subteam^S0EVIL|@everyone> <@U0EVIL> <http://evil.example|bank.com>";
    private const string MomentWords = "I skipped the failover step in the runbook because the replica was 40 minutes behind " + Tricks;
    private const string AnswerWords = "The replica lag graph was the only thing I trusted " + Tricks;

    private static readonly string[] Forbidden = ["<!channel", "<!here", "<!subteam^S0EVIL", "<@U0EVIL", "<http://evil.example"];

    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
        _bed = null!;
    }

    [Test]
    public async Task No_bot_post_carries_a_ping_or_a_disguised_link_from_what_people_wrote()
    {
        _bed = await LearningBed.StartAsync();
        var replies = new List<(string Command, JsonObject Reply)>();

        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Bob, MomentWords);
        replies.Add(await LearnAsync("note " + Tricks, LearningBed.Alice, LearningBed.IncidentChannel));
        replies.Add(await LearnAsync("idea " + Tricks, LearningBed.Alice, LearningBed.IncidentChannel));
        replies.Add(await LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel));
        var question = await _bed.WaitForPostedQuestionAsync(moment);
        var answerTs = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Bob, AnswerWords, threadTs: question.ThreadRootTs);
        await Poll.UntilAsync(() => _bed.Findings.All().Any(finding => finding.MessageTs == answerTs), LearningBed.Generous, "the answer to become a finding");

        foreach (var command in new[] { "findings", "questions", "ideas", "status", "search replica", "search " + Tricks, Tricks, "help " + Tricks, "ask " + Tricks })
            replies.Add(await LearnAsync(command, LearningBed.Alice, LearningBed.IncidentChannel));
        replies.Add(await LearnAsync($"export <#{LearningBed.IncidentChannel}|{LearningBed.IncidentChannelName}>", LearningBed.Alice, LearningBed.TeamChannel));
        replies.Add(await LearnAsync($"prep <#{LearningBed.IncidentChannel}|{LearningBed.IncidentChannelName}>", LearningBed.Alice, LearningBed.TeamChannel));
        await _bed.SendEventAsync(new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = LearningBed.Bob, ["channel"] = "D0BOB", ["tab"] = "home", ["event_ts"] = _bed.NextEventTs(),
        });
        await Poll.UntilAsync(() => _bed.Slack.UploadedFiles.Any(file => file.Completed) && _bed.Slack.Calls("views.publish").Count > 0,
            LearningBed.Generous, "the export, the prep pack and the Home tab");
        await _bed.DrainAsync();

        var posts = BotPosts(replies);
        var echoed = posts.Where(post => post.Text.Contains("40 minutes behind", StringComparison.Ordinal) || post.Text.Contains("lag graph", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(echoed.Select(post => post.Where).Distinct().Count(), Is.GreaterThanOrEqualTo(4), "the hostile words came back on several surfaces: " + string.Join(", ", echoed.Select(post => post.Where).Distinct()));
            foreach (var post in posts)
                Assert.That(Forbidden.Where(token => post.Text.Contains(token, StringComparison.Ordinal)), Is.Empty, $"{post.Where} posted a raw control sequence");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    private async Task<(string, JsonObject)> LearnAsync(string text, string user, string channel) =>
        (text.Split(' ')[0], await _bed.LearnAsync(text, user, channel));

    /// <summary>Everything the bot sent anyone: Web API calls, response_url posts, uploaded files, command replies.</summary>
    private List<(string Where, string Text)> BotPosts(IEnumerable<(string Command, JsonObject Reply)> replies) =>
    [
        .. _bed.Slack.AllCalls
            .Where(call => call.Method.StartsWith("chat.", StringComparison.Ordinal) || call.Method.StartsWith("views.", StringComparison.Ordinal) || call.Method.StartsWith("files.", StringComparison.Ordinal))
            .Select(call => (call.Method, StringsIn(call.Args))),
        .. _bed.Slack.ResponseUrlPosts.Select(post => ("response_url", post.Body is { } body ? StringsIn(body) : post.RawBody)),
        .. _bed.Slack.UploadedFiles.Where(file => file.Content is not null).Select(file => ("file " + file.Filename, Encoding.UTF8.GetString(file.Content!))),
        .. replies.Select(reply => ("reply to /learn " + reply.Command, StringsIn(reply.Reply))),
    ];

    /// <summary>
    /// Every string in a JSON document, decoded: a serializer may write &lt; as <c>\u003C</c>, which Slack reads as &lt;.
    /// Blocks and views travel as JSON inside a form field, so strings that hold JSON are opened too.
    /// </summary>
    private static string StringsIn(JsonNode? node) => node switch
    {
        JsonObject json => string.Join('\n', json.Select(property => StringsIn(property.Value))),
        JsonArray array => string.Join('\n', array.Select(StringsIn)),
        JsonValue value when value.TryGetValue<string>(out var text) => OpenedJson(text) ?? text,
        _ => "",
    };

    private static string? OpenedJson(string text)
    {
        if (text.Length == 0 || (text[0] != '{' && text[0] != '[')) return null;
        try
        {
            return StringsIn(JsonNode.Parse(text));
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
