using System.Globalization;
using SlackBot.Features.Moments;

namespace SlackBot.Features.Digests;

/// <summary>The words digests share between their Slack and Markdown forms.</summary>
public static class DigestWording
{
    public static string Title(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.Team is { } team ? $"What {team} learned, week {digest.Week}" : $"What we learned, week {digest.Week}";
    }

    /// <summary>"Mon 23 Nov – Sun 29 Nov 2026 (Europe/Berlin)": the local days the period covers.</summary>
    public static string Dates(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var first = TimeZoneInfo.ConvertTime(digest.Period.Start, digest.Zone);
        var last = TimeZoneInfo.ConvertTime(digest.Period.End, digest.Zone).AddDays(-1);
        return string.Create(CultureInfo.InvariantCulture, $"{first:ddd d MMM} – {last:ddd d MMM yyyy} ({digest.Zone.Id})");
    }

    public static string EmptyWeek(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return digest.Team is { } team
            ? $"A quiet week for {team}: no incidents and nothing new learned. See you next week."
            : "A quiet week: no incidents and nothing new learned. See you next week.";
    }

    public static string Trend(ThemeCount theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var average = theme.PreviousWeeklyAverage.ToString("0.#", CultureInfo.InvariantCulture);
        return theme.Trend switch
        {
            ThemeTrend.New => "new",
            ThemeTrend.Up => $"up from {average} a week",
            ThemeTrend.Down => $"down from {average} a week",
            _ => "as usual",
        };
    }

    public static string Heading(MomentCategory category) => category switch
    {
        MomentCategory.Surprises => "Surprises",
        MomentCategory.ScriptsAndTools => "Scripts and tools worth knowing",
        MomentCategory.Expertise => "Who knows what",
        MomentCategory.GoingRight => "What went right",
        MomentCategory.NearMisses => "Near misses",
        _ => category.Label(),
    };

    /// <summary>"3 of 5 said they learned something last week; 4 of 6 the week before."</summary>
    public static string? Pulse(IReadOnlyList<PulseWeek> pulse)
    {
        ArgumentNullException.ThrowIfNull(pulse);
        var voted = pulse.Where(week => week.Votes > 0).TakeLast(4).Reverse().ToList();
        if (voted.Count == 0) return null;
        var parts = voted.Select(week => string.Create(CultureInfo.InvariantCulture, $"{week.Learned} of {week.Votes} in {week.Week}"));
        return "Pulse, “I learned something”: " + string.Join(" · ", parts);
    }

    /// <summary>Themes are tagged in lower case ("databases") and kinds in sentence case; digests show all in sentence case.</summary>
    public static string ThemeName(string theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        return theme.Length == 0 ? theme : char.ToUpperInvariant(theme[0]) + theme[1..];
    }

    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
