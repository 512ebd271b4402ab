using Lucene.Net.Search.Highlight;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Findings.Search;

/// <summary>Escapes the finding's own words for Slack, so that an echoed "&lt;!channel&gt;" can never ping anyone.</summary>
internal sealed class MrkdwnEncoder : IEncoder
{
    public string EncodeText(string originalText) => Mrkdwn.Escape(originalText);
}
