using SlackBot.Features.Moments;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

public sealed class QuestionBankTests
{
    private static readonly QuestionBank Shipped = QuestionBank.LoadDefault();

    private static IEnumerable<TestCaseData> ShippedTemplates() =>
        QuestionBank.LoadDefault().All.Select(template => new TestCaseData(template).SetArgDisplayNames(template.Id));

    private static IEnumerable<TestCaseData> BadEntries() =>
        QuestionFixtures.Files("BadEntries").Select(file => new TestCaseData(file).SetArgDisplayNames(Path.GetFileName(file)));

    private static IEnumerable<TestCaseData> BadBanks() =>
        QuestionFixtures.Files("BadBanks").Select(file => new TestCaseData(file).SetArgDisplayNames(Path.GetFileName(file)));

    [Test]
    public void The_shipped_bank_has_at_least_three_phrasings_for_every_category()
    {
        Assert.That(MomentCategories.All.Select(category => Shipped.For(category).Count), Has.All.GreaterThanOrEqualTo(3));
    }

    [Test]
    public void The_shipped_bank_has_unique_ids()
    {
        Assert.That(Shipped.All.Select(template => template.Id), Is.Unique);
    }

    [Test]
    public void The_shipped_bank_names_its_source()
    {
        Assert.That(Shipped.SourceName, Is.EqualTo(QuestionBank.EmbeddedResourceName));
    }

    [TestCaseSource(nameof(ShippedTemplates))]
    public void Every_shipped_phrasing_passes_the_language_check(QuestionTemplate template)
    {
        Assert.That(LanguageCheck.CheckQuestion(template.Text), Is.Empty);
    }

    [TestCaseSource(nameof(ShippedTemplates))]
    public void Every_shipped_phrasing_asks_how_or_what_and_quotes_the_person(QuestionTemplate template)
    {
        Assert.Multiple(() =>
        {
            Assert.That(template.Text, Does.Contain("{mention}").And.Contain("{cue}"));
            Assert.That(template.Text, Does.Match(@"\b(?i:how|what|which|who|whom|where|when)\b"));
            Assert.That(template.Text, Does.EndWith("?").Or.EndWith("."));
        });
    }

    [Test]
    public void The_shipped_phrasings_vary_how_they_make_answering_optional()
    {
        // The same "no need to answer" at the end of every question reads like a form letter.
        var closings = Shipped.All
            .Select(template => template.Text[(template.Text.LastIndexOf('?') + 1)..].Trim())
            .Where(closing => closing.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.That(closings, Has.Count.GreaterThanOrEqualTo(8));
    }

    [Test]
    public void The_copy_next_to_the_app_is_the_embedded_bank()
    {
        var copy = Path.Combine(AppContext.BaseDirectory, "Features", "Questions", "question-bank.yml");

        Assert.That(QuestionBank.LoadFromFile(copy).All, Is.EqualTo(Shipped.All));
    }

    [Test]
    public void A_bank_file_loads_with_its_phrasings_in_file_order()
    {
        var bank = QuestionBank.LoadFromFile(QuestionFixtures.PathOf("valid-bank.yml"));

        Assert.Multiple(() =>
        {
            Assert.That(bank.All, Has.Count.EqualTo(15));
            Assert.That(bank.For(MomentCategory.CuesAndNoticing).Select(template => template.Id),
                Is.EqualTo(new[] { "valid-cues", "valid-cues-markup" }));
            Assert.That(bank.For(MomentCategory.NearMisses),
                Is.EqualTo(new[] { new QuestionTemplate("valid-near-misses", MomentCategory.NearMisses, "{mention}, \"{cue}\": what nearly happened?") }));
        });
    }

    [TestCaseSource(nameof(BadEntries))]
    public void A_bad_entry_is_refused_and_named(string fixture)
    {
        var yaml = QuestionFixtures.Read("valid-bank.yml") + QuestionFixtures.Read(fixture);
        var entry = QuestionFixtures.Header(fixture, "entry").Single();

        var error = Assert.Throws<QuestionBankException>(() => QuestionBank.Parse(yaml, "org-bank.yml"))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.SourceName, Is.EqualTo("org-bank.yml"));
            Assert.That(error.Message, Does.Contain("org-bank.yml"));
            Assert.That(error.Problems, Is.Not.Empty.And.All.Contains(entry));
            foreach (var expected in QuestionFixtures.Header(fixture, "expect"))
            {
                Assert.That(error.Message, Does.Contain(expected));
            }
        });
    }

    [TestCaseSource(nameof(BadBanks))]
    public void A_bad_bank_file_is_refused_with_the_reason(string fixture)
    {
        var path = QuestionFixtures.PathOf(fixture);

        var error = Assert.Throws<QuestionBankException>(() => QuestionBank.LoadFromFile(path))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain(path));
            foreach (var expected in QuestionFixtures.Header(fixture, "expect"))
            {
                Assert.That(error.Message, Does.Contain(expected));
            }
        });
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var yaml = QuestionFixtures.Read("valid-bank.yml")
                   + QuestionFixtures.Read("BadEntries/why-question.yml")
                   + QuestionFixtures.Read("BadEntries/unknown-category.yml");

        var error = Assert.Throws<QuestionBankException>(() => QuestionBank.Parse(yaml, "org-bank.yml"))!;

        Assert.That(error.Problems, Has.Count.EqualTo(2));
        Assert.That(error.Problems[0], Does.Contain("'asks-why'"));
        Assert.That(error.Problems[1], Does.Contain("'odd-category'"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Without_a_bank_path_the_shipped_bank_is_used(string? bankPath)
    {
        Assert.That(QuestionBank.Load(bankPath).SourceName, Is.EqualTo(QuestionBank.EmbeddedResourceName));
    }

    [Test]
    public void With_a_bank_path_the_organisations_bank_replaces_the_shipped_one()
    {
        var path = QuestionFixtures.PathOf("valid-bank.yml");

        var bank = QuestionBank.Load(path);

        Assert.That(bank.SourceName, Is.EqualTo(path));
        Assert.That(bank.All.Select(template => template.Id), Has.All.StartsWith("valid-"));
    }

    [Test]
    public void A_missing_file_is_refused_with_its_path()
    {
        var path = Path.Combine(QuestionFixtures.Directory, "no-such-bank.yml");

        var error = Assert.Throws<QuestionBankException>(() => QuestionBank.LoadFromFile(path))!;

        Assert.That(error.Message, Does.Contain(path).And.Contain("cannot be read"));
    }
}
