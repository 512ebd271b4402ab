using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

public sealed class QuestionSelectionTests
{
    private static readonly QuestionTimingOptions Defaults = new();

    [Test]
    public void Each_person_gets_at_most_their_cap_highest_confidence_first()
    {
        var candidates = new[]
        {
            Moment("m1", "UANA", MomentCategory.ScriptsAndTools, 0.9, "1700000001.000100"),
            Moment("m2", "UANA", MomentCategory.Surprises, 0.8, "1700000002.000100"),
            Moment("m3", "UANA", MomentCategory.Expertise, 0.7, "1700000003.000100"),
            Moment("m4", "UANA", MomentCategory.Handoffs, 0.95, "1700000004.000100"),
            Moment("m5", "UANA", MomentCategory.NearMisses, 0.2, "1700000005.000100"),
        };

        var chosen = QuestionSelection.Choose(candidates, Defaults);

        Assert.That(Ids(chosen), Is.EqualTo(new[] { "m4", "m1", "m2" }));
    }

    [Test]
    public void Questions_already_asked_count_against_the_persons_cap()
    {
        var candidates = new[]
        {
            Moment("m1", "UANA", MomentCategory.ScriptsAndTools, 0.9, "1700000001.000100"),
            Moment("m2", "UANA", MomentCategory.Surprises, 0.8, "1700000002.000100"),
            Moment("m3", "UBEN", MomentCategory.Expertise, 0.7, "1700000003.000100"),
        };

        var chosen = QuestionSelection.Choose(candidates, Defaults, new Dictionary<string, int> { ["UANA"] = 2 });

        Assert.That(Ids(chosen), Is.EqualTo(new[] { "m1", "m3" }));
    }

    [Test]
    public void A_person_who_reached_the_cap_gets_nothing_more()
    {
        var candidates = new[] { Moment("m1", "UANA", MomentCategory.ScriptsAndTools, 0.9, "1700000001.000100") };

        var chosen = QuestionSelection.Choose(candidates, Defaults, new Dictionary<string, int> { ["UANA"] = 3 });

        Assert.That(chosen, Is.Empty);
    }

    [Test]
    public void The_incident_cap_counts_questions_already_asked()
    {
        var options = new QuestionTimingOptions { MaxPerIncident = 4 };
        var candidates = Enumerable.Range(0, 5)
            .Select(i => Moment($"m{i}", $"U{i}", MomentCategory.Surprises, 0.5 + (i / 10.0), $"17000000{i:00}.000100"));

        Assert.Multiple(() =>
        {
            Assert.That(Ids(QuestionSelection.Choose(candidates, options)), Is.EqualTo(new[] { "m4", "m3", "m2", "m1" }));
            Assert.That(Ids(QuestionSelection.Choose(candidates, options, new Dictionary<string, int> { ["UOTHER"] = 3 })),
                Is.EqualTo(new[] { "m4" }));
        });
    }

    [Test]
    public void A_persons_second_question_prefers_a_new_category_over_higher_confidence()
    {
        var options = new QuestionTimingOptions { MaxPerPersonPerIncident = 2 };
        var candidates = new[]
        {
            Moment("script-a", "UANA", MomentCategory.ScriptsAndTools, 0.9, "1700000001.000100"),
            Moment("script-b", "UANA", MomentCategory.ScriptsAndTools, 0.85, "1700000002.000100"),
            Moment("surprise", "UANA", MomentCategory.Surprises, 0.5, "1700000003.000100"),
        };

        Assert.That(Ids(QuestionSelection.Choose(candidates, options)), Is.EqualTo(new[] { "script-a", "surprise" }));
    }

    [Test]
    public void The_incident_prefers_categories_it_has_not_asked_about_yet()
    {
        var options = new QuestionTimingOptions { MaxPerIncident = 2 };
        var candidates = new[]
        {
            Moment("ana-script", "UANA", MomentCategory.ScriptsAndTools, 0.9, "1700000001.000100"),
            Moment("ben-script", "UBEN", MomentCategory.ScriptsAndTools, 0.85, "1700000002.000100"),
            Moment("ben-expertise", "UBEN", MomentCategory.Expertise, 0.4, "1700000003.000100"),
        };

        Assert.That(Ids(QuestionSelection.Choose(candidates, options)), Is.EqualTo(new[] { "ana-script", "ben-expertise" }));
    }

    [Test]
    public void Repeated_categories_still_fill_the_caps_when_nothing_else_is_left()
    {
        var candidates = new[]
        {
            Moment("s1", "UANA", MomentCategory.ScriptsAndTools, 0.9, "1700000001.000100"),
            Moment("s2", "UANA", MomentCategory.ScriptsAndTools, 0.8, "1700000002.000100"),
            Moment("s3", "UANA", MomentCategory.ScriptsAndTools, 0.7, "1700000003.000100"),
            Moment("s4", "UANA", MomentCategory.ScriptsAndTools, 0.6, "1700000004.000100"),
        };

        Assert.That(Ids(QuestionSelection.Choose(candidates, Defaults)), Is.EqualTo(new[] { "s1", "s2", "s3" }));
    }

    [Test]
    public void Equal_confidence_goes_to_the_earlier_message_by_time_not_by_text()
    {
        var options = new QuestionTimingOptions { MaxPerIncident = 1 };
        var candidates = new[]
        {
            Moment("later", "UANA", MomentCategory.Surprises, 0.7, "1700000000.000200"),
            Moment("earlier", "UBEN", MomentCategory.Expertise, 0.7, "999999999.000100"),
        };

        Assert.That(Ids(QuestionSelection.Choose(candidates, options)), Is.EqualTo(new[] { "earlier" }));
    }

    [Test]
    public void The_choice_does_not_depend_on_the_order_moments_arrive_in()
    {
        var candidates = Enumerable.Range(0, 40)
            .Select(i => Moment($"m{i}", $"U{i % 6}", MomentCategories.All.ElementAt(i % 14), (i * 7 % 10) / 10.0, $"1700000{i:000}.000100"))
            .ToList();
        var expected = Ids(QuestionSelection.Choose(candidates, Defaults));
        var random = new Random(20250604);

        for (var shuffle = 0; shuffle < 10; shuffle++)
        {
            var shuffled = candidates.OrderBy(_ => random.Next()).ToList();

            Assert.That(Ids(QuestionSelection.Choose(shuffled, Defaults)), Is.EqualTo(expected));
        }

        Assert.That(expected, Has.Count.EqualTo(Defaults.MaxPerIncident));
    }

    [Test]
    public void A_moment_listed_twice_is_asked_about_once()
    {
        var moment = Moment("m1", "UANA", MomentCategory.Surprises, 0.7, "1700000000.000200");

        Assert.That(Ids(QuestionSelection.Choose([moment, moment], Defaults)), Is.EqualTo(new[] { "m1" }));
    }

    [Test]
    public void No_moments_means_no_questions()
    {
        Assert.That(QuestionSelection.Choose([], Defaults), Is.Empty);
    }

    private static MomentCandidate Moment(string id, string user, MomentCategory category, double confidence, string ts) =>
        new(id, user, category, confidence, ts);

    private static List<string> Ids(IEnumerable<MomentCandidate> chosen) => [.. chosen.Select(candidate => candidate.MomentId)];
}
