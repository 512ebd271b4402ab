using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Learn;
using SlackBot.Features.Learn.Subcommands;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;

namespace SlackBot.Benchmarks;

/// <summary>
/// <c>/learn search</c> over 100,000 findings (300 incidents over two years, a tenth private), on the index as the bot
/// keeps it: a folder on disk next to the database. One operation is one whole search: query, visibility, ranking,
/// and the highlighted excerpts of the ten hits. The target is at most 50 ms. The <c>Subcommand_</c> benchmarks run the
/// whole <c>/learn search</c> handler as the inbox calls it: visibility from Slack's channel members (a stand-in that
/// answers <c>conversations.members</c>, remembered for five minutes as in the bot), the search, the Block Kit reply,
/// and its JSON as it goes into the acknowledgement.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const int Findings = 100_000;
    private const int Incidents = 300;

    private string _folder = "";
    private LuceneFindingSearch _search = null!;
    private SearchVisibility _memberOfThree = null!;
    private SearchSubcommand _subcommand = null!;
    private const string Member = "U0BENCH";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "slackbot-bench-search-" + Guid.NewGuid().ToString("N"));
        _search = LuceneFindingSearch.OpenFolder(_folder, TimeProvider.System, NullLogger<LuceneFindingSearch>.Instance);
        var findings = GeneratedFindings.Generate(Findings, Incidents);
        var clock = Stopwatch.StartNew();
        var built = _search.Synchronise(findings);
        Console.WriteLine($"// Index of {built.Findings} findings built in {clock.Elapsed.TotalSeconds:0.0} s");
        _memberOfThree = SearchVisibility.MemberOf(GeneratedFindings.PrivateChannels(Incidents, 3));

        // The member is in three private channels; Slack lists nobody else in any of them.
        var memberOf = GeneratedFindings.PrivateChannels(Incidents, 3);
        var members = GeneratedFindings.PrivateChannels(Incidents, Incidents)
            .ToDictionary(channel => channel, channel => (IReadOnlyList<string>)(memberOf.Contains(channel) ? [Member, "U0OTHER"] : ["U0OTHER"]));
        var channelMembers = new ChannelMembers(MembersOnlySlackApi.Create(members), TimeProvider.System, NullLogger<ChannelMembers>.Instance);
        _subcommand = new SearchSubcommand(_search, new MemberVisibility(channelMembers));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _search.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Two common words: thousands of matches to rank.</summary>
    [Benchmark(Baseline = true)]
    public Task<SearchResults> Two_common_words() => Search("restarting pool", SearchVisibility.PublicOnly);

    /// <summary>A phrase: positions are checked for every candidate.</summary>
    [Benchmark]
    public Task<SearchResults> Phrase() => Search("\"load balancer retries\"", SearchVisibility.PublicOnly);

    /// <summary>A rarer, specific search of several words, as a facilitator types it.</summary>
    [Benchmark]
    public Task<SearchResults> Several_words() => Search("stale certificate auth gateway shift change", SearchVisibility.PublicOnly);

    /// <summary>Someone in three private channels: the private channels holding matches are collected and asked about first.</summary>
    [Benchmark]
    public Task<SearchResults> Member_of_private_channels() => Search("restarting pool", _memberOfThree);

    /// <summary>The whole sub-command: two common words, by someone in no private channel.</summary>
    [Benchmark]
    public Task<string> Subcommand_two_common_words() => Subcommand("restarting pool", "U0NOBODY");

    /// <summary>The whole sub-command: a phrase.</summary>
    [Benchmark]
    public Task<string> Subcommand_phrase() => Subcommand("\"load balancer retries\"", "U0NOBODY");

    /// <summary>The whole sub-command by a member of three private channels (their findings are among the hits).</summary>
    [Benchmark]
    public Task<string> Subcommand_member_of_private_channels() => Subcommand("restarting pool", Member);

    /// <summary>The whole sub-command when nothing matches: the tip, no ranking.</summary>
    [Benchmark]
    public Task<string> Subcommand_nothing_found() => Subcommand("frobnicator quux", Member);

    private async Task<string> Subcommand(string terms, string userId)
    {
        var command = new SlashCommand { Command = "/learn", Text = "search " + terms, UserId = userId, ChannelId = "C0CHAT" };
        var context = new DeliveryContext("cmd:bench", DateTimeOffset.UtcNow, 0, "T0BENCH");
        var reply = await _subcommand.HandleAsync(new LearnInvocation(command, context, terms), CancellationToken.None);
        return reply.ToJson().ToJsonString();
    }

    private Task<SearchResults> Search(string terms, SearchVisibility visibility) =>
        _search.SearchAsync(new SearchQuery(terms, visibility), CancellationToken.None);
}
