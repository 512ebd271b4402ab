using System.Text.RegularExpressions;

namespace SlackBot.Features.Learn;

/// <summary>
/// A person named at the start of a sub-command's arguments, as Slack escapes a mention (<c>&lt;@U123|bob&gt;</c> or
/// <c>&lt;@U123&gt;</c>); what follows is the rest. Anything else names nobody and is all rest.
/// </summary>
public sealed partial record PersonArgument(string? UserId, string Rest)
{
    public static PersonArgument Read(string arguments)
    {
        var text = (arguments ?? "").TrimStart();
        var mention = Mention().Match(text);
        return mention.Success ? new(mention.Groups["id"].Value, text[mention.Length..].Trim()) : new(null, text.Trim());
    }

    [GeneratedRegex(@"^<@(?<id>[UW][A-Z0-9]{2,})(\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
