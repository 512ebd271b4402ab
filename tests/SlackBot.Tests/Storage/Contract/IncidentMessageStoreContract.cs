using SlackBot.Features.Incidents;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Incident messages".</summary>
public abstract class IncidentMessageStoreContract(IStorageProvider provider) : StoreContract(provider)
{
    private IIncidentMessageStore Messages => Get<IIncidentMessageStore>();

    [Test]
    public async Task A_saved_message_is_found_by_its_channel_and_ts()
    {
        var message = Documents.Message("C1:1", "C1", "1793886101.634084", T0);

        await Messages.SaveAsync(message, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Messages.FindAsync("C1", "1793886101.634084", None)), Is.EqualTo(Json(message)));
            Assert.That(await Messages.FindAsync("C2", "1793886101.634084", None), Is.Null, "the same ts in another channel is another message");
        });
    }

    [Test]
    public async Task Saving_the_same_message_again_replaces_it()
    {
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "1.1", T0, "first words"), None);
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "1.1", T0, "second words"), None);

        var stored = await Messages.ForIncidentAsync("C1:1", None);
        Assert.That(stored.Select(message => message.Text), Is.EqualTo(new[] { "second words" }));
    }

    [Test]
    public async Task An_incidents_messages_are_listed_in_the_order_they_were_written()
    {
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "3.0", T0.AddMinutes(3)), None);
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "1.0", T0.AddMinutes(1)), None);
        await Messages.SaveAsync(Documents.Message("C1:2", "C1", "2.0", T0.AddMinutes(2)), None);
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "2.5", T0.AddMinutes(2.5)), None);

        var listed = await Messages.ForIncidentAsync("C1:1", None);

        Assert.That(listed.Select(message => message.Ts), Is.EqualTo(new[] { "1.0", "2.5", "3.0" }));
    }

    [Test]
    public async Task Writers_are_each_person_once_with_their_first_message_first_writer_first()
    {
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "4.0", T0.AddMinutes(4)) with { UserId = "U0ALICE" }, None);
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "2.0", T0.AddMinutes(2)) with { UserId = "U0BOB" }, None);
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "3.0", T0.AddMinutes(3)) with { UserId = "U0ALICE" }, None);
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "9.0", T0.AddMinutes(9)) with { UserId = "U0BOB" }, None);
        await Messages.SaveAsync(Documents.Message("C1:2", "C1", "1.0", T0.AddMinutes(1)) with { UserId = "U0CAROL" }, None);

        var writers = await Messages.WritersAsync("C1:1", None);

        Assert.Multiple(async () =>
        {
            Assert.That(writers, Is.EqualTo(new[] { new IncidentWriter("U0BOB", T0.AddMinutes(2)), new IncidentWriter("U0ALICE", T0.AddMinutes(3)) }));
            Assert.That(await Messages.WritersAsync("C9:9", None), Is.Empty);
        });
    }

    [Test]
    public async Task An_edit_replaces_only_the_text()
    {
        var message = Documents.Message("C1:1", "C1", "1.1", T0, "pool at 200");
        await Messages.SaveAsync(message, None);

        await Messages.EditAsync("C1", "1.1", "pool at 400, sorry", None);

        Assert.That(Json(await Messages.FindAsync("C1", "1.1", None)), Is.EqualTo(Json(message with { Text = "pool at 400, sorry" })));
    }

    [Test]
    public async Task Editing_or_deleting_a_message_that_is_not_stored_changes_nothing()
    {
        await Messages.EditAsync("C1", "9.9", "edited before the bot saw it", None);
        await Messages.DeleteAsync("C1", "9.9", None);

        Assert.That(await Messages.FindAsync("C1", "9.9", None), Is.Null);
    }

    [Test]
    public async Task A_deleted_message_is_gone()
    {
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "1.1", T0), None);
        await Messages.SaveAsync(Documents.Message("C1:1", "C1", "1.2", T0), None);

        await Messages.DeleteAsync("C1", "1.1", None);

        Assert.Multiple(async () =>
        {
            Assert.That(await Messages.FindAsync("C1", "1.1", None), Is.Null);
            Assert.That(await Messages.FindAsync("C1", "1.2", None), Is.Not.Null);
        });
    }

    [Test]
    public async Task A_saved_message_survives_a_restart()
    {
        var message = Documents.Message("C1:1", "C1", "1.1", T0);
        await Messages.SaveAsync(message, None);

        await RestartAsync();

        Assert.That(Json(await Messages.FindAsync("C1", "1.1", None)), Is.EqualTo(Json(message)));
    }
}
