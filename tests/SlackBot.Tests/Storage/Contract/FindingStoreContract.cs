using SlackBot.Features.Findings;
using SlackBot.Storage;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Findings".</summary>
public abstract class FindingStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IFindingStore Findings => Get<IFindingStore>();

    [Test]
    public async Task A_saved_finding_reads_back_with_its_themes_and_flags()
    {
        var finding = Documents.Finding("msg:C1:1.1", "C1:1", T0, questionId: "q:C1:1.0");

        await Findings.SaveAsync(finding, None);

        Assert.That(Json(await Findings.FindAsync(finding.Id, None)), Is.EqualTo(Json(finding)));
    }

    [Test]
    public async Task An_answer_to_a_follow_up_reads_back_linked_to_its_parent()
    {
        var finding = Documents.Finding("msg:C1:1.2", "C1:1", T0, questionId: "q:C1:1.0:followup") with { ParentFindingId = "msg:C1:1.1" };

        await Findings.SaveAsync(finding, None);

        Assert.That(Json(await Findings.FindAsync(finding.Id, None)), Is.EqualTo(Json(finding)));
    }

    [Test]
    public async Task Recording_the_same_source_again_replaces_the_finding()
    {
        var finding = Documents.Finding("msg:C1:1.1", "C1:1", T0);
        await Findings.SaveAsync(finding, None);

        await Findings.SaveAsync(finding with { Text = "edited: a saved query in a gist", Themes = ["Scripts and tools"] }, None);

        var all = await Findings.AllAsync(None);
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(1));
            Assert.That(all[0].Text, Does.StartWith("edited"));
            Assert.That(all[0].Themes, Is.EqualTo(new[] { "Scripts and tools" }));
        });
    }

    [Test]
    public async Task Findings_are_listed_oldest_first_by_incident_by_question_and_all()
    {
        await Findings.SaveAsync(Documents.Finding("f3", "C1:1", T0.AddMinutes(3), questionId: "q1"), None);
        await Findings.SaveAsync(Documents.Finding("f1", "C1:1", T0.AddMinutes(1)), None);
        await Findings.SaveAsync(Documents.Finding("f2", "C2:1", T0.AddMinutes(2), questionId: "q1"), None);
        await Findings.SaveAsync(Documents.Finding("f0", null, T0), None);

        Assert.Multiple(async () =>
        {
            Assert.That((await Findings.ForIncidentAsync("C1:1", None)).Select(finding => finding.Id), Is.EqualTo(new[] { "f1", "f3" }));
            Assert.That((await Findings.ForQuestionAsync("q1", None)).Select(finding => finding.Id), Is.EqualTo(new[] { "f2", "f3" }));
            Assert.That((await Findings.AllAsync(None)).Select(finding => finding.Id), Is.EqualTo(new[] { "f0", "f1", "f2", "f3" }));
        });
    }

    [Test]
    public async Task Deleting_says_whether_there_was_a_finding()
    {
        await Findings.SaveAsync(Documents.Finding("f1", "C1:1", T0), None);

        var first = await Findings.DeleteAsync("f1", None);
        var second = await Findings.DeleteAsync("f1", None);

        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.True);
            Assert.That(second, Is.False);
            Assert.That(await Findings.AllAsync(None), Is.Empty);
        });
    }

    [Test]
    public async Task A_saved_finding_survives_a_restart()
    {
        var finding = Documents.Finding("f1", "C1:1", T0);
        await Findings.SaveAsync(finding, None);

        await RestartAsync();

        Assert.That(Json(await Findings.FindAsync("f1", None)), Is.EqualTo(Json(finding)));
    }

    [Test]
    public async Task A_persons_findings_are_listed_newest_first_and_capped()
    {
        await Findings.SaveAsync(Documents.Finding("f1", "C1:1", T0.AddMinutes(1)), None);
        await Findings.SaveAsync(Documents.Finding("f3", "C1:1", T0.AddMinutes(3)), None);
        await Findings.SaveAsync(Documents.Finding("f2", "C2:1", T0.AddMinutes(2)), None);
        await Findings.SaveAsync(Documents.Finding("other", "C1:1", T0.AddMinutes(4)) with { AuthorId = "U0OTHER" }, None);

        Assert.Multiple(async () =>
        {
            Assert.That((await Findings.ByAuthorAsync("U0PRIYA", 10, None)).Select(finding => finding.Id), Is.EqualTo(new[] { "f3", "f2", "f1" }));
            Assert.That((await Findings.ByAuthorAsync("U0PRIYA", 2, None)).Select(finding => finding.Id), Is.EqualTo(new[] { "f3", "f2" }));
            Assert.That(await Findings.ByAuthorAsync("U0NOBODY", 10, None), Is.Empty);
        });
    }

    [Test]
    public async Task Withdrawing_deletes_the_finding_and_keeps_only_who_withdrew_it_and_when()
    {
        await Findings.SaveAsync(Documents.Finding("f1", "C1:1", T0), None);
        var withdrawal = new FindingWithdrawal { Id = "f1", AuthorId = "U0PRIYA", WithdrawnAt = T0.AddDays(1) };

        var first = await Findings.WithdrawAsync(withdrawal, None);
        var again = await Findings.WithdrawAsync(withdrawal with { WithdrawnAt = T0.AddDays(2) }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.True);
            Assert.That(again, Is.False, "withdrawing twice withdraws once");
            Assert.That(await Findings.FindAsync("f1", None), Is.Null);
            Assert.That(await Findings.AllAsync(None), Is.Empty);
            Assert.That(Json(await Findings.WithdrawalAsync("f1", None)), Is.EqualTo(Json(withdrawal)), "the first withdrawal is kept");
            Assert.That(await Findings.WithdrawalAsync("f2", None), Is.Null);
        });
    }

    [Test]
    public async Task A_withdrawn_finding_is_not_saved_again_by_the_store_nor_by_a_unit_of_work()
    {
        var finding = Documents.Finding("f1", "C1:1", T0);
        await Findings.SaveAsync(finding, None);
        await Findings.WithdrawAsync(new FindingWithdrawal { Id = "f1", AuthorId = finding.AuthorId, WithdrawnAt = T0 }, None);

        var saved = await Findings.SaveAsync(finding with { Text = "recorded again" }, None);
        await Get<IUnitOfWork>().CommitAsync(transaction =>
        {
            transaction.Save(finding with { Text = "imported again" });
            transaction.Save(Documents.Finding("f2", "C1:1", T0));
        }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(saved, Is.False);
            Assert.That(await Findings.FindAsync("f1", None), Is.Null);
            Assert.That((await Findings.AllAsync(None)).Select(kept => kept.Id), Is.EqualTo(new[] { "f2" }), "the rest of the unit of work commits");
        });
    }

    [Test]
    public async Task A_withdrawal_survives_a_restart()
    {
        var finding = Documents.Finding("f1", "C1:1", T0);
        await Findings.SaveAsync(finding, None);
        await Findings.WithdrawAsync(new FindingWithdrawal { Id = "f1", AuthorId = finding.AuthorId, WithdrawnAt = T0 }, None);

        await RestartAsync();
        var saved = await Findings.SaveAsync(finding, None);

        Assert.Multiple(async () =>
        {
            Assert.That(saved, Is.False);
            Assert.That(await Findings.FindAsync("f1", None), Is.Null);
            Assert.That(await Findings.WithdrawalAsync("f1", None), Is.Not.Null);
        });
    }

    [Test]
    public async Task Findings_created_in_a_span_are_those_from_its_start_up_to_but_not_at_its_end_oldest_first()
    {
        await Findings.SaveAsync(Documents.Finding("before", "C1:1", T0.AddMilliseconds(-1)), None);
        await Findings.SaveAsync(Documents.Finding("last", "C1:1", T0.AddDays(7).AddMilliseconds(-1)), None);
        await Findings.SaveAsync(Documents.Finding("first", "C2:1", T0), None);
        await Findings.SaveAsync(Documents.Finding("end", "C1:1", T0.AddDays(7)), None);

        var span = await Findings.CreatedBetweenAsync(T0, T0.AddDays(7), None);
        var empty = await Findings.CreatedBetweenAsync(T0.AddDays(7), T0, None);

        Assert.Multiple(() =>
        {
            Assert.That(span.Select(finding => finding.Id), Is.EqualTo(new[] { "first", "last" }));
            Assert.That(empty, Is.Empty, "a span that ends before it starts holds nothing");
        });
    }

    [Test]
    public async Task Theme_tallies_count_the_findings_of_whole_hours_and_follow_every_later_write()
    {
        var h0 = FindingThemeTally.HourOf(T0);
        // Documents.Finding is kept to the incident's channel (C1); "early" and "same-hour" are for the organisation.
        await Findings.SaveAsync(Documents.Finding("early", "C1:1", h0.AddMinutes(5)) with { Visibility = FindingVisibility.Organisation }, None);
        await Findings.SaveAsync(Documents.Finding("same-hour", "C1:1", h0.AddMinutes(50)) with { Themes = ["observability"], Visibility = FindingVisibility.Organisation }, None);
        await Findings.SaveAsync(Documents.Finding("private", "C2:1", h0.AddMinutes(10)) with { FromPrivateChannel = true, ChannelId = "C2" }, None);
        await Findings.SaveAsync(Documents.Finding("next", "C1:1", h0.AddDays(1)), None);

        var first = await Findings.ThemeTalliesAsync(h0, h0.AddDays(2), None);
        await Findings.SaveAsync(Documents.Finding("added", "C1:1", h0.AddHours(2)) with { Themes = ["Runbooks"] }, None);
        await Findings.SaveAsync(Documents.Finding("same-hour", "C1:1", h0.AddMinutes(50)) with { Themes = ["Runbooks"], Visibility = FindingVisibility.Organisation }, None);
        await Findings.DeleteAsync("next", None);
        await Findings.WithdrawAsync(new FindingWithdrawal { Id = "private", AuthorId = "U0PRIYA", WithdrawnAt = h0 }, None);
        var after = await Findings.ThemeTalliesAsync(h0, h0.AddDays(2), None);
        var midHour = await Findings.ThemeTalliesAsync(h0.AddMinutes(1), h0.AddHours(3), None);

        Assert.Multiple(async () =>
        {
            Assert.That(Lines(first), Is.EqualTo(new[] { "0h C1:1 - Observability 2", "0h C2:1 C2 Observability 1", "24h C1:1 C1 Observability 1" }),
                "themes compared ignoring case, each restriction apart; the kind (scripts and tools) is not a topic");
            Assert.That(Lines(after), Is.EqualTo(new[] { "0h C1:1 - Observability 1", "0h C1:1 - Runbooks 1", "2h C1:1 C1 Runbooks 1" }),
                "an edit, an addition, a deletion and a withdrawal after the day was counted");
            Assert.That(Lines(midHour), Is.EqualTo(new[] { "2h C1:1 C1 Runbooks 1" }), "an hour that starts before the span is not in it");
            Assert.That(Lines(await Findings.ThemeTalliesAsync(h0.AddDays(2), h0, None)), Is.Empty);
        });

        string[] Lines(IEnumerable<FindingThemeTally> tallies) => tallies
            .Select(tally => $"{(tally.Hour - h0).TotalHours}h {tally.IncidentId} {tally.RestrictedTo ?? "-"} {tally.Theme} {tally.Count}")
            .Order(StringComparer.Ordinal).ToArray();
    }

    [Test]
    public async Task Theme_tallies_survive_a_restart_and_still_follow_writes_after_it()
    {
        await Findings.SaveAsync(Documents.Finding("f1", "C1:1", T0), None);
        var before = await Findings.ThemeTalliesAsync(FindingThemeTally.HourOf(T0), T0.AddDays(1), None);

        await RestartAsync();
        await Findings.SaveAsync(Documents.Finding("f2", "C1:1", T0.AddMinutes(1)), None);
        var after = await Findings.ThemeTalliesAsync(FindingThemeTally.HourOf(T0), T0.AddDays(1), None);

        Assert.Multiple(() =>
        {
            Assert.That(before.Sum(tally => tally.Count), Is.EqualTo(1));
            Assert.That(after.Sum(tally => tally.Count), Is.EqualTo(2));
        });
    }
}
