using SlackBot.Features.Findings;

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
}
