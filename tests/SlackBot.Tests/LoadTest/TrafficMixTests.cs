using System.Text;
using System.Text.Json.Nodes;
using SlackBot.LoadTest;
using SlackBot.Testing.Fakes;

namespace SlackBot.Tests.LoadTest;

/// <summary>The load's traffic: every kind, varied words, unique event ids, and retries that repeat an earlier event.</summary>
public class TrafficMixTests
{
    private FakeSlack _slack = null!;

    [SetUp]
    public async Task StartSlack()
    {
        _slack = await FakeSlack.StartAsync();
        LoadWorkspace.Seed(_slack);
    }

    [TearDown]
    public async Task StopSlack() => await _slack.DisposeAsync();

    [Test]
    public void A_thousand_requests_hold_every_kind_with_unique_event_ids_except_the_retries()
    {
        var requests = new TrafficMix(_slack, seed: 1, "Ev0T1X").Take(1000);

        var firstDeliveries = requests.Where(request => request.Kind is not (RequestKind.Command or RequestKind.Retry)).ToList();
        var retries = requests.Where(request => request.Kind == RequestKind.Retry).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(requests.Select(request => request.Kind).Distinct(), Is.EquivalentTo(RequestKinds.All));
            Assert.That(firstDeliveries.Select(request => request.EventId), Is.Unique);
            Assert.That(retries, Is.Not.Empty.And.All.Matches<LoadRequest>(retry => retry.RetryNum == 1));
            Assert.That(retries.Select(retry => retry.EventId), Is.SubsetOf(firstDeliveries.Select(request => request.EventId)), "a retry repeats an event already sent");
            Assert.That(requests.Where(request => request.Kind == RequestKind.Command).Select(request => request.CommandText),
                Has.All.StartsWith("/learn status").Or.StartsWith("/learn search "));
        });
    }

    [Test]
    public void Learning_moments_are_said_in_the_incident_channel_in_many_ways()
    {
        var moments = new TrafficMix(_slack, seed: 2, "Ev0T2X").Take(400).Where(request => request.Kind == RequestKind.Moment).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(moments, Has.Count.GreaterThan(50));
            Assert.That(moments, Has.All.Matches<LoadRequest>(moment => moment.ChannelId == LoadWorkspace.IncidentChannel));
            Assert.That(moments.Select(moment => moment.Event!["text"]!.GetValue<string>()).Distinct().Count(), Is.GreaterThan(moments.Count / 2));
        });
    }

    [Test]
    public void The_http_body_is_an_event_callback_around_the_event_with_its_event_id()
    {
        var message = new TrafficMix(_slack, seed: 3, "Ev0T3X").Take(50).First(request => request.Kind == RequestKind.Message);

        var body = JsonNode.Parse(Encoding.UTF8.GetString(message.Body!))!;
        Assert.Multiple(() =>
        {
            Assert.That(body["type"]!.GetValue<string>(), Is.EqualTo("event_callback"));
            Assert.That(body["event_id"]!.GetValue<string>(), Is.EqualTo(message.EventId));
            Assert.That(body["team_id"]!.GetValue<string>(), Is.EqualTo(_slack.TeamId));
            Assert.That(body["event"]!["ts"]!.GetValue<string>(), Is.EqualTo(message.Event!["ts"]!.GetValue<string>()));
            Assert.That(_slack.Messages(message.ChannelId).Select(m => m.Ts), Does.Contain(message.Event!["ts"]!.GetValue<string>()), "the fake holds the message, as Slack would");
        });
    }
}
