using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.IntegrationTests.Support;
using SlackBot.Slack.Dispatch;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>
/// <c>/learn search</c> as Slack sends it: a finding is found by another form of its words with the excerpt, author,
/// incident and link; a private channel's finding is shown only to the people Slack lists as its members; nothing
/// found and nothing searchable get a tip; and a search that misses the acknowledgement arrives at the response_url.
/// </summary>
public sealed class SearchSubcommandTests
{
    private const string Payroll = "G0PAYROLL";
    private static readonly DateTimeOffset Noted = new(2026, 11, 5, 9, 30, 0, TimeSpan.Zero);

    private LearningBed _bed = null!;

    [TearDown]
    public async Task TearDown()
    {
        if (_bed is not null) await _bed.DisposeAsync();
        _bed = null!;
    }

    [Test]
    public async Task A_finding_is_found_by_another_form_of_its_words_with_excerpt_author_incident_and_link()
    {
        _bed = await LearningBed.StartAsync();
        var finding = await CaptureFindingAsync();

        var reply = await _bed.LearnAsync("search restart caches", LearningBed.Carol, LearningBed.TeamChannel);

        var blocks = reply["blocks"]!.AsArray();
        var context = BlockText.Of(blocks[2]);
        Assert.Multiple(() =>
        {
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"), "only Carol sees it");
            Assert.That(blocks[0]!["type"]!.GetValue<string>(), Is.EqualTo("header"));
            Assert.That(blocks[0]!["text"]!["text"]!.GetValue<string>(), Is.EqualTo("1 result for “restart caches”"));
            Assert.That(blocks[1]!["text"]!["text"]!.GetValue<string>(), Does.StartWith("> ").And.Contain("*restarting* the *cache*"), "stems matched and highlighted");
            Assert.That(context, Does.Contain($"<@{LearningBed.Alice}>"), "who said it");
            Assert.That(context, Does.Contain("#" + LearningBed.IncidentChannelName), "which incident");
            Assert.That(context, Does.Contain($"<{finding.Permalink}|in Slack>"), "a link back to the message");
            Assert.That(context, Does.Match(@"<!date\^\d+\^\{date_short\}\|\d{4}-\d{2}-\d{2}>"), "the date in the reader's own calendar");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task A_private_channels_finding_is_hidden_from_a_non_member_and_shown_to_a_member()
    {
        _bed = await LearningBed.StartAsync(arrange: slack =>
        {
            slack.AddChannel(Payroll, "inc-payroll-leak", isPrivate: true);
            slack.SetChannelMembers(Payroll, LearningBed.Alice, LearningBed.Carol);
        });
        var store = _bed.Bot.Services.GetRequiredService<IFindingStore>();
        await store.SaveAsync(Note("note:payroll", "The payroll export leaked into the shared bucket.") with { ChannelId = Payroll, FromPrivateChannel = true, IncidentName = "#inc-payroll-leak" }, CancellationToken.None);
        await store.SaveAsync(Note("note:public", "The payroll job retried all night.") with { ChannelId = LearningBed.TeamChannel }, CancellationToken.None);

        var bob = await _bed.LearnAsync("search payroll", LearningBed.Bob, LearningBed.TeamChannel);
        var alice = await _bed.LearnAsync("search payroll", LearningBed.Alice, LearningBed.TeamChannel);

        Assert.Multiple(() =>
        {
            Assert.That(BlockText.Of(bob["blocks"]), Does.Contain("retried all night").And.Not.Contain("leaked").And.Not.Contain("inc-payroll-leak"),
                "Bob is not in the private channel");
            Assert.That(bob["text"]!.GetValue<string>(), Does.StartWith("1 result"));
            Assert.That(BlockText.Of(alice["blocks"]), Does.Contain("*payroll* export leaked").And.Contain("retried all night"));
            Assert.That(alice["text"]!.GetValue<string>(), Does.StartWith("2 results"));
            Assert.That(_bed.Slack.Calls("conversations.members").Select(call => call.Args["channel"]?.GetValue<string>()), Has.All.EqualTo(Payroll),
                "only the channel holding a match is asked about");
        });
    }

    [TestCase("search frobnicator quux", "No findings or notes match “frobnicator quux”")]
    [TestCase("search the of and !!!", "There is nothing I can search for in “the of and !!!”")]
    [TestCase("search \"unclosed (AND) OR * :", "No findings or notes match")]
    public async Task Nothing_found_or_nothing_searchable_gets_a_tip_and_never_an_error(string text, string expected)
    {
        _bed = await LearningBed.StartAsync();
        await _bed.Bot.Services.GetRequiredService<IFindingStore>().SaveAsync(Note("note:1", "The failover runbook skips the DNS step."), CancellationToken.None);

        var reply = await _bed.LearnAsync(text, LearningBed.Bob, LearningBed.TeamChannel);

        var shown = reply["text"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(shown, Does.StartWith(expected));
            Assert.That(shown, Does.Contain("fewer words").And.Contain("\"quoted phrases\""), "a tip");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Search_echoes_what_was_typed_without_letting_it_ping_or_link()
    {
        _bed = await LearningBed.StartAsync();

        var reply = await _bed.LearnAsync("search <!channel> <https://evil.example|status>", LearningBed.Bob, LearningBed.TeamChannel);

        Assert.That(reply["text"]!.GetValue<string>(), Does.Contain("&lt;!channel&gt;").And.Not.Contain("<!channel>").And.Not.Contain("<https://evil"));
    }

    /// <summary>
    /// With no time to answer inside the acknowledgement (as when a search over a big store is slow), Slack hears an
    /// empty 200 at once and the results follow at the command's response_url, only to the person who asked.
    /// </summary>
    [Test]
    public async Task A_search_that_misses_the_acknowledgement_arrives_at_the_response_url()
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        slack.AddUser(LearningBed.Alice, "alice");
        slack.AddChannel(LearningBed.TeamChannel, "team-payments");
        await using var bot = await BotApp.StartAsync(slack, directory.File("bot.db"),
            builder => builder.Services.Configure<SlackDispatchOptions>(options => options.AckBudget = TimeSpan.Zero));
        await bot.Services.GetRequiredService<IFindingStore>().SaveAsync(Note("note:1", "We restarted the EU cache pool by hand before the warm-up."), CancellationToken.None);

        using var command = await slack.SenderFor(bot.BaseUrl).SendCommandAsync("/learn", "search restarting", LearningBed.Alice, LearningBed.TeamChannel);
        var ack = await command.Response.Content.ReadAsStringAsync();
        await Poll.UntilAsync(() => slack.ResponseUrlPosts.Any(post => post.ResponseUrlId == command.ResponseUrlId), LearningBed.Generous, "the results at the response_url");

        var post = slack.ResponseUrlPosts.Single(post => post.ResponseUrlId == command.ResponseUrlId);
        Assert.Multiple(() =>
        {
            Assert.That(command.Response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ack, Is.Empty, "acknowledged without the answer");
            Assert.That(post.StatusCode, Is.EqualTo(200));
            Assert.That(post.Body!["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(BlockText.Of(post.Body["blocks"]), Does.Contain("1 result for “restarting”").And.Contain("We *restarted* the EU cache pool"));
        });
    }

    private async Task<Finding> CaptureFindingAsync()
    {
        await _bed.StartIncidentAsync();
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice,
            "the trick is to drain the EU pool before restarting the cache, otherwise the warm-up takes twenty minutes");
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "bulb", _bed.Message(LearningBed.IncidentChannel, ts), _bed.NextEventTs()));
        var id = Finding.IdForMessage(LearningBed.IncidentChannel, ts);
        // A fresh bot's first message and reaction pay its warm-up; on a busy shared machine that has taken minutes.
        await Poll.UntilAsync(() => _bed.Findings.Find(id) is not null, TimeSpan.FromMinutes(3), "the finding to be recorded");
        return _bed.Findings.Find(id)!;
    }

    private static Finding Note(string id, string text) => new()
    {
        Id = id,
        Text = text,
        AuthorId = LearningBed.Alice,
        Source = FindingSource.Note,
        CreatedAt = Noted,
    };
}
