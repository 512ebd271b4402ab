using SlackBot.Features.Findings;
using SlackBot.Features.Moments;

namespace SlackBot.Tests.Features;

public class ThemeTaggerTests
{
    [Test]
    public void The_category_comes_first_then_the_subjects_mentioned() =>
        Assert.That(ThemeTagger.Tag("I keep a query in a gist and check the Grafana dashboard before paging anyone", MomentCategory.ScriptsAndTools),
            Is.EqualTo(new[] { "Scripts and tools", "dashboards", "alerting", "scripts and queries" }));

    [Test]
    public void Words_inside_other_words_do_not_count() =>
        Assert.That(ThemeTagger.Tag("the scripture and the dashed line", null), Is.Empty);

    [Test]
    public void At_most_five_subjects() =>
        Assert.That(ThemeTagger.Tag("runbook dashboard alert script deploy flag database cache retry dns config", null), Has.Count.EqualTo(5));
}
