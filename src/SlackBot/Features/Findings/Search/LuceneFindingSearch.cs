using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using Directory = Lucene.Net.Store.Directory;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// The embedded search engine: a Lucene index of the findings with English stemming and stop words, BM25 ranking and
/// highlighted excerpts. The index is a cache of the findings store: <see cref="Synchronise"/> brings it in line at
/// start-up (searches wait for that), and <see cref="Index"/>/<see cref="Remove"/> keep it there. Commits are
/// spaced out, since the start-up check repairs whatever a crash loses.
/// </summary>
public sealed partial class LuceneFindingSearch : IFindingSearch, IDisposable
{
    /// <summary>At most this long between a change and its commit while changes keep coming.</summary>
    public static readonly TimeSpan CommitInterval = TimeSpan.FromSeconds(30);

    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string SchemaKey = "schema";
    private const string CountKey = "findings";

    private readonly Directory _directory;
    private readonly Analyzer _analyzer = new EnglishAnalyzer(Version);
    private readonly Similarity _similarity = new CoordinatedBm25Similarity();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly FindingQueryBuilder _queries;
    private readonly ExcerptHighlighter _excerpts;
    private readonly TimeProvider _time;
    private readonly ILogger<LuceneFindingSearch> _logger;
    private readonly System.Threading.Lock _writing = new();
    private readonly TaskCompletionSource _synchronised = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _existed;
    private bool _recreated;
    private DateTimeOffset _lastCommit;
    private bool _uncommitted;
    private bool _disposed;

