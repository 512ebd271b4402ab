using System.Globalization;
using System.Text;

namespace SlackBot.Slack.Api;

/// <summary>
/// Builds the query string of a GET method. Values are percent-encoded: cursors are base64 and end in '=',
/// which must travel as %3D. Absent values are left out so Slack applies its defaults.
/// </summary>
internal sealed class SlackQuery
{
    private readonly StringBuilder _text = new();

    public SlackQuery Add(string name, string? value)
    {
        if (value is not null)
        {
            _text.Append(_text.Length == 0 ? '?' : '&')
                .Append(name)
                .Append('=')
                .Append(Uri.EscapeDataString(value));
        }

        return this;
    }

    public SlackQuery Add(string name, long? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public SlackQuery Add(string name, bool? value) =>
        Add(name, value is null ? null : value.Value ? "true" : "false");

    public override string ToString() => _text.ToString();
}
