using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Outbound;
using SlackBot.Storage;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>docs/storage-contract.md, "Unit of work".</summary>
public abstract class UnitOfWorkContract(IStorageProvider provider) : StoreContract(provider)
{
    private IUnitOfWork UnitOfWork => Get<IUnitOfWork>();

    private IOutboxStore Outbox => Get<IOutboxStore>();

    [Test]
    public async Task A_state_change_and_its_outbox_row_commit_together_and_wake_the_sender()
    {
        var incident = Documents.Incident("C1", T0, IncidentStatus.Resolved);
        var moment = Documents.Moment(incident.Id, "C1", "1.1", T0);
        var question = Documents.Question(moment.Id, incident.Id, T0) with { Status = QuestionStatus.Posted };

        await UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(incident);
            transaction.Save(moment);
            transaction.Save(question);
            transaction.Enqueue(Documents.Post(question.Id));
        }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Get<IIncidentStore>().FindAsync(incident.Id, None)), Is.EqualTo(Json(incident)));
            Assert.That(Json(await Get<IMomentStore>().FindAsync(moment.Id, None)), Is.EqualTo(Json(moment)));
            Assert.That((await Get<IQuestionStore>().FindAsync(question.Id, None))?.Status, Is.EqualTo(QuestionStatus.Posted));
            Assert.That(Outbox.Find(question.Id)?.Payload, Is.EqualTo(Documents.Post(question.Id).Payload));
            Assert.That(SenderWasWoken(), Is.True);
        });
    }

    [Test]
    public async Task A_failure_inside_the_work_leaves_neither_the_state_change_nor_the_outbox_row()
    {
        var question = Documents.Question("C1:1.1", "C1:1", T0);

        var failure = Assert.ThrowsAsync<InvalidOperationException>(() => UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(question);
            transaction.Enqueue(Documents.Post("row-1"));
            throw new InvalidOperationException("the state change could not be computed");
        }, None));

        Assert.Multiple(async () =>
        {
            Assert.That(failure?.Message, Does.Contain("could not be computed"), "the caller sees its own exception");
            Assert.That(await Get<IQuestionStore>().FindAsync(question.Id, None), Is.Null);
            Assert.That(Outbox.Find("row-1"), Is.Null);
            Assert.That(SenderWasWoken(), Is.False);
        });
    }

    [Test]
    public async Task A_write_that_fails_at_commit_takes_the_writes_before_it_along()
    {
        var incident = Documents.Incident("C1", T0);

        Assert.That(() => UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(incident);
            transaction.Enqueue(Documents.Post("row-1"));
            transaction.Save(new NotAStoredDocument("x"));
        }, None), Throws.Exception, "a document type no store keeps fails the commit");

        Assert.Multiple(async () =>
        {
            Assert.That(await Get<IIncidentStore>().FindAsync(incident.Id, None), Is.Null);
            Assert.That(Outbox.Find("row-1"), Is.Null);
            Assert.That(SenderWasWoken(), Is.False);
        });
    }

    [Test]
    public async Task A_cancelled_unit_of_work_writes_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.That(() => UnitOfWork.CommitAsync(transaction => transaction.Enqueue(Documents.Post("row-1")), cancelled.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Outbox.Find("row-1"), Is.Null);
    }

    [Test]
    public async Task Nothing_recorded_is_visible_before_the_commit()
    {
        var incident = Documents.Incident("C1", T0);
        Incident? seenInside = incident;
        OutboxMessage? rowInside = null;

        await UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(incident);
            transaction.Enqueue(Documents.Post("row-1"));
            seenInside = Get<IIncidentStore>().FindAsync(incident.Id, None).GetAwaiter().GetResult();
            rowInside = Outbox.Find("row-1");
        }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(seenInside, Is.Null);
            Assert.That(rowInside, Is.Null);
            Assert.That(await Get<IIncidentStore>().FindAsync(incident.Id, None), Is.Not.Null, "and all of it after");
        });
    }

    [Test]
    public async Task An_outbox_row_already_there_is_kept_once_and_the_state_change_still_commits()
    {
        Get<IOutbox>().Enqueue(Documents.Post("row-1", text: "first"));
        var question = Documents.Question("C1:1.1", "C1:1", T0);

        await UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(question);
            transaction.Enqueue(Documents.Post("row-1", text: "second"));
        }, None);

        Assert.Multiple(async () =>
        {
            Assert.That(Outbox.Find("row-1")?.Payload, Does.Contain("first"));
            Assert.That(Outbox.ReadDue(T0, 10), Has.Count.EqualTo(1));
            Assert.That(await Get<IQuestionStore>().FindAsync(question.Id, None), Is.Not.Null);
        });
    }

    [Test]
    public async Task Outbox_rows_keep_the_order_they_were_enqueued_in_within_and_across_units_of_work()
    {
        await UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Enqueue(Documents.Post("c"));
            transaction.Enqueue(Documents.Post("a"));
        }, None);
        await UnitOfWork.CommitAsync(transaction => transaction.Enqueue(Documents.Post("b")), None);

        Assert.That(Outbox.ReadDue(T0, 10).Select(row => row.Id), Is.EqualTo(new[] { "c", "a", "b" }));
    }

    [Test]
    public async Task An_enqueued_row_is_due_now_unless_it_says_otherwise()
    {
        var later = T0.AddMinutes(10);
        Time.Advance(TimeSpan.FromSeconds(5));

        await UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Enqueue(Documents.Post("now"));
            transaction.Enqueue(Documents.Post("later") with { CreatedAt = T0, NextAttemptAt = later });
        }, None);

        Assert.Multiple(() =>
        {
            Assert.That(Outbox.Find("now")?.CreatedAt, Is.EqualTo(Time.GetUtcNow()));
            Assert.That(Outbox.Find("now")?.NextAttemptAt, Is.EqualTo(Time.GetUtcNow()));
            Assert.That(Outbox.Find("later")?.CreatedAt, Is.EqualTo(T0));
            Assert.That(Outbox.Find("later")?.NextAttemptAt, Is.EqualTo(later));
        });
    }

    [Test]
    public async Task A_transaction_cannot_be_written_to_after_its_commit()
    {
        IStorageTransaction? kept = null;
        await UnitOfWork.CommitAsync(transaction => kept = transaction, None);

        Assert.That(() => kept!.Enqueue(Documents.Post("too-late")), Throws.InvalidOperationException);
        Assert.That(Outbox.Find("too-late"), Is.Null);
    }

    [Test]
    public async Task A_committed_unit_of_work_survives_a_restart()
    {
        var question = Documents.Question("C1:1.1", "C1:1", T0);
        await UnitOfWork.CommitAsync(transaction =>
        {
            transaction.Save(question);
            transaction.Save(new QuestionPlan { Id = "C1:1", PlannedAt = T0, Questions = 1 });
            transaction.Enqueue(Documents.Post("row-1"));
        }, None);

        await RestartAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(Json(await Get<IQuestionStore>().FindAsync(question.Id, None)), Is.EqualTo(Json(question)));
            Assert.That(await Get<IQuestionStore>().PlanForAsync("C1:1", None) is not null, Is.True);
            Assert.That(Outbox.Find("row-1"), Is.Not.Null);
        });
    }

    /// <summary>Whether the outbox sender has a wake-up waiting (and takes it, so the next check starts clean).</summary>
    private bool SenderWasWoken()
    {
        using var stop = new CancellationTokenSource();
        // On the fake clock the hour never passes: the wait completes at once only if a wake-up is waiting.
        var wait = Get<OutboxSignal>().WaitAsync(TimeSpan.FromHours(1), Time, stop.Token);
        var woken = wait.IsCompleted;
        stop.Cancel();
        Assert.That(() => wait.GetAwaiter().GetResult(), woken ? Throws.Nothing : Throws.InstanceOf<OperationCanceledException>());
        return woken;
    }

    private sealed record NotAStoredDocument(string Id);
}
