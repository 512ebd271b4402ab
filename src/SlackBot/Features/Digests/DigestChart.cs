using ScottPlot;

namespace SlackBot.Features.Digests;

/// <summary>
/// The digest's chart: findings per week for the week's top themes over the last eight weeks, as a PNG (ScottPlot,
/// drawn with SkiaSharp in process: no browser, no server, no system fonts needed beyond what SkiaSharp ships).
/// </summary>
public static class DigestChart
{
    public const int Width = 900;
    public const int Height = 420;

    /// <summary>The PNG bytes, or null when there is nothing to draw (no themes this week).</summary>
    public static byte[]? Render(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        if (digest.History.Count == 0 || digest.History[0].Counts.Count == 0) return null;

        using var plot = new Plot();
        var xs = Enumerable.Range(0, digest.History.Count).Select(index => (double)index).ToArray();
        foreach (var theme in digest.History[0].Counts.Keys)
        {
            var line = plot.Add.Scatter(xs, digest.History.Select(week => (double)week.Counts[theme]).ToArray());
            line.LegendText = DigestWording.ThemeName(theme);
            line.LineWidth = 2;
            line.MarkerSize = 6;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs, digest.History.Select(week => week.Week).ToArray());
        plot.Axes.Left.Label.Text = "findings";
        plot.Axes.SetLimitsY(0, Math.Max(1, digest.History.Max(week => week.Counts.Values.DefaultIfEmpty(0).Max())) * 1.15);
        plot.Title(DigestWording.Title(digest) + ": findings by theme, last " + digest.History.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " weeks");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
