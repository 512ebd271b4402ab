using System.Globalization;
using SlackBot.Features.Moments;
using SlackBot.Slack.Blocks;
using SlackBot.Slack.Text;

namespace SlackBot.Features.Review;

/// <summary>
/// People's words as exports and review packs show them: Slack markup turned into plain text, mentions into names
/// (quoting never pings anyone), and the clock in UTC so that readers in every time zone see the same times.
/// </summary>
internal static class ReviewText
{
    /// <summary>Plain text with line breaks kept; <c>&lt;@U123&gt;</c> becomes <c>@name</c>.</summary>
    public static string Plain(string slackText, Func<string, string> nameOf) =>
        SlackText.ToPlain(slackText, new PlainTextOptions { KeepLineBreaks = true, UserName = id => nameOf(id) });

    /// <summary>Plain text on one line, shortened to <paramref name="maxLength"/> characters at a word boundary.</summary>
    public static string Line(string slackText, Func<string, string> nameOf, int maxLength) =>
        Mrkdwn.Truncate(SlackText.ToPlain(slackText, new PlainTextOptions { UserName = id => nameOf(id) }), maxLength);

    /// <summary>A moment's cue (already plain, with bare <c>@U123</c> ids) with names in place of the ids its message mentions.</summary>
    public static string Cue(Moment moment, Func<string, string> nameOf) => SlackMentions.NameUsers(moment.Cue, moment.Text, id => nameOf(id));

    public static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateAndClock(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The clock alone when everything happened on one day, the date too when the incident spans several.</summary>
    public static Func<DateTimeOffset, string> ClockFor(IEnumerable<DateTimeOffset> times)
    {
        var days = times.Select(time => time.UtcDateTime.Date).Distinct().Count();
        return days <= 1 ? Clock : at => at.UtcDateTime.ToString("MMM d HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>"2 h 08 min", "45 min", "3 d 4 h": how long something lasted, for people rather than machines.</summary>
    public static string Duration(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        if (span.TotalDays >= 1) return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalDays} d {span.Hours} h");
        if (span.TotalHours >= 1) return string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours} h {span.Minutes:00} min");
        return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(span.TotalMinutes))} min");
    }

    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
