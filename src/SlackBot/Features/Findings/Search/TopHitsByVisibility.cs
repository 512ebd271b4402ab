using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// One pass over the matches that keeps the best few of each visibility (public, and each private channel) apart.
/// The caller is asked afterwards about exactly the private channels that hold a match, and the best of the groups
/// they may see are merged: the same hits as ranking only the visible findings, without a second pass.
/// </summary>
internal sealed class TopHitsByVisibility(int size) : ICollector
{
    /// <summary>Lower score first; of equal scores the later document (Lucene ranks the earlier one higher).</summary>
    private static readonly Comparer<ScoreDoc> WorstFirst = Comparer<ScoreDoc>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc));

    private readonly Dictionary<string, PriorityQueue<ScoreDoc, ScoreDoc>> _groups = new(StringComparer.Ordinal);
    private PriorityQueue<ScoreDoc, ScoreDoc>?[] _segmentGroups = [];
    private SortedDocValues? _visibility;
    private Scorer? _scorer;
    private int _docBase;

    /// <summary>The best hits of each visibility that matched, in no particular order within a group.</summary>
    public IEnumerable<(string Visibility, IEnumerable<ScoreDoc> Hits)> Groups =>
        _groups.Select(group => (group.Key, group.Value.UnorderedItems.Select(item => item.Element)));

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _visibility = context.AtomicReader.GetSortedDocValues(FindingDocument.Visibility);
        _segmentGroups = new PriorityQueue<ScoreDoc, ScoreDoc>?[_visibility?.ValueCount ?? 0];
    }

    public void Collect(int doc)
    {
        // A document without a visibility is shown to nobody.
        if (_visibility is null || _visibility.GetOrd(doc) is not (>= 0 and var ordinal)) return;
        var group = _segmentGroups[ordinal] ??= GroupOf(ordinal);
        var score = _scorer!.GetScore();
        var id = _docBase + doc;
        if (group.Count >= size)
        {
            var worst = group.Peek();
            if (score < worst.Score || (score == worst.Score && id > worst.Doc)) return;
            group.Dequeue();
        }

        var hit = new ScoreDoc(id, score);
        group.Enqueue(hit, hit);
    }

    /// <summary>The best of <paramref name="groups"/>, best first, at most <paramref name="size"/>.</summary>
    public static IReadOnlyList<ScoreDoc> Best(IEnumerable<ScoreDoc> groups, int size) =>
        groups.OrderByDescending(hit => hit, WorstFirst).Take(size).ToList();

    private PriorityQueue<ScoreDoc, ScoreDoc> GroupOf(int ordinal)
    {
        var value = new BytesRef();
        _visibility!.LookupOrd(ordinal, value);
        var visibility = value.Utf8ToString();
        if (!_groups.TryGetValue(visibility, out var group)) _groups[visibility] = group = new PriorityQueue<ScoreDoc, ScoreDoc>(size + 1, WorstFirst);
        return group;
    }
}
