using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

/// <summary>The client paces chat writes per channel (about one per second) through the shared ChannelPacer.</summary>
public sealed class SlackApiPacingTests
{
    [Test]
    public async Task Two_posts_to_one_channel_reach_slack_at_least_a_second_apart()
    {
        using var harness = new SlackApiHarness();

        var first = harness.Api.PostMessageAsync(new() { Channel = "C1", Text = "one" });
        var second = harness.Api.PostMessageAsync(new() { Channel = "C1", Text = "two" });
        await harness.FinishAsync(Task.WhenAll(first, second));

        var sent = harness.Slack.Requests;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Select(r => r.Body), Is.EqualTo(new[] { """{"channel":"C1","text":"one"}""", """{"channel":"C1","text":"two"}""" }));
            Assert.That(sent[1].At - sent[0].At, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
        }
    }

    [Test]
    public async Task Posts_to_different_channels_do_not_wait_for_each_other()
    {
        using var harness = new SlackApiHarness();
        var start = harness.Time.GetUtcNow();

        await SlackApiHarness.WithoutAdvancingAsync(Task.WhenAll(
            harness.Api.PostMessageAsync(new() { Channel = "C1", Text = "one" }),
            harness.Api.PostMessageAsync(new() { Channel = "C2", Text = "two" }),
            harness.Api.PostEphemeralAsync(new() { Channel = "C3", User = "U1", Text = "three" })));

        Assert.That(harness.Slack.Requests.Select(r => r.At), Is.All.EqualTo(start));
    }

    [Test]
    public async Task Ephemeral_posts_and_updates_share_the_channels_pace()
    {
        using var harness = new SlackApiHarness(options => options.PostInterval = TimeSpan.FromSeconds(2));

        await harness.FinishAsync(Task.WhenAll(
            harness.Api.PostMessageAsync(new() { Channel = "C1", Text = "one" }),
            harness.Api.PostEphemeralAsync(new() { Channel = "C1", User = "U1", Text = "two" }),
            harness.Api.UpdateMessageAsync(new() { Channel = "C1", Ts = "1.2", Text = "three" })));

        var at = harness.Slack.Requests.Select(r => r.At).Order().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(at[1] - at[0], Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(at[2] - at[1], Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2)));
        }
    }

    [Test]
    public async Task Reads_are_not_paced()
    {
        using var harness = new SlackApiHarness();

        await SlackApiHarness.WithoutAdvancingAsync(Task.WhenAll(
            harness.Api.GetConversationInfoAsync("C1"),
            harness.Api.GetConversationInfoAsync("C1"),
            harness.Api.GetPermalinkAsync("C1", "1.2")));

        Assert.That(harness.Slack.Requests, Has.Count.EqualTo(3));
    }
}