    /// <summary>Opens (or creates) the index in <paramref name="directory"/>, which it then owns.</summary>
    public LuceneFindingSearch(Directory directory, TimeProvider time, ILogger<LuceneFindingSearch> logger)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        _time = time;
        _logger = logger;
        _queries = new FindingQueryBuilder(_analyzer);
        _excerpts = new ExcerptHighlighter(_analyzer);
        _existed = DirectoryReader.IndexExists(directory);
        _writer = OpenWriter();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory(_similarity));
        _lastCommit = time.GetUtcNow();
    }

    /// <summary>An index in a folder on disk, e.g. <see cref="SearchIndexLocation.For"/> the LiteDB file.</summary>
    public static LuceneFindingSearch OpenFolder(string path, TimeProvider time, ILogger<LuceneFindingSearch> logger)
    {
        System.IO.Directory.CreateDirectory(path);
        return new LuceneFindingSearch(FSDirectory.Open(path), time, logger);
    }

    /// <summary>An index in memory, for the in-memory database of tests and the demo.</summary>
    public static LuceneFindingSearch InMemory(TimeProvider time, ILogger<LuceneFindingSearch> logger) =>
        new(new RAMDirectory(), time, logger);

    /// <summary>
    /// Brings the index in line with <paramref name="findings"/> (all of the store): rebuilds it whole when it is
    /// new or of an older layout, otherwise adds, replaces and removes what differs. Searches wait for the first one.
    /// </summary>
    public IndexSynchronisation Synchronise(IReadOnlyCollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        try
        {
            var result = SynchroniseUnderLock(findings);
            if (result.Rebuilt) LogRebuilt(result.Findings, result.Took.TotalMilliseconds, RebuildReason());
            else LogChecked(result.Findings, result.Took.TotalMilliseconds, result.Added, result.Updated, result.Removed);
            _synchronised.TrySetResult();
            return result;
        }
        catch (Exception exception)
        {
            _synchronised.TrySetException(exception);
            throw;
        }
    }

    public void Index(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (!FindingSearchRules.IsSearchable(finding))
        {
            Remove(finding.Id);
            return;
        }

        lock (_writing)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.UpdateDocument(new Term(FindingDocument.Id, finding.Id), FindingDocument.From(finding));
            Changed();
        }
    }

    public void Remove(string findingId)
    {
        ArgumentNullException.ThrowIfNull(findingId);
        lock (_writing)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _writer.DeleteDocuments(new Term(FindingDocument.Id, findingId));
            Changed();
        }
    }

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _synchronised.Task.WaitAsync(cancellationToken);
        var (luceneQuery, searched) = _queries.Build(SearchTerms.Parse(query.Terms));
        if (luceneQuery is null) return SearchResults.Nothing(searched);

        ObjectDisposedException.ThrowIf(_disposed, this);
        _searchers.MaybeRefreshBlocking();
        var searcher = _searchers.Acquire();
        try
        {
            var collector = new TopHitsByVisibility(query.HitLimit);
            searcher.Search(luceneQuery, collector);
            var visible = await VisibleAsync(collector, query.Visibility, cancellationToken);
            var hits = TopHitsByVisibility.Best(visible, query.HitLimit)
                .Select(scored => Hit(searcher.Doc(scored.Doc), scored.Score, luceneQuery))
                .ToList();
            return new SearchResults(hits, searched);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>
    /// The hits of public findings and of the private channels the caller belongs to; the caller is asked about each
    /// private channel holding a match once. A restricted finding whose channel is unknown is shown to nobody.
    /// </summary>
    private static async Task<List<ScoreDoc>> VisibleAsync(TopHitsByVisibility collector, SearchVisibility visibility, CancellationToken cancellationToken)
    {
        var visible = new List<ScoreDoc>();
        foreach (var (group, hits) in collector.Groups)
        {
            var shown = group == FindingDocument.Public ||
                        (FindingDocument.ChannelOf(group) is { Length: > 0 } channel && await visibility.MaySeeAsync(channel, cancellationToken));
            if (shown) visible.AddRange(hits);
        }

        return visible;
    }

    private SearchHit Hit(Document document, float score, Query query) => new(
        FindingId: document.Get(FindingDocument.Id),
        IncidentId: document.Get(FindingDocument.IncidentId),
        IncidentName: document.Get(FindingDocument.Incident),
        AuthorId: document.Get(FindingDocument.Author),
        CreatedAt: new DateTimeOffset(document.GetField(FindingDocument.Created).GetInt64Value() ?? 0, TimeSpan.Zero),
        Excerpt: _excerpts.Excerpt(query, document.Get(FindingDocument.Text)),
        Permalink: document.Get(FindingDocument.Permalink),
        Source: (FindingSource)(document.GetField(FindingDocument.Source).GetInt32Value() ?? 0),
        Score: score);

    private IndexSynchronisation SynchroniseUnderLock(IReadOnlyCollection<Finding> findings)
    {
        var started = _time.GetTimestamp();
        var searchable = findings.Where(FindingSearchRules.IsSearchable).ToList();
        lock (_writing)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var rebuild = !_writer.CommitData.TryGetValue(SchemaKey, out var schema) || schema != FindingDocument.SchemaVersion;
            var (added, updated, removed) = rebuild ? Rebuild(searchable) : Patch(searchable);
            Commit();
            return new IndexSynchronisation(rebuild, searchable.Count, added, updated, removed, _time.GetElapsedTime(started));
        }
    }

    private (int Added, int Updated, int Removed) Rebuild(List<Finding> findings)
    {
        _writer.DeleteAll();
        foreach (var finding in findings) _writer.AddDocument(FindingDocument.From(finding));
        return (findings.Count, 0, 0);
    }

    private (int Added, int Updated, int Removed) Patch(List<Finding> findings)
    {
        var indexed = IndexedHashes();
        int added = 0, updated = 0, removed = 0;
        foreach (var finding in findings)
        {
            var hash = FindingDocument.HashOf(finding);
            if (indexed.Remove(finding.Id, out var indexedHash) && indexedHash == hash) continue;
            if (indexedHash is null) added++;
            else updated++;
            _writer.UpdateDocument(new Term(FindingDocument.Id, finding.Id), FindingDocument.From(finding));
        }

        // Indexed but no longer in the store (or no longer searchable).
        foreach (var id in indexed.Keys)
        {
            _writer.DeleteDocuments(new Term(FindingDocument.Id, id));
            removed++;
        }

        return (added, updated, removed);
    }

    /// <summary>Id → content hash of every live document, read from the stored fields.</summary>
    private Dictionary<string, string> IndexedHashes()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = new HashSet<string> { FindingDocument.Id, FindingDocument.Hash };
        using var reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc)) continue;
                var document = segment.Document(doc, fields);
                hashes[document.Get(FindingDocument.Id)] = document.Get(FindingDocument.Hash) ?? "";
            }
        }

        return hashes;
    }

    private void Changed()
    {
        _uncommitted = true;
        if (_time.GetUtcNow() - _lastCommit >= CommitInterval) Commit();
    }

    private void Commit()
    {
        _writer.SetCommitData(new Dictionary<string, string>
        {
            [SchemaKey] = FindingDocument.SchemaVersion,
            [CountKey] = _writer.NumDocs.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        _writer.Commit();
        _uncommitted = false;
        _lastCommit = _time.GetUtcNow();
    }

    /// <summary>Opens the index; one that cannot be read (damaged, or from an unknown version) is started afresh.</summary>
    private IndexWriter OpenWriter()
    {
        try
        {
            return new IndexWriter(_directory, Config(OpenMode.CREATE_OR_APPEND));
        }
        catch (Exception exception) when (exception is IOException and not LockObtainFailedException)
        {
            LogUnreadable(exception);
            _recreated = true;
            return new IndexWriter(_directory, Config(OpenMode.CREATE));
        }
    }

    private string RebuildReason() =>
        !_existed ? "there was none" : _recreated ? "it could not be read" : "it was built by an older version";

    private IndexWriterConfig Config(OpenMode mode) => new(Version, _analyzer) { OpenMode = mode, Similarity = _similarity };

    public void Dispose()
    {
        lock (_writing)
        {
            if (_disposed) return;
            _disposed = true;
            try
            {
                if (_uncommitted) Commit();
            }
            finally
            {
                _searchers.Dispose();
                _writer.Dispose();
                _analyzer.Dispose();
                _directory.Dispose();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index rebuilt from {Findings} findings in {ElapsedMs:0} ms ({Reason})")]
    private partial void LogRebuilt(int findings, double elapsedMs, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index checked against {Findings} findings in {ElapsedMs:0} ms: {Added} added, {Updated} updated, {Removed} removed")]
    private partial void LogChecked(int findings, double elapsedMs, int added, int updated, int removed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index could not be read and is rebuilt from the findings store")]
    private partial void LogUnreadable(Exception exception);

    /// <summary>Gives every searcher the same similarity the index was written with.</summary>
    private sealed class Bm25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
