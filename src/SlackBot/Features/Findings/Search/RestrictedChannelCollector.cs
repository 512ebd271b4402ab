using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// Gathers the distinct visibilities of the findings a query matches, without scoring or ranking them: the search
/// then asks about exactly those private channels, and no other, before it ranks what the caller may see.
/// </summary>
internal sealed class RestrictedChannelCollector : ICollector
{
    private readonly HashSet<string> _visibilities = new(StringComparer.Ordinal);
    private readonly HashSet<int> _segmentOrdinals = [];
    private SortedDocValues? _segment;

    /// <summary>The restricted visibilities seen (never <see cref="FindingDocument.Public"/>); call after the search.</summary>
    public IReadOnlySet<string> Restricted
    {
        get
        {
            FlushSegment();
            return _visibilities;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
        // Scores are not needed: only which findings match.
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segment = context.AtomicReader.GetSortedDocValues(FindingDocument.Visibility);
    }

    public void Collect(int doc)
    {
        if (_segment?.GetOrd(doc) is >= 0 and var ordinal) _segmentOrdinals.Add(ordinal);
    }

    private void FlushSegment()
    {
        if (_segment is null) return;
        var value = new BytesRef();
        foreach (var ordinal in _segmentOrdinals)
        {
            _segment.LookupOrd(ordinal, value);
            var visibility = value.Utf8ToString();
            if (visibility != FindingDocument.Public) _visibilities.Add(visibility);
        }

        _segmentOrdinals.Clear();
        _segment = null;
    }
}
