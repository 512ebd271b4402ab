using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;

namespace SlackBot.Tests.Findings.Search;

/// <summary>An in-memory search index synchronised with the given findings, and shorthand to query it.</summary>
internal sealed class SearchBed : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 5, 9, 0, 0, TimeSpan.Zero);

    private SearchBed(LuceneFindingSearch search) => Search = search;

    public FakeTimeProvider Time { get; } = new(Start);

    public LuceneFindingSearch Search { get; }

    public static SearchBed With(params Finding[] findings)
    {
        var time = new FakeTimeProvider(Start);
        var bed = new SearchBed(LuceneFindingSearch.InMemory(time, NullLogger<LuceneFindingSearch>.Instance));
        bed.Search.Synchronise(findings);
        return bed;
    }

    public Task<SearchResults> FindAsync(string terms, SearchVisibility? visibility = null, int maxHits = SearchQuery.DefaultMaxHits) =>
        Search.SearchAsync(new SearchQuery(terms, visibility ?? SearchVisibility.PublicOnly, maxHits), CancellationToken.None);

    public async Task<IReadOnlyList<string>> IdsAsync(string terms, SearchVisibility? visibility = null) =>
        (await FindAsync(terms, visibility)).Hits.Select(hit => hit.FindingId).ToList();

    public void Dispose() => Search.Dispose();
}

/// <summary>Findings as the recorder makes them, with only what a test cares about spelled out.</summary>
internal static class AFinding
{
    public static Finding Public(string id, string text, string channelId = "C0INC1") => new()
    {
        Id = id,
        Text = text,
        AuthorId = "U0ALICE",
        IncidentId = "incident:" + channelId,
        IncidentName = "#inc-checkout-latency",
        ChannelId = channelId,
        Permalink = $"https://northwind.slack.com/archives/{channelId}/p{id.Length}",
        Source = FindingSource.ThreadReply,
        CreatedAt = SearchBed.Start.AddDays(-3),
    };

    public static Finding Private(string id, string text, string channelId) =>
        Public(id, text, channelId) with { FromPrivateChannel = true, IncidentName = "#inc-payroll-leak" };
}
