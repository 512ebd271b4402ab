using System.Text.RegularExpressions;

namespace SlackBot.Features.Learn;

/// <summary>
/// An incident channel named at the start of a sub-command's arguments: <c>&lt;#C123|inc-db&gt;</c> as Slack escapes
/// it, or <c>#inc-db</c> as typed. What follows is the rest of the arguments.
/// </summary>
public sealed partial record ChannelArgument(string? ChannelId, string? ChannelName, string Rest)
{
    public bool Named => ChannelId is not null || ChannelName is not null;

    public static ChannelArgument Read(string arguments)
    {
        var text = (arguments ?? "").TrimStart();
        var escaped = Escaped().Match(text);
        if (escaped.Success)
            return new(escaped.Groups["id"].Value, escaped.Groups["name"].Success ? escaped.Groups["name"].Value : null, text[escaped.Length..].Trim());
        var typed = Typed().Match(text);
        if (typed.Success) return new(null, typed.Groups["name"].Value, text[typed.Length..].Trim());
        return new(null, null, text.Trim());
    }

    [GeneratedRegex(@"^<#(?<id>[CGD][A-Z0-9]{2,})(\|(?<name>[^>]*))?>", RegexOptions.CultureInvariant)]
    private static partial Regex Escaped();

    [GeneratedRegex(@"^#(?<name>[\p{Ll}\p{Lo}\p{Nd}_\-]{1,80})(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Typed();
}
