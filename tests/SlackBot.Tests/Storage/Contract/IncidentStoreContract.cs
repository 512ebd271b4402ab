using SlackBot.Features.Incidents;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Incidents".</summary>
public abstract class IncidentStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IIncidentStore Incidents => Get<IIncidentStore>();

    [Test]
    public async Task A_saved_incident_reads_back_field_for_field()
    {
        var incident = Documents.Incident("C1", T0, IncidentStatus.Reviewed);

        await Incidents.SaveAsync(incident, None);

        Assert.That(Json(await Incidents.FindAsync(incident.Id, None)), Is.EqualTo(Json(incident)));
    }

    [Test]
    public async Task An_unknown_id_finds_nothing()
    {
        await Incidents.SaveAsync(Documents.Incident("C1", T0), None);

        Assert.That(await Incidents.FindAsync("C1:0", None), Is.Null);
    }

    [Test]
    public async Task Saving_the_same_id_again_replaces_the_incident()
    {
        var active = Documents.Incident("C1", T0);
        await Incidents.SaveAsync(active, None);

        await Incidents.SaveAsync(active with { Status = IncidentStatus.Resolved, ResolvedAt = T0.AddHours(1) }, None);

        var all = await Incidents.AllAsync(None);
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(1));
            Assert.That(all[0].Status, Is.EqualTo(IncidentStatus.Resolved));
            Assert.That(all[0].ResolvedAt, Is.EqualTo(T0.AddHours(1)));
        });
    }

    [Test]
    public async Task The_active_incident_of_a_channel_is_its_latest_started_active_one()
    {
        await Incidents.SaveAsync(Documents.Incident("C1", T0.AddDays(2)), None);
        await Incidents.SaveAsync(Documents.Incident("C1", T0), None);
        await Incidents.SaveAsync(Documents.Incident("C1", T0.AddDays(3), IncidentStatus.Resolved), None);
        await Incidents.SaveAsync(Documents.Incident("C2", T0.AddDays(4)), None);

        var active = await Incidents.ActiveInAsync("C1", None);

        Assert.That(active?.Id, Is.EqualTo(Incident.IdFor("C1", T0.AddDays(2))));
    }

    [Test]
    public async Task A_channel_with_only_resolved_incidents_has_no_active_one_but_a_latest_one()
    {
        await Incidents.SaveAsync(Documents.Incident("C1", T0, IncidentStatus.Resolved), None);
        await Incidents.SaveAsync(Documents.Incident("C1", T0.AddDays(1), IncidentStatus.Reviewed), None);

        Assert.Multiple(async () =>
        {
            Assert.That(await Incidents.ActiveInAsync("C1", None), Is.Null);
            Assert.That((await Incidents.LatestInAsync("C1", None))?.Id, Is.EqualTo(Incident.IdFor("C1", T0.AddDays(1))));
            Assert.That(await Incidents.LatestInAsync("C9", None), Is.Null, "a channel that never had an incident");
        });
    }

    [Test]
    public async Task Incidents_of_a_state_are_listed_oldest_start_first()
    {
        await Incidents.SaveAsync(Documents.Incident("C3", T0.AddHours(3), IncidentStatus.Resolved), None);
        await Incidents.SaveAsync(Documents.Incident("C1", T0.AddHours(1), IncidentStatus.Resolved), None);
        await Incidents.SaveAsync(Documents.Incident("C2", T0.AddHours(2)), None);
        await Incidents.SaveAsync(Documents.Incident("C4", T0, IncidentStatus.Resolved), None);

        var resolved = await Incidents.WithStatusAsync(IncidentStatus.Resolved, None);
        var all = await Incidents.AllAsync(None);

        Assert.Multiple(() =>
        {
            Assert.That(resolved.Select(incident => incident.ChannelId), Is.EqualTo(new[] { "C4", "C1", "C3" }));
            Assert.That(all.Select(incident => incident.ChannelId), Is.EqualTo(new[] { "C4", "C1", "C2", "C3" }));
        });
    }

    [Test]
    public async Task A_saved_incident_survives_a_restart()
    {
        var incident = Documents.Incident("C1", T0);
        await Incidents.SaveAsync(incident, None);

        await RestartAsync();

        Assert.That(Json(await Incidents.ActiveInAsync("C1", None)), Is.EqualTo(Json(incident)));
    }

    [Test]
    public async Task A_reopened_incident_spans_its_time_except_between_a_past_resolution_and_the_reopen()
    {
        // Documents.Incident was resolved after an hour and reopened at 90 minutes; still active.
        var reopened = Documents.Incident("C1", T0);
        await Incidents.SaveAsync(reopened, None);

        Assert.Multiple(async () =>
        {
            Assert.That((await Incidents.SpanningInAsync("C1", T0.AddMinutes(30), None))?.Id, Is.EqualTo(reopened.Id), "before the first resolution");
            Assert.That(await Incidents.SpanningInAsync("C1", T0.AddMinutes(75), None), Is.Null, "while it was resolved");
            Assert.That((await Incidents.SpanningInAsync("C1", T0.AddHours(5), None))?.Id, Is.EqualTo(reopened.Id), "after the reopen, open-ended");
        });
    }

    [Test]
    public async Task Incidents_started_in_a_span_are_those_from_its_start_up_to_but_not_at_its_end_oldest_first()
    {
        await Incidents.SaveAsync(Documents.Incident("C0", T0.AddSeconds(-1), IncidentStatus.Resolved), None);
        await Incidents.SaveAsync(Documents.Incident("C2", T0.AddDays(3)) with { Teams = ["payments"] }, None);
        await Incidents.SaveAsync(Documents.Incident("C1", T0, IncidentStatus.Reviewed), None);
        await Incidents.SaveAsync(Documents.Incident("C3", T0.AddDays(7)), None);

        var span = await Incidents.StartedBetweenAsync(T0, T0.AddDays(7), None);

        Assert.Multiple(() =>
        {
            Assert.That(span.Select(incident => incident.ChannelId), Is.EqualTo(new[] { "C1", "C2" }));
            Assert.That(span[1].Teams, Is.EqualTo(new[] { "payments" }), "teams read back");
        });
    }
}
