using System.Globalization;

namespace SlackBot.LoadTest;

/// <summary>How busy the machine was: on a shared machine the figures only mean something next to this.</summary>
public sealed record MachineLoad(int Cores, double? Before, double? After);

/// <summary>The one-minute load average from /proc/loadavg.</summary>
public static class LoadAverage
{
    public static double? Read()
    {
        try
        {
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
