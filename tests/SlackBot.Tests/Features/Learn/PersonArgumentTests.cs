using SlackBot.Features.Learn;

namespace SlackBot.Tests.Features.Learn;

public class PersonArgumentTests
{
    [TestCase("<@U0BOB|bob> What did you see?", "U0BOB", "What did you see?")]
    [TestCase("<@U0BOB> What did you see?", "U0BOB", "What did you see?")]
    [TestCase("  <@W0GRID|grace>   How did it start?", "W0GRID", "How did it start?")]
    [TestCase("What did <@U0BOB|bob> see?", null, "What did <@U0BOB|bob> see?")]
    [TestCase("@bob What did you see?", null, "@bob What did you see?")]
    [TestCase("<!channel> What did you see?", null, "<!channel> What did you see?")]
    [TestCase("<@U0BOB|bob>", "U0BOB", "")]
    public void A_person_is_read_only_from_a_mention_at_the_start(string arguments, string? userId, string rest)
    {
        var person = PersonArgument.Read(arguments);

        Assert.Multiple(() =>
        {
            Assert.That(person.UserId, Is.EqualTo(userId));
            Assert.That(person.Rest, Is.EqualTo(rest));
        });
    }
}
