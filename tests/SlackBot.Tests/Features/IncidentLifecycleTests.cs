using SlackBot.Features.Incidents;

namespace SlackBot.Tests.Features;

public class IncidentLifecycleTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static Incident Active() => IncidentLifecycle.Start("C1", "inc-42", isPrivate: false, Start, IncidentOrigin.ChannelName);

    [Test]
    public void A_new_incident_is_active_and_keyed_by_channel_and_start()
    {
        var incident = Active();
        Assert.Multiple(() =>
        {
            Assert.That(incident.Status, Is.EqualTo(IncidentStatus.Active));
            Assert.That(incident.Id, Is.EqualTo($"C1:{Start.ToUnixTimeSeconds()}"));
            Assert.That(incident.DisplayName, Is.EqualTo("#inc-42"));
        });
    }

    [Test]
    public void Resolving_records_when_how_and_by_whom()
    {
        var resolved = IncidentLifecycle.Resolve(Active(), Start.AddHours(2), ResolutionSource.Command, "U1");
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(resolved.ResolvedAt, Is.EqualTo(Start.AddHours(2)));
            Assert.That(resolved.ResolvedVia, Is.EqualTo(ResolutionSource.Command));
            Assert.That(resolved.ResolvedBy, Is.EqualTo("U1"));
        });
    }

    [Test]
    public void A_second_resolution_changes_nothing()
    {
        var once = IncidentLifecycle.Resolve(Active(), Start.AddHours(2), ResolutionSource.Message, "U1");
        var twice = IncidentLifecycle.Resolve(once, Start.AddHours(5), ResolutionSource.ChannelArchived, "U2");
        Assert.That(twice, Is.EqualTo(once));
    }

    [Test]
    public void The_lifecycle_never_goes_backwards()
    {
        var reviewed = IncidentLifecycle.MarkReviewed(IncidentLifecycle.Resolve(Active(), Start.AddHours(1), ResolutionSource.Command, null), Start.AddDays(2));
        Assert.Multiple(() =>
        {
            Assert.That(reviewed.Status, Is.EqualTo(IncidentStatus.Reviewed));
            Assert.That(IncidentLifecycle.Resolve(reviewed, Start.AddDays(3), ResolutionSource.Command, null).Status, Is.EqualTo(IncidentStatus.Reviewed));
        });
    }

    [Test]
    public void An_incident_goes_quiet_after_the_quiet_period_since_the_last_human_message()
    {
        var incident = IncidentLifecycle.HumanMessage(Active(), Start.AddHours(1));
        var quiet = TimeSpan.FromHours(12);
        Assert.Multiple(() =>
        {
            Assert.That(IncidentLifecycle.HasGoneQuiet(incident, Start.AddHours(12).AddMinutes(59), quiet), Is.False);
            Assert.That(IncidentLifecycle.HasGoneQuiet(incident, Start.AddHours(13), quiet), Is.True);
            Assert.That(IncidentLifecycle.HasGoneQuiet(IncidentLifecycle.Resolve(incident, Start.AddHours(2), ResolutionSource.Command, null), Start.AddDays(3), quiet), Is.False);
        });
    }

    [Test]
    public void An_older_message_does_not_move_the_last_activity_back()
    {
        var incident = IncidentLifecycle.HumanMessage(Active(), Start.AddHours(3));
        Assert.That(IncidentLifecycle.HumanMessage(incident, Start.AddHours(1)).LastHumanMessageAt, Is.EqualTo(Start.AddHours(3)));
    }
}
