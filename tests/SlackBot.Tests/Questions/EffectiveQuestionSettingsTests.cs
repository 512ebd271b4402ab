using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

/// <summary>A channel's own setting wins over the bot's default, value by value, and says where it came from.</summary>
public class EffectiveQuestionSettingsTests
{
    [Test]
    public void Without_channel_settings_the_defaults_apply() =>
        Assert.That(EffectiveQuestionSettings.Resolve(null, QuestionTimingMode.AfterResolution, QuestionDelivery.Thread),
            Is.EqualTo(new EffectiveQuestionSettings(QuestionTimingMode.AfterResolution, false, QuestionDelivery.Thread, false)));

    [Test]
    public void Each_value_the_channel_set_wins_and_the_other_follows_the_default()
    {
        var channel = new ChannelSettings { Id = "C1", Timing = QuestionTimingMode.Live };

        Assert.Multiple(() =>
        {
            Assert.That(EffectiveQuestionSettings.Resolve(channel, QuestionTimingMode.AfterResolution, QuestionDelivery.DirectMessage),
                Is.EqualTo(new EffectiveQuestionSettings(QuestionTimingMode.Live, true, QuestionDelivery.DirectMessage, false)));
            Assert.That(EffectiveQuestionSettings.Resolve(channel with { Timing = null, Delivery = QuestionDelivery.Thread }, QuestionTimingMode.Live, QuestionDelivery.DirectMessage),
                Is.EqualTo(new EffectiveQuestionSettings(QuestionTimingMode.Live, false, QuestionDelivery.Thread, true)));
        });
    }
}
