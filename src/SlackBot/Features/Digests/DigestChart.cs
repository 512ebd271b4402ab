using ScottPlot;

namespace SlackBot.Features.Digests;

/// <summary>
/// The digest's chart: findings per week for the week's top themes over the last eight weeks, stacked, as a PNG (ScottPlot,
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

        // Stacked bars: every theme stays visible (lines of equal counts hid one another) and a week's height is its total.
        using var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var themes = digest.History[0].Counts.Keys.ToList();
        var bars = new List<Bar>();
        for (var week = 0; week < digest.History.Count; week++)
        {
            var stacked = 0.0;
            for (var index = 0; index < themes.Count; index++)
            {
                var count = digest.History[week].Counts[themes[index]];
                if (count == 0) continue;
                bars.Add(new Bar { Position = week, ValueBase = stacked, Value = stacked + count, FillColor = palette.GetColor(index), Size = 0.6 });
                stacked += count;
            }
        }

        plot.Add.Bars(bars);
        for (var index = 0; index < themes.Count; index++)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = DigestWording.ThemeName(themes[index]), FillColor = palette.GetColor(index) });

        var xs = Enumerable.Range(0, digest.History.Count).Select(index => (double)index).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs, digest.History.Select(week => week.Week).ToArray());
        plot.Axes.Left.Label.Text = "findings per theme";
        plot.Axes.SetLimitsX(-0.5, digest.History.Count - 0.5);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.SetLimitsY(0, Math.Max(1, digest.History.Max(week => week.Counts.Values.Sum())) * 1.15);
        plot.Title(DigestWording.Title(digest) + ": findings by theme, last " + digest.History.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " weeks");
        plot.ShowLegend(Edge.Right);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
