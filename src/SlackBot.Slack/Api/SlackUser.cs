using System.Text.Json.Serialization;

namespace SlackBot.Slack.Api;

/// <summary>A workspace member as users.info describes them; <see cref="Tz"/> drives working-hours decisions.</summary>
public sealed record SlackUser
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public string? RealName { get; init; }

    /// <summary>IANA time zone name, e.g. Europe/Amsterdam.</summary>
    public string? Tz { get; init; }

    /// <summary>Offset from UTC in seconds.</summary>
    public int? TzOffset { get; init; }

    public bool IsBot { get; init; }

    public bool Deleted { get; init; }

    public SlackUserProfile? Profile { get; init; }

    /// <summary>
    /// The name to show people: the profile's display name, else the real name, else the handle, else the id.
    /// Slack sends empty strings for unset names, so blanks count as missing.
    /// </summary>
    [JsonIgnore]
    public string DisplayName =>
        FirstNonBlank(Profile?.DisplayName, Profile?.RealName, RealName, Name) ?? Id;

    private static string? FirstNonBlank(params ReadOnlySpan<string?> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (!string.IsNullOrWhiteSpace(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
