using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Storage.LiteDb;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Features;

/// <summary>
/// A message belongs to the incident whose span (start to resolution, open while active) holds the message's own ts,
/// whenever it is delivered: a Slack retry hours after the resolution still lands in the incident it was written in.
/// </summary>
public class IncidentAttributionTests
{
    private const string Channel = "C0INC1";
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Resolution = Start.AddHours(2);

    private LiteDbDatabase _database = null!;
    private LiteDbIncidentStore _store = null!;
    private IncidentService _service = null!;
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _database = LiteDbDatabase.InMemory();
        _time = new FakeTimeProvider(Resolution.AddHours(1));
        _store = new LiteDbIncidentStore(_database);
        var channels = new ChannelDirectory(new LiteDbChannelCache(_database), new ScriptedSlackApi(), _time);
        channels.RememberAsync(new ChannelInfo { Id = Channel, Name = "inc-2026-11-checkout-latency" }, CancellationToken.None).GetAwaiter().GetResult();
        channels.RememberAsync(new ChannelInfo { Id = "C0CHAT", Name = "team-payments" }, CancellationToken.None).GetAwaiter().GetResult();
        _service = new IncidentService(_store, channels, Options.Create(new IncidentOptions()), NullLogger<IncidentService>.Instance);
    }

    [TearDown]
    public void TearDown() => _database.Dispose();

    [TestCase(0, true, TestName = "The message that started it")]
    [TestCase(60, true, TestName = "A message during the response")]
    [TestCase(120, true, TestName = "The message that resolved it")]
    [TestCase(121, false, TestName = "A message a minute after the resolution")]
    [TestCase(-1, false, TestName = "A message a minute before the start")]
    public void A_resolved_incidents_span_runs_from_start_to_resolution(int minutesAfterStart, bool inside)
    {
        var incident = Resolved(IncidentOrigin.StartCommand);
        Assert.That(IncidentSpan.Contains(incident, Start.AddMinutes(minutesAfterStart)), Is.EqualTo(inside));
    }

    [Test]
    public void An_active_incidents_span_is_open_ended()
    {
        var active = IncidentLifecycle.Start(Channel, "inc-1", false, Start, IncidentOrigin.ChannelName);
        Assert.Multiple(() =>
        {
            Assert.That(IncidentSpan.Contains(active, Start.AddDays(3)), Is.True);
            Assert.That(IncidentSpan.Contains(active, Start.AddTicks(-TimeSpan.TicksPerMillisecond)), Is.False);
        });
    }

    [Test]
    public async Task A_message_delivered_hours_after_the_resolution_belongs_to_the_incident_it_was_written_in()
    {
        var incident = Save(Resolved(IncidentOrigin.ChannelName));

        var found = await _service.IncidentForMessageAsync(Channel, Start.AddMinutes(90), CancellationToken.None);

        Assert.That(found?.Id, Is.EqualTo(incident.Id));
    }

    [Test]
    public async Task A_message_written_after_the_resolution_belongs_to_no_incident_and_starts_none()
    {
        Save(Resolved(IncidentOrigin.ChannelName));

        var found = await _service.IncidentForMessageAsync(Channel, Resolution.AddMinutes(5), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Null);
            Assert.That(All(), Has.Count.EqualTo(1), "no new incident: there is no reopen");
        });
    }

    [Test]
    public async Task A_message_from_before_learn_start_is_not_part_of_the_incident()
    {
        Save(IncidentLifecycle.Start(Channel, "inc-1", false, Start, IncidentOrigin.StartCommand, "U0FAC"));

        var found = await _service.IncidentForMessageAsync(Channel, Start.AddMinutes(-10), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.Null);
            Assert.That(Find(Incident.IdFor(Channel, Start))!.StartedAt, Is.EqualTo(Start), "its start stays");
        });
    }

    [Test]
    public async Task A_channels_real_first_message_arriving_late_becomes_the_start_of_the_incident_it_opened()
    {
        var started = Save(IncidentLifecycle.Start(Channel, "inc-1", false, Start, IncidentOrigin.ChannelName));

        var found = await _service.IncidentForMessageAsync(Channel, Start.AddMinutes(-2), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(found?.Id, Is.EqualTo(started.Id), "the same incident, under the same id");
            Assert.That(Find(started.Id)!.StartedAt, Is.EqualTo(Start.AddMinutes(-2)));
            Assert.That(All(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task With_two_incidents_in_a_channel_each_message_goes_to_the_one_of_its_time()
    {
        var first = Save(Resolved(IncidentOrigin.ChannelName));
        var secondStart = Resolution.AddDays(1);
        var second = Save(IncidentLifecycle.Start(Channel, "inc-1", false, secondStart, IncidentOrigin.StartCommand, "U0FAC"));

        var lateRetry = await _service.IncidentForMessageAsync(Channel, Start.AddMinutes(30), CancellationToken.None);
        var inSecond = await _service.IncidentForMessageAsync(Channel, secondStart.AddMinutes(5), CancellationToken.None);
        var between = await _service.IncidentForMessageAsync(Channel, Resolution.AddHours(3), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(lateRetry?.Id, Is.EqualTo(first.Id), "a late retry from the first");
            Assert.That(inSecond?.Id, Is.EqualTo(second.Id));
            Assert.That(between, Is.Null, "between the two");
        });
    }

    [Test]
    public async Task A_late_all_clear_from_an_earlier_incident_does_not_resolve_the_current_one()
    {
        var first = Save(Resolved(IncidentOrigin.ChannelName));
        var second = Save(IncidentLifecycle.Start(Channel, "inc-1", false, Resolution.AddDays(1), IncidentOrigin.StartCommand, "U0FAC"));

        var resolved = await _service.ResolveAsync(first, ResolutionSource.Message, "U0ALICE", Resolution, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(resolved, Is.Null, "the earlier incident is over already");
            Assert.That(Find(second.Id)!.Status, Is.EqualTo(IncidentStatus.Active));
        });
    }

    [Test]
    public async Task The_message_that_resolved_an_incident_is_still_inside_it_after_the_store_round_trip()
    {
        // Slack's ts carries microseconds; the incident is resolved at exactly that instant and read back from LiteDB.
        var resolvingTs = "1795683600.123456";
        var at = SlackTs.ToTime(resolvingTs);
        var incident = Save(IncidentLifecycle.Start(Channel, "inc-1", false, at.AddHours(-1), IncidentOrigin.ChannelName));
        await _service.ResolveAsync(Channel, ResolutionSource.Message, "U0ALICE", at, CancellationToken.None);

        var found = await _service.IncidentForMessageAsync(Channel, SlackTs.ToTime(resolvingTs), CancellationToken.None);

        Assert.That(found?.Id, Is.EqualTo(incident.Id));
    }

    [Test]
    public async Task A_reaction_ties_a_message_to_the_incident_of_its_time_or_to_the_active_one_it_precedes()
    {
        var active = Save(IncidentLifecycle.Start(Channel, "inc-1", false, Start, IncidentOrigin.StartCommand, "U0FAC"));

        Assert.Multiple(() =>
        {
            Assert.That(Reacted(Channel, Start.AddMinutes(5))?.Id, Is.EqualTo(active.Id));
            Assert.That(Reacted(Channel, Start.AddMinutes(-30))?.Id, Is.EqualTo(active.Id),
                "written before /learn start, pointed at during the incident");
            Assert.That(Reacted("C0CHAT", Start.AddMinutes(5)), Is.Null);
        });

        await _service.ResolveAsync(Channel, ResolutionSource.Command, "U0FAC", Resolution, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(Reacted(Channel, Start.AddMinutes(5))?.Id, Is.EqualTo(active.Id), "still, after the resolution");
            Assert.That(Reacted(Channel, Start.AddMinutes(-30)), Is.Null, "no active incident to pull it into");
            Assert.That(Reacted(Channel, Resolution.AddMinutes(1)), Is.Null);
        });
    }

    private static Incident Resolved(IncidentOrigin origin) =>
        IncidentLifecycle.Resolve(IncidentLifecycle.Start(Channel, "inc-1", false, Start, origin), Resolution, ResolutionSource.Command, "U0FAC");

    private Incident Save(Incident incident)
    {
        _store.SaveAsync(incident, CancellationToken.None).GetAwaiter().GetResult();
        return incident;
    }

    private Incident? Find(string id) => _store.FindAsync(id, CancellationToken.None).GetAwaiter().GetResult();

    private IReadOnlyList<Incident> All() => _store.AllAsync(CancellationToken.None).GetAwaiter().GetResult();

    private Incident? Reacted(string channel, DateTimeOffset at) =>
        _service.IncidentForReactedMessageAsync(channel, at, CancellationToken.None).GetAwaiter().GetResult();
}
