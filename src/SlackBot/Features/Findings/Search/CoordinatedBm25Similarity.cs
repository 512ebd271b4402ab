using Lucene.Net.Search.Similarities;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// BM25, plus Lucene's classic coordination factor: a finding that matches three of the four words searched for
/// scores three quarters of what it would otherwise. Plain BM25 leaves coordination out, and then a finding that
/// repeats one rare word can outrank one that has all the words a person typed.
/// </summary>
internal sealed class CoordinatedBm25Similarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : overlap / (float)maxOverlap;
}
