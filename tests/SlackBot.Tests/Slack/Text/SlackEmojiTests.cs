using SlackBot.Slack.Dispatch.Events;
using SlackBot.Slack.Text;

namespace SlackBot.Tests.Slack.Text;

public sealed class SlackEmojiTests
{
    [TestCase("mag", "mag")]
    [TestCase("thumbsup::skin-tone-2", "thumbsup")]
    [TestCase("raised_hands::skin-tone-6", "raised_hands")]
    [TestCase("", "")]
    public void A_reaction_is_named_without_its_skin_tone(string name, string baseName) =>
        Assert.Multiple(() =>
        {
            Assert.That(SlackEmoji.BaseName(name), Is.EqualTo(baseName));
            Assert.That(new ReactionEvent { Reaction = name }.BaseReaction, Is.EqualTo(baseName), "live events read the same way as exports");
        });
}
