using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

/// <summary>Keeps the labelled channels honest: well-formed, realistic in size, labels from the shared vocabulary.</summary>
[TestFixture]
public sealed class LabeledChannelFixtureTests
{
    private static IEnumerable<TestCaseData> AllChannels() =>
        new[] { "DevSet", "HeldOut", "Train", "Blind" }.SelectMany(set => LabeledChannel.LoadSet(set)
            .Select(channel => new TestCaseData(set, channel).SetArgDisplayNames(set, channel.Channel)));

    [Test]
    public void There_are_enough_channels_in_every_set()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LabeledChannel.LoadSet("DevSet"), Has.Count.GreaterThanOrEqualTo(8));
            Assert.That(LabeledChannel.LoadSet("HeldOut"), Has.Count.GreaterThanOrEqualTo(3));
            Assert.That(LabeledChannel.LoadSet("Train"), Has.Count.GreaterThanOrEqualTo(6));
            Assert.That(LabeledChannel.LoadSet("Blind"), Has.Count.GreaterThanOrEqualTo(4));
            Assert.That(LabeledChannel.LoadSet("Blind").Sum(channel => channel.Messages.Count), Is.GreaterThanOrEqualTo(120));
        });
    }

    [TestCaseSource(nameof(AllChannels))]
    public void Every_message_is_labelled_with_a_known_category_or_none(string set, LabeledChannel channel)
    {
        var badLabels = channel.Messages
            .Where(m => m.Moment != MomentCategories.TryParse(m.Category, out _) || (!m.Moment && m.Category is not null))
            .Select(m => m.Text);

        Assert.That(badLabels, Is.Empty);
    }

    [TestCaseSource(nameof(AllChannels))]
    public void Every_message_comes_from_a_person_in_the_channel(string set, LabeledChannel channel)
    {
        Assert.That(channel.Messages.Select(m => m.User).Distinct(), Is.SubsetOf(channel.People.Keys));
    }

    [TestCaseSource(nameof(AllChannels))]
    public void A_development_channel_is_40_to_90_messages_and_mixes_moments_with_noise(string set, LabeledChannel channel)
    {
        var moments = channel.Messages.Count(m => m.Moment);

        Assert.Multiple(() =>
        {
            if (set == "DevSet")
            {
                Assert.That(channel.Messages, Has.Count.InRange(40, 90));
            }
            else if (set is "Train" or "Blind")
            {
                Assert.That(channel.Messages, Has.Count.InRange(25, 40));
            }

            Assert.That(moments, Is.GreaterThan(0).And.LessThan(channel.Messages.Count));
        });
    }
}
