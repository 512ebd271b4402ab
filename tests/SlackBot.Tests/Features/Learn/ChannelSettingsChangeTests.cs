using SlackBot.Features.Learn;
using SlackBot.Features.Questions;

namespace SlackBot.Tests.Features.Learn;

/// <summary>The <c>/learn settings</c> grammar.</summary>
public class ChannelSettingsChangeTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    [TestCase("timing live", QuestionTimingMode.Live, null)]
    [TestCase("timing after-resolution", QuestionTimingMode.AfterResolution, null)]
    [TestCase("delivery dm", null, QuestionDelivery.DirectMessage)]
    [TestCase("Delivery Thread timing LIVE", QuestionTimingMode.Live, QuestionDelivery.Thread)]
    [TestCase("live, dm", QuestionTimingMode.Live, QuestionDelivery.DirectMessage)]
    public void Named_and_bare_values_are_understood_in_any_order(string arguments, QuestionTimingMode? timing, QuestionDelivery? delivery)
    {
        var change = ChannelSettingsChange.Parse(arguments);

        Assert.Multiple(() =>
        {
            Assert.That(change.NotUnderstood, Is.Empty);
            Assert.That(change.Timing?.Value, Is.EqualTo(timing));
            Assert.That(change.Delivery?.Value, Is.EqualTo(delivery));
            Assert.That(change.Timing is null, Is.EqualTo(timing is null), "a setting not named is left alone");
        });
    }

    [Test]
    public void Default_puts_one_setting_back_to_the_bots_and_keeps_the_other()
    {
        var current = new ChannelSettings { Id = "C1", Timing = QuestionTimingMode.Live, Delivery = QuestionDelivery.DirectMessage, UpdatedAt = At, UpdatedBy = "U0BOB" };

        var after = ChannelSettingsChange.Parse("timing default").ApplyTo(current, "C1", "U0CAROL", At.AddHours(1));

        Assert.That(after, Is.EqualTo(new ChannelSettings { Id = "C1", Timing = null, Delivery = QuestionDelivery.DirectMessage, UpdatedAt = At.AddHours(1), UpdatedBy = "U0CAROL" }));
    }

    [TestCase("timing soon", "soon")]
    [TestCase("delivery email", "email")]
    [TestCase("timing", "timing")]
    [TestCase("default", "default")]
    [TestCase("live loudly", "loudly")]
    public void Words_it_cannot_place_are_reported(string arguments, string notUnderstood) =>
        Assert.That(ChannelSettingsChange.Parse(arguments).NotUnderstood, Does.Contain(notUnderstood));

    [Test]
    public void No_words_change_nothing() =>
        Assert.That(ChannelSettingsChange.Parse("").ChangesSomething, Is.False);
}
