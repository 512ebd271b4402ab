namespace SlackBot.Testing;

/// <summary>
/// Looks for credentials in what a program wrote (log lines, exception texts, health output, a crashed process's
/// stdout and stderr). Each secret is looked for whole and by its distinctive parts: a token without its
/// <c>xoxb-</c>/<c>xapp-</c> prefix and every dash-separated segment long enough to be its own, so a log that
/// trimmed or split a token is still caught. A leak is reported by where it is and which secret, never by the value.
/// </summary>
public sealed class SecretScan
{
    /// <summary>Shorter parts (team and app ids inside a token, say) are not secret on their own.</summary>
    private const int MinimumPartLength = 10;

    private static readonly string[] TokenPrefixes = ["xoxb-", "xoxp-", "xapp-", "xoxe-"];

    private readonly List<(string Name, string Needle)> _needles = [];

    /// <param name="secrets">Named secrets, e.g. <c>("bot token", slack.BotToken)</c>.</param>
    public SecretScan(params (string Name, string Value)[] secrets)
    {
        foreach (var (name, value) in secrets)
        {
            if (string.IsNullOrEmpty(value)) continue;
            foreach (var needle in NeedlesFor(value)) _needles.Add((name, needle));
        }
    }

    /// <summary>The strings searched for, longest first (for tests of the scan itself).</summary>
    public IReadOnlyList<string> Needles => [.. _needles.Select(needle => needle.Needle).Distinct().OrderByDescending(needle => needle.Length)];

    /// <summary>One line per leak: which source, which line, which secret. Empty when nothing leaked.</summary>
    public IReadOnlyList<string> Leaks(string source, IEnumerable<string?> texts)
    {
        var leaks = new List<string>();
        var number = 0;
        foreach (var text in texts)
        {
            number++;
            if (string.IsNullOrEmpty(text)) continue;
            foreach (var name in _needles.Where(needle => text.Contains(needle.Needle, StringComparison.Ordinal)).Select(needle => needle.Name).Distinct())
                leaks.Add($"{source}, entry {number}: holds (part of) the {name}");
        }

        return leaks;
    }

    /// <summary><see cref="Leaks(string, IEnumerable{string})"/> for one text, such as a process's whole output.</summary>
    public IReadOnlyList<string> Leaks(string source, string? text) => Leaks(source, text?.Split('\n') ?? []);

    private static IEnumerable<string> NeedlesFor(string secret)
    {
        yield return secret;
        var rest = TokenPrefixes.FirstOrDefault(prefix => secret.StartsWith(prefix, StringComparison.Ordinal)) is { } tokenPrefix
            ? secret[tokenPrefix.Length..]
            : secret;
        if (rest.Length >= MinimumPartLength) yield return rest;
        foreach (var part in rest.Split('-').Where(part => part.Length >= MinimumPartLength)) yield return part;
    }
}
