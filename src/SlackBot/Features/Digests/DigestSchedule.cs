using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;

namespace SlackBot.Features.Digests;

/// <summary>
/// When a subscription's digest goes out: a five-field cron expression read in an IANA time zone. People may type the
/// cron (<c>0 9 * * MON</c>) or a friendly form (<c>mon 09:00</c>, <c>friday 16:30</c>), optionally followed by a zone
/// (<c>Europe/Berlin</c>). The default is Mondays at 09:00, covering the week before.
/// </summary>
public sealed partial record DigestSchedule(string Cron, TimeZoneInfo Zone)
{
    public const string DefaultCron = "0 9 * * MON";

    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
    private static readonly string[] DayLabels = ["Sundays", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"];

    public CronExpression Expression => CronExpression.Parse(Cron);

    /// <summary>The stored form read back; an unknown zone falls back to UTC rather than stopping every digest.</summary>
    public static DigestSchedule FromStored(string cron, string zoneId) => new(cron, FindZone(zoneId) ?? TimeZoneInfo.Utc);

    /// <summary>
    /// Reads what someone typed. Empty text is the default schedule in <paramref name="defaultZone"/>. Returns null with
    /// <paramref name="error"/> saying what was wrong (quoting nothing the person typed, so it is safe to echo).
    /// </summary>
    public static DigestSchedule? TryParse(string text, TimeZoneInfo defaultZone, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(defaultZone);
        error = "";
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var zone = defaultZone;
        if (words.Count > 0 && LooksLikeZone(words[^1]))
        {
            if (FindZone(words[^1]) is not { } named)
            {
                error = "I don't know that time zone; use an IANA name such as `Europe/Berlin` or `America/New_York`.";
                return null;
            }

            zone = named;
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0) return new DigestSchedule(DefaultCron, zone);
        if (words.Count == 5) return TryCron(string.Join(' ', words), zone, out error);
        if (words.Count <= 2 && DayOf(words[0]) is { } day)
        {
            var (hour, minute) = (9, 0);
            if (words.Count == 2)
            {
                var time = TimeOfDay().Match(words[1]);
                if (!time.Success || !int.TryParse(time.Groups["h"].Value, CultureInfo.InvariantCulture, out hour) || hour > 23 ||
                    !int.TryParse(time.Groups["m"].Value, CultureInfo.InvariantCulture, out minute) || minute > 59)
                {
                    error = "The time reads as 24-hour `HH:MM`, e.g. `mon 09:00`.";
                    return null;
                }
            }

            return new DigestSchedule(string.Create(CultureInfo.InvariantCulture, $"{minute} {hour} * * {DayNames[day].ToUpperInvariant()}"), zone);
        }

        error = "A schedule is a day and a time (`mon 09:00`) or five cron fields (`0 9 * * MON`), optionally followed by a time zone (`Europe/Berlin`).";
        return null;
    }

    /// <summary>"Mondays at 09:00 (Europe/Berlin)", or the cron expression for anything less simple.</summary>
    public string Describe()
    {
        var fields = Cron.Split(' ');
        if (fields.Length == 5 && fields[2] == "*" && fields[3] == "*" &&
            int.TryParse(fields[0], CultureInfo.InvariantCulture, out var minute) && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var hour) &&
            DayOf(fields[4]) is { } day)
            return string.Create(CultureInfo.InvariantCulture, $"{DayLabels[day]} at {hour:00}:{minute:00} ({Zone.Id})");
        return $"cron `{Cron}` ({Zone.Id})";
    }

    /// <summary>The next time the digest goes out after <paramref name="now"/>, in UTC (DST-safe: Cronos walks the zone's rules).</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset now) => Expression.GetNextOccurrence(now, Zone)?.ToUniversalTime();

    public static TimeZoneInfo? FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    private static DigestSchedule? TryCron(string expression, TimeZoneInfo zone, out string error)
    {
        error = "";
        try
        {
            _ = CronExpression.Parse(expression);
            return new DigestSchedule(expression.ToUpperInvariant(), zone);
        }
        catch (CronFormatException)
        {
            error = "That is not a cron expression I can read: five fields, minute hour day-of-month month day-of-week, e.g. `0 9 * * MON`.";
            return null;
        }
    }

    private static bool LooksLikeZone(string word) =>
        word.Contains('/', StringComparison.Ordinal) || word.Equals("UTC", StringComparison.OrdinalIgnoreCase) || word.Equals("GMT", StringComparison.OrdinalIgnoreCase);

    private static int? DayOf(string word)
    {
        var lower = word.ToLowerInvariant().TrimEnd('s');
        for (var day = 0; day < DayNames.Length; day++)
        {
            if (lower.Length >= 3 && CultureInfo.InvariantCulture.DateTimeFormat.DayNames[day].StartsWith(lower, StringComparison.OrdinalIgnoreCase)) return day;
        }

        return null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
