using SlackBot.Features.Digests;

namespace SlackBot.Tests.Features.Digests;

public sealed class DigestChartTests
{
    private static readonly DateTimeOffset FirstWeek = new(2026, 10, 4, 22, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task The_chart_is_a_png_of_the_top_themes_over_eight_weeks_and_a_quiet_week_has_none()
    {
        using var store = new GeneratedDigestStore(FirstWeek, weeks: 10, seed: 3, quietWeeks: 9);
        var busy = await store.ComposeAsync(DigestPeriod.WeekOf(FirstWeek.AddDays(7 * 8 + 1), GeneratedDigestStore.Zone), new DigestFilter(null, null));
        var quiet = await store.ComposeAsync(DigestPeriod.WeekOf(FirstWeek.AddDays(7 * 9 + 1), GeneratedDigestStore.Zone), new DigestFilter(null, null));

        var png = DigestChart.Render(busy);

        var week2 = DigestPeriod.WeekOf(FirstWeek.AddDays(7 * 2 + 1), GeneratedDigestStore.Zone);
        var theme = busy.History[0].Counts.Keys.First();
        Assert.Multiple(() =>
        {
            Assert.That(busy.History, Has.Count.EqualTo(8));
            Assert.That(busy.History[^1].Week, Is.EqualTo(busy.Week));
            Assert.That(busy.History[0].Counts.Keys, Is.EqualTo(busy.Themes.Take(5).Select(count => count.Theme)));
            Assert.That(busy.History[1].Counts[theme], Is.EqualTo(store.Findings.Count(finding => !finding.FromPrivateChannel && week2.Contains(finding.CreatedAt) && finding.Themes.Contains(theme))));
            Assert.That(png, Is.Not.Null);
            Assert.That(png![..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), "a PNG");
            Assert.That(png, Has.Length.GreaterThan(5_000));
            Assert.That(DigestChart.Render(quiet), Is.Null);
        });
    }
}
