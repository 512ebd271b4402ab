using SlackBot.Features.Learn;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Questions;

/// <summary><c>/learn settings follow-ups on|off|default</c> and how the channel's choice meets <c>Questions:FollowUps</c>.</summary>
public class FollowUpSettingsTests
{
    [TestCase("follow-ups off", false)]
    [TestCase("followups on", true)]
    [TestCase("timing live follow-ups off", false)]
    public void Follow_ups_can_be_turned_on_or_off_for_a_channel(string arguments, bool on)
    {
        var change = ChannelSettingsChange.Parse(arguments);
        var settings = change.ApplyTo(null, "C1", "U0CAROL", DateTimeOffset.UnixEpoch);

        Assert.Multiple(() =>
        {
            Assert.That(change.NotUnderstood, Is.Empty);
            Assert.That(settings.FollowUps, Is.EqualTo(on));
            Assert.That(EffectiveQuestionSettings.Resolve(settings, QuestionTimingMode.AfterResolution, QuestionDelivery.Thread, defaultFollowUps: !on).FollowUps, Is.EqualTo(on));
        });
    }

    [Test]
    public void Default_follows_the_bot_setting_again_and_other_settings_are_kept()
    {
        var off = new ChannelSettings { Id = "C1", FollowUps = false, Timing = QuestionTimingMode.Live };

        var back = ChannelSettingsChange.Parse("follow-ups default").ApplyTo(off, "C1", "U0CAROL", DateTimeOffset.UnixEpoch);
        var effective = EffectiveQuestionSettings.Resolve(back, QuestionTimingMode.AfterResolution, QuestionDelivery.Thread, defaultFollowUps: true);

        Assert.Multiple(() =>
        {
            Assert.That(back.FollowUps, Is.Null);
            Assert.That(back.Timing, Is.EqualTo(QuestionTimingMode.Live));
            Assert.That((effective.FollowUps, effective.FollowUpsFromChannel), Is.EqualTo((true, false)));
        });
    }

    [Test]
    public void A_value_it_cannot_place_changes_nothing() =>
        Assert.That(ChannelSettingsChange.Parse("follow-ups maybe").NotUnderstood, Is.EqualTo(new[] { "follow-ups", "maybe" }));
}
