using System.Globalization;

namespace SlackBot.IntegrationTests.Learning;

/// <summary>Settings for tests about working hours.</summary>
public static class WorkingHours
{
    /// <summary>
    /// Working hours respected, every day of the week a working day: whether a question waits then depends only on
    /// the hour in the person's zone, not on which weekday the test happens to run.
    /// </summary>
    public static Dictionary<string, string?> EveryDay(TimeOnly start, TimeOnly end)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Questions:RespectWorkingHours"] = "true",
            ["Questions:WorkdayStart"] = start.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["Questions:WorkdayEnd"] = end.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
        foreach (var day in Enum.GetValues<DayOfWeek>()) settings[$"Questions:WorkingDays:{(int)day}"] = day.ToString();
        return settings;
    }
}
