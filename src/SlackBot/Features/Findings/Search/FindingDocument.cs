using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using SlackBot.Features.Moments;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Findings.Search;

/// <summary>
/// How a finding is kept in the Lucene index: its words as plain text (what a person reads, so mentions and links
/// are words and Slack's markup is not), its incident's name, and what a hit shows. Each document carries a hash of
/// its content, so that the start-up check finds what changed in the store without comparing texts.
/// </summary>
internal static class FindingDocument
{
    public const string Id = "id";
    public const string Text = "text";
    public const string Incident = "incident";
    public const string IncidentId = "incident_id";
    public const string Author = "author";
    public const string Created = "created";
    public const string Permalink = "permalink";
    public const string Source = "source";
    public const string Visibility = "visibility";
    public const string Hash = "hash";

    /// <summary>The <see cref="Visibility"/> of a finding everyone may see; restricted ones hold <see cref="RestrictedTo"/>.</summary>
    public const string Public = "public";

    /// <summary>Bump when the fields, the analyzer or the plain-text rendering change: the index is then rebuilt.</summary>
    public const string SchemaVersion = "1";

    public static string RestrictedTo(string channelId) => "channel:" + channelId;

    public static string? ChannelOf(string visibility) =>
        visibility.StartsWith("channel:", StringComparison.Ordinal) ? visibility["channel:".Length..] : null;

    public static string VisibilityOf(Finding finding) =>
        FindingSearchRules.RestrictedTo(finding) is { } channel ? RestrictedTo(channel) : Public;

    public static Document From(Finding finding)
    {
        var text = SlackText.ToPlain(finding.Text);
        var visibility = VisibilityOf(finding);
        var document = new Document
        {
            new StringField(Id, finding.Id, Field.Store.YES),
            new TextField(Text, text, Field.Store.YES),
            new StoredField(Author, finding.AuthorId),
            new StoredField(Created, finding.CreatedAt.UtcTicks),
            new StoredField(Source, (int)finding.Source),
            new StringField(Visibility, visibility, Field.Store.NO),
            // Read per document while collecting which private channels hold a match.
            new SortedDocValuesField(Visibility, new BytesRef(visibility)),
            new StoredField(Hash, HashOf(finding)),
        };
        if (finding.IncidentName is { } incidentName) document.Add(new TextField(Incident, incidentName, Field.Store.YES));
        if (finding.IncidentId is { } incidentId) document.Add(new StoredField(IncidentId, incidentId));
        if (finding.Permalink is { } permalink) document.Add(new StoredField(Permalink, permalink));
        return document;
    }

    /// <summary>A fingerprint of everything the document holds: equal hashes mean the indexed copy is current.</summary>
    public static string HashOf(Finding finding)
    {
        var content = string.Join('\u001F',
            SchemaVersion, finding.Id, finding.Text, finding.AuthorId, finding.IncidentId ?? "", finding.IncidentName ?? "",
            finding.CreatedAt.UtcTicks.ToString(CultureInfo.InvariantCulture), finding.Permalink ?? "",
            ((int)finding.Source).ToString(CultureInfo.InvariantCulture), VisibilityOf(finding));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)), 0, 16);
    }
}
