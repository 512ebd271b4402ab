using System.Text.RegularExpressions;

namespace SlackBot.Slack.Text;

/// <summary>
/// One of the angle-bracket sequences Slack writes into message text: <c>&lt;@U123&gt;</c>, <c>&lt;#C123|general&gt;</c>,
/// <c>&lt;!here&gt;</c>, <c>&lt;!subteam^S123|@oncall&gt;</c>, <c>&lt;!date^…|fallback&gt;</c>, <c>&lt;https://x|label&gt;</c>.
/// Only these shapes count: Slack escapes every other &lt; and &gt;, so anything else in brackets is text.
/// </summary>
/// <param name="Target">What follows the sigil: the user or channel id, the special's name and arguments, or the URL.</param>
/// <param name="Label">What Slack shows instead of the target; null when it sent none (or an empty one).</param>
internal sealed partial record ControlSequence(ControlSequenceKind Kind, string Target, string? Label)
{
    /// <summary>Replaces every control sequence in <paramref name="text"/> with what <paramref name="render"/> makes of it.</summary>
    public static string Replace(string text, Func<ControlSequence, string> render) =>
        Pattern().Replace(text, match => render(From(match)));

    /// <summary>The control sequences in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<ControlSequence> In(string text) => Pattern().Matches(text).Select(From);

    /// <summary>The name of a special sequence: "here" for <c>&lt;!here&gt;</c>, "subteam" for <c>&lt;!subteam^S123&gt;</c>.</summary>
    public string SpecialName => Target.Split('^', 2)[0];

    private static ControlSequence From(Match match)
    {
        var target = match.Groups["target"].Value;
        var label = match.Groups["label"] is { Success: true, Value: var text } && !string.IsNullOrWhiteSpace(text) ? text : null;
        return target[0] switch
        {
            '@' => new ControlSequence(ControlSequenceKind.User, target[1..], label),
            '#' => new ControlSequence(ControlSequenceKind.Channel, target[1..], label),
            '!' => new ControlSequence(ControlSequenceKind.Special, target[1..], label),
            _ => new ControlSequence(ControlSequenceKind.Link, target, label),
        };
    }

    // A user or channel id, a special (whose date format may hold spaces) or a URL with its scheme, then an optional
    // |label, all on one line.
    [GeneratedRegex(@"<(?<target>[@#][^<>|\s]+|![^<>|\n]+|[a-zA-Z][a-zA-Z0-9+.\-]*:[^<>|\s]+)(?:\|(?<label>[^<>\n]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

internal enum ControlSequenceKind
{
    User,
    Channel,

    /// <summary><c>&lt;!here&gt;</c>, <c>&lt;!channel&gt;</c>, <c>&lt;!everyone&gt;</c>, user groups (<c>&lt;!subteam^…&gt;</c>) and dates.</summary>
    Special,
    Link,
}
