using SlackBot.Features.Moments;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Moments".</summary>
public abstract class MomentStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IMomentStore Moments => Get<IMomentStore>();

    [Test]
    public async Task A_saved_moment_is_found_by_id_and_by_its_message()
    {
        var moment = Documents.Moment("C1:1", "C1", "1793886101.634084", T0);

        await Moments.SaveAsync(moment, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Moments.FindAsync(moment.Id, None)), Is.EqualTo(Json(moment)));
            Assert.That(Json(await Moments.FindAsync("C1", "1793886101.634084", None)), Is.EqualTo(Json(moment)));
            Assert.That(await Moments.FindAsync("C1", "1793886101.999999", None), Is.Null);
        });
    }

    [Test]
    public async Task One_message_is_one_moment_saving_it_again_replaces_it()
    {
        var detected = Documents.Moment("C1:1", "C1", "1.1", T0) with { Source = MomentSource.Detected, MarkedBy = null };
        await Moments.SaveAsync(detected, None);

        await Moments.SaveAsync(detected with { Source = MomentSource.Marked, MarkedBy = "U0BOB" }, None);

        var all = await Moments.AllAsync(None);
        Assert.Multiple(() =>
        {
            Assert.That(all, Has.Count.EqualTo(1));
            Assert.That(all[0].Source, Is.EqualTo(MomentSource.Marked));
        });
    }

    [Test]
    public async Task Moments_are_listed_in_the_order_their_messages_were_written()
    {
        await Moments.SaveAsync(Documents.Moment("C1:1", "C1", "3.0", T0.AddMinutes(3)), None);
        await Moments.SaveAsync(Documents.Moment("C2:1", "C2", "1.5", T0.AddMinutes(1.5)), None);
        await Moments.SaveAsync(Documents.Moment("C1:1", "C1", "1.0", T0.AddMinutes(1)), None);
        await Moments.SaveAsync(Documents.Moment("C1:1", "C1", "2.0", T0.AddMinutes(2)), None);

        Assert.Multiple(async () =>
        {
            Assert.That((await Moments.ForIncidentAsync("C1:1", None)).Select(moment => moment.Ts), Is.EqualTo(new[] { "1.0", "2.0", "3.0" }));
            Assert.That((await Moments.AllAsync(None)).Select(moment => moment.Ts), Is.EqualTo(new[] { "1.0", "1.5", "2.0", "3.0" }));
            Assert.That(await Moments.ForIncidentAsync("C9:1", None), Is.Empty);
        });
    }

    [Test]
    public async Task Outlines_carry_each_moments_category_author_and_time_in_the_order_written()
    {
        await Moments.SaveAsync(Documents.Moment("C1:1", "C1", "3.0", T0.AddMinutes(3)) with { Category = MomentCategory.Expertise, UserId = "U0BOB" }, None);
        await Moments.SaveAsync(Documents.Moment("C1:1", "C1", "1.0", T0.AddMinutes(1)) with { Category = MomentCategory.ScriptsAndTools }, None);
        await Moments.SaveAsync(Documents.Moment("C1:2", "C1", "2.0", T0.AddMinutes(2)), None);

        var outlines = await Moments.OutlinesForIncidentAsync("C1:1", None);

        Assert.That(outlines, Is.EqualTo(new[]
        {
            new MomentOutline(MomentCategory.ScriptsAndTools, "U0ALICE", T0.AddMinutes(1)),
            new MomentOutline(MomentCategory.Expertise, "U0BOB", T0.AddMinutes(3)),
        }));
    }

    [Test]
    public async Task Deleting_says_whether_there_was_a_moment()
    {
        var moment = Documents.Moment("C1:1", "C1", "1.1", T0);
        await Moments.SaveAsync(moment, None);

        var first = await Moments.DeleteAsync(moment.Id, None);
        var second = await Moments.DeleteAsync(moment.Id, None);

        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.True);
            Assert.That(second, Is.False);
            Assert.That(await Moments.FindAsync(moment.Id, None), Is.Null);
        });
    }

    [Test]
    public async Task A_saved_moment_survives_a_restart()
    {
        var moment = Documents.Moment("C1:1", "C1", "1.1", T0);
        await Moments.SaveAsync(moment, None);

        await RestartAsync();

        Assert.That(Json(await Moments.FindAsync(moment.Id, None)), Is.EqualTo(Json(moment)));
    }
}
