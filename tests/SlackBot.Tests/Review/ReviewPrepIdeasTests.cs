using SlackBot.Features.Questions;
using SlackBot.Features.Review;

namespace SlackBot.Tests.Review;

/// <summary>Fix ideas in the review pack: parked apart from the findings, last, and never able to ping anyone.</summary>
public sealed class ReviewPrepIdeasTests
{
    private static readonly ReviewPrepComposer Composer = new(new QuestionComposer(QuestionBank.LoadDefault()));

    [Test]
    public void The_pack_lists_the_incidents_fix_ideas_in_a_part_of_their_own()
    {
        var incident = new CheckoutIncident();
        incident.Script.Idea(CheckoutIncident.Erin, 220, "<!channel> page the DB team earlier & say so in the runbook");
        var prep = Composer.Compose(incident.Script.Material(), incident.NameOf);

        var message = ReviewPrepBlocks.Render(prep, incident.NameOf);

        var ideas = message.Blocks.Select(block => block!["text"]?["text"]?.GetValue<string>() ?? "").Single(text => text.StartsWith("*Fix ideas (parking lot)*", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(prep.Ideas, Has.Count.EqualTo(2));
            Assert.That(ideas, Does.Contain("• add an alert on replica lag above 10 minutes — <@" + CheckoutIncident.Erin + ">"));
            Assert.That(ideas, Does.Contain("@channel page the DB team earlier &amp; say so in the runbook"));
            Assert.That(ideas, Does.Not.Contain("<!channel>"));
            Assert.That(message.Blocks, Has.Count.LessThanOrEqualTo(ReviewPrepBlocks.MaxBlocks));
        });
    }

    [Test]
    public void Without_ideas_the_part_says_so()
    {
        var incident = new CheckoutIncident();
        var prep = Composer.Compose(incident.Script.Material() with { Ideas = [] }, incident.NameOf);

        var message = ReviewPrepBlocks.Render(prep, incident.NameOf);

        Assert.That(message.Blocks.Select(block => block!["text"]?["text"]?.GetValue<string>()), Does.Contain("*Fix ideas (parking lot)*\nNone parked."));
    }
}
