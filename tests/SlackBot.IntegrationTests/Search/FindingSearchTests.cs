using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.IntegrationTests.Fakes;
using SlackBot.IntegrationTests.Learning;
using SlackBot.IntegrationTests.Support;

namespace SlackBot.IntegrationTests.Search;

/// <summary>
/// The running bot's search index follows its findings store: what is captured live is found, edits and deletions
/// follow, what changed in the store while the bot was stopped is found after the next start, and a private
/// channel's findings are found only by the people Slack lists as its members.
/// </summary>
public class FindingSearchTests
{
    [Test]
    public async Task A_finding_captured_live_is_found_then_follows_its_edit_and_deletion()
    {
        await using var bed = await LearningBed.StartAsync();
        var search = bed.Bot.Services.GetRequiredService<IFindingSearch>();
        var ts = await bed.Sender.PostUserMessageAsync(LearningBed.TeamChannel, LearningBed.Alice, "I restarted the EU cache pool by hand before the warm-up");
        var message = bed.Message(LearningBed.TeamChannel, ts);
        var findingId = Finding.IdForMessage(LearningBed.TeamChannel, ts);

        await bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "bulb", message, bed.NextEventTs()));
        // The first message and reaction a fresh bot handles pay its warm-up (compiled patterns, JIT): on a busy
        // shared machine that alone has taken over a minute.
        await Poll.UntilAsync(() => bed.Findings.Find(findingId) is not null, TimeSpan.FromMinutes(3), "the finding to be recorded");

        var hit = (await SearchAsync(search, "restarting cache")).Hits.Single();
        Assert.Multiple(() =>
        {
            Assert.That(hit.FindingId, Is.EqualTo(findingId));
            Assert.That(hit.AuthorId, Is.EqualTo(LearningBed.Alice));
            Assert.That(hit.Permalink, Is.EqualTo(bed.Findings.Find(findingId)!.Permalink).And.Not.Null);
            Assert.That(hit.Excerpt, Is.EqualTo("I *restarted* the EU *cache* pool by hand before the warm-up"));
        });

        await bed.SendEventAsync(SlackEvents.MessageChanged(message, "I drained the EU pool by hand before the warm-up", bed.NextEventTs()));
        await bed.DrainAsync();
        Assert.Multiple(async () =>
        {
            Assert.That((await SearchAsync(search, "cache")).Hits, Is.Empty, "the old words are gone");
            Assert.That((await SearchAsync(search, "drained")).Hits.Select(found => found.FindingId), Is.EqualTo(new[] { findingId }));
        });

        await bed.SendEventAsync(SlackEvents.MessageDeleted(message, bed.NextEventTs()));
        await bed.DrainAsync();
        Assert.That((await SearchAsync(search, "drained")).Hits, Is.Empty, "a deleted message's finding is not found");
    }

    [Test]
    public async Task What_changed_in_the_store_while_the_bot_was_stopped_is_found_after_the_next_start()
    {
        using var directory = new TempDirectory();
        await using var slack = await FakeSlack.StartAsync();
        var storage = directory.File("bot.db");
        // As `import` does: straight into the store, with no bot running to index anything.
        await WriteFindingsAsync(storage, async store =>
        {
            await store.SaveAsync(Note("n1", "The failover runbook skips the DNS step."), CancellationToken.None);
            await store.SaveAsync(Note("n2", "Nobody knew the certificate expired."), CancellationToken.None);
        });

        await using (var first = await BotApp.StartAsync(slack, storage))
        {
            var search = first.Services.GetRequiredService<IFindingSearch>();
            Assert.That((await SearchAsync(search, "runbook")).Hits.Select(hit => hit.FindingId), Is.EqualTo(new[] { "n1" }));
            Assert.That(first.LogLines(), Has.Some.Contains("Search index rebuilt from 2 findings"));
        }

        await WriteFindingsAsync(storage, async store =>
        {
            await store.DeleteAsync("n1", CancellationToken.None);
            await store.SaveAsync(Note("n2", "Nobody knew the certificate had expired until the runbook said so."), CancellationToken.None);
        });

        await using var second = await BotApp.StartAsync(slack, storage);
        var after = second.Services.GetRequiredService<IFindingSearch>();
        Assert.Multiple(async () =>
        {
            Assert.That((await SearchAsync(after, "runbook")).Hits.Select(hit => hit.FindingId), Is.EqualTo(new[] { "n2" }));
            Assert.That((await SearchAsync(after, "failover")).Hits, Is.Empty);
            // On PostgreSQL the change feed may apply the same changes first (it replays recent ones at start), so only
            // LiteDB's start-up check is sure to be the one that found them.
            if (!TestStorage.OnPostgres)
                Assert.That(second.LogLines(), Has.Some.Matches<string>(line =>
                    line.Contains("Search index checked against 1 findings", StringComparison.Ordinal) && line.Contains("0 added, 1 updated, 1 removed", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task A_private_channels_finding_is_found_only_by_the_people_slack_lists_as_its_members()
    {
        const string payroll = "G0PAYROLL";
        await using var bed = await LearningBed.StartAsync(arrange: slack =>
        {
            slack.AddChannel(payroll, "inc-payroll-leak", isPrivate: true);
            slack.SetChannelMembers(payroll, LearningBed.Alice, LearningBed.Carol);
            // The bot has since been removed: Slack no longer tells it who is in there.
            slack.AddChannel("G0GONE", "inc-old-payroll", isPrivate: true, botIsMember: false);
            slack.SetChannelMembers("G0GONE", LearningBed.Alice);
        });
        var findings = bed.Bot.Services.GetRequiredService<IFindingStore>();
        await findings.SaveAsync(Note("note:payroll", "The payroll export leaked into the shared bucket.") with { ChannelId = payroll, FromPrivateChannel = true }, CancellationToken.None);
        await findings.SaveAsync(Note("note:gone", "The old payroll export ran by hand.") with { ChannelId = "G0GONE", FromPrivateChannel = true }, CancellationToken.None);
        await findings.SaveAsync(Note("note:public", "The payroll job retried all night.") with { ChannelId = LearningBed.TeamChannel }, CancellationToken.None);
        var search = bed.Bot.Services.GetRequiredService<IFindingSearch>();
        var visibility = bed.Bot.Services.GetRequiredService<MemberVisibility>();

        var alice = await SearchAsync(search, "payroll", visibility.For(LearningBed.Alice));
        var carol = await SearchAsync(search, "payroll", visibility.For(LearningBed.Carol));
        var bob = await SearchAsync(search, "payroll", visibility.For(LearningBed.Bob));

        Assert.Multiple(() =>
        {
            Assert.That(alice.Hits.Select(hit => hit.FindingId), Is.EquivalentTo(new[] { "note:payroll", "note:public" }));
            Assert.That(carol.Hits.Select(hit => hit.FindingId), Is.EquivalentTo(new[] { "note:payroll", "note:public" }));
            Assert.That(bob.Hits.Select(hit => hit.FindingId), Is.EqualTo(new[] { "note:public" }), "Bob is not in the private channel");
            Assert.That(bed.Slack.Calls("conversations.members").Count(call => call.Args["channel"]?.GetValue<string>() == payroll),
                Is.EqualTo(1), "asked once, then remembered");
            Assert.That(bed.Bot.LogLines(), Has.Some.Contains("Could not read the members of G0GONE"), "a channel Slack will not describe hides its findings");
        });
    }

    private static Task<SearchResults> SearchAsync(IFindingSearch search, string terms, SearchVisibility visibility) =>
        search.SearchAsync(new SearchQuery(terms, visibility), CancellationToken.None).WaitAsync(LearningBed.Generous);

    private static Task<SearchResults> SearchAsync(IFindingSearch search, string terms) =>
        search.SearchAsync(new SearchQuery(terms, SearchVisibility.PublicOnly), CancellationToken.None).WaitAsync(LearningBed.Generous);

    private static async Task WriteFindingsAsync(string storage, Func<IFindingStore, Task> write)
    {
        await using var stores = TestStorage.Open(storage);
        await write(stores.GetRequiredService<IFindingStore>());
    }

    private static Finding Note(string id, string text) => new()
    {
        Id = id,
        Text = text,
        AuthorId = "U0ALICE",
        Source = FindingSource.Note,
        CreatedAt = new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero),
    };
}
