using SlackBot.Features.Ideas;
using SlackBot.Storage;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Ideas".</summary>
public abstract class IdeaStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IIdeaStore Ideas => Get<IIdeaStore>();

    [Test]
    public async Task A_saved_idea_is_read_back_whole_and_an_unknown_one_is_null()
    {
        var idea = IdeaAt("cmd:1", "C1:1", T0);

        await Ideas.SaveAsync(idea, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Ideas.FindAsync(idea.Id, None)), Is.EqualTo(Json(idea)));
            Assert.That(await Ideas.FindAsync(Idea.IdFor("cmd:unknown"), None), Is.Null);
        });
    }

    [Test]
    public async Task Saving_the_same_idea_again_replaces_it()
    {
        var idea = IdeaAt("cmd:1", "C1:1", T0);
        await Ideas.SaveAsync(idea, None);

        await Ideas.SaveAsync(idea with { Text = "alert on replica lag above five minutes" }, None);

        var all = await Ideas.AllAsync(None);
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(1));
            Assert.That(all[0].Text, Is.EqualTo("alert on replica lag above five minutes"));
        });
    }

    [Test]
    public async Task Ideas_are_listed_oldest_first_per_incident_and_in_all()
    {
        await Ideas.SaveAsync(IdeaAt("cmd:3", "C1:1", T0.AddMinutes(3)), None);
        await Ideas.SaveAsync(IdeaAt("cmd:2", "C2:1", T0.AddMinutes(2)), None);
        await Ideas.SaveAsync(IdeaAt("cmd:1", "C1:1", T0.AddMinutes(1)), None);

        Assert.Multiple(async () =>
        {
            Assert.That((await Ideas.ForIncidentAsync("C1:1", None)).Select(idea => idea.Id), Is.EqualTo(new[] { Idea.IdFor("cmd:1"), Idea.IdFor("cmd:3") }));
            Assert.That((await Ideas.AllAsync(None)).Select(idea => idea.Id), Is.EqualTo(new[] { Idea.IdFor("cmd:1"), Idea.IdFor("cmd:2"), Idea.IdFor("cmd:3") }));
            Assert.That(await Ideas.ForIncidentAsync("C9:1", None), Is.Empty);
        });
    }

    [Test]
    public async Task An_idea_saved_through_a_unit_of_work_is_kept_and_survives_a_restart()
    {
        var idea = IdeaAt("cmd:1", "C1:1", T0);

        await Get<IUnitOfWork>().CommitAsync(transaction => transaction.Save(idea), None);
        await RestartAsync();

        Assert.That(Json(await Ideas.FindAsync(idea.Id, None)), Is.EqualTo(Json(idea)));
    }

    private static Idea IdeaAt(string envelopeId, string incidentId, DateTimeOffset at) => new()
    {
        Id = Idea.IdFor(envelopeId),
        IncidentId = incidentId,
        Text = "we could alert on replica lag before the pool saturates",
        AuthorId = "U0ALICE",
        ChannelId = "C1",
        CreatedAt = at,
    };
}
