using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Questions;
using SlackBot.Features.Review;
using SlackBot.Slack.Api;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.LiteDb;
using SlackBot.Storage.Outbox;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Review;

/// <summary>
/// The worker behind <c>/learn export</c> and <c>/learn prep</c>, against a scripted Slack: where the result goes, what
/// happens when Slack is busy, and that a refusal ends the job with a message to the person.
/// </summary>
public sealed class ReviewJobWorkerTests
{
    private const string ResponseUrl = "https://hooks.slack.com/commands/T0001/1234/secret";

    private readonly CheckoutIncident _incident = new();
    private FakeTimeProvider _time = null!;
    private LiteDbDatabase _database = null!;
    private ScriptedSlackApi _slack = null!;
    private LiteDbReviewJobStore _jobs = null!;
    private LiteDbUnitOfWork _unitOfWork = null!;
    private ResponseUrlLedger _ledger = null!;
    private LiteDbOutboxStore _outbox = null!;
    private ReviewJobWorker _worker = null!;
    private ScriptSource _source = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 9, 10, 0, 0, TimeSpan.Zero));
        _database = LiteDbDatabase.InMemory();
        _slack = new ScriptedSlackApi();
        _jobs = new LiteDbReviewJobStore(_database);
        _ledger = new ResponseUrlLedger(new LiteDbResponseUrlUseStore(_database));
        _outbox = new LiteDbOutboxStore(_database);
        _unitOfWork = new LiteDbUnitOfWork(_database, _outbox, new OutboxSignal(), _time);
        _worker = new ReviewJobWorker(_jobs, new ReviewJobSignal(), _source = new ScriptSource(_incident), new ReviewPrepComposer(new QuestionComposer(QuestionBank.LoadDefault())),
            new DirectMessageFiles(_slack), new ReviewReplies(_ledger, _time), _ledger, _unitOfWork, _time, NullLogger<ReviewJobWorker>.Instance);
    }

    [TearDown]
    public void TearDown()
    {
        _worker.Dispose();
        _database.Dispose();
    }

    [Test]
    public async Task An_export_is_shared_in_the_persons_DM_and_the_command_is_told_where()
    {
        var job = Job(ReviewJobKind.Export);

        await _worker.RunAsync(job, CancellationToken.None);

        var completed = _slack.CallsOf<CompleteUploadRequest>("files.completeUploadExternal").Single();
        var (_, bytes, fileName) = _slack.CallsOf<(Uri, byte[], string)>("upload").Single();
        var markdown = Encoding.UTF8.GetString(bytes);
        var reply = SingleRow(OutboxKind.ResponseUrl);
        Assert.Multiple(() =>
        {
            Assert.That(_slack.CallsOf<string>("conversations.open"), Is.EqualTo(new[] { CheckoutIncident.Alice }));
            Assert.That(completed.ChannelId, Is.EqualTo("D0ALICE01"), "the DM's conversation id, not the user id");
            Assert.That(completed.InitialComment, Does.Contain("Here is the export of #inc-2026-11-checkout-latency"));
            Assert.That(completed.Files.Single().Title, Is.EqualTo("Incident export: #inc-2026-11-checkout-latency — Checkout slow"));
            Assert.That(fileName, Is.EqualTo("incident-inc-2026-11-checkout-latency-2026-11-05.md"));
            Assert.That(markdown, Does.Contain("## Timeline of moments").And.Contain("## Review prep"), "the export includes the pack");
            Assert.That(Find(job.Id), Has.Property(nameof(ReviewJob.Status)).EqualTo(ReviewJobStatus.Done).And.Property(nameof(ReviewJob.FileId)).EqualTo(completed.Files.Single().Id));
            Assert.That(reply["url"]!.GetValue<string>(), Is.EqualTo(ResponseUrl));
            Assert.That(reply["message"]!["replace_original"]!.GetValue<bool>(), Is.True, "replaces “Preparing…”");
            Assert.That(reply["message"]!["text"]!.GetValue<string>(), Does.Contain("is in our direct messages"));
            Assert.That(Rows(OutboxKind.PostMessage), Is.Empty, "the DM holds the file; no extra message");
        });
    }

    [Test]
    public async Task The_pack_goes_to_the_response_url_while_Slack_honours_it_and_by_DM_after()
    {
        var early = Job(ReviewJobKind.Prep, id: "early");
        var late = Job(ReviewJobKind.Prep, id: "late") with { RequestedAt = _time.GetUtcNow() - TimeSpan.FromMinutes(29), ResponseUrl = ResponseUrl + "2" };

        await _worker.RunAsync(early, CancellationToken.None);
        await _worker.RunAsync(late, CancellationToken.None);

        var reply = SingleRow(OutboxKind.ResponseUrl);
        var direct = Rows(OutboxKind.PostMessage).Single();
        Assert.Multiple(() =>
        {
            Assert.That(reply["message"]!["blocks"]!.AsArray()[0]!["text"]!["text"]!.GetValue<string>(), Does.StartWith("Review prep: "));
            Assert.That(reply["message"]!["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(direct["channel"]!.GetValue<string>(), Is.EqualTo(CheckoutIncident.Alice), "28 minutes in, the URL is too close to expiring");
            Assert.That(direct["blocks"]!.AsArray(), Has.Count.GreaterThan(5));
            Assert.That(UsesOf(ResponseUrl), Is.EqualTo(1));
            Assert.That(UsesOf(ResponseUrl + "2"), Is.Zero);
        });
    }

    [Test]
    public async Task A_response_url_is_used_at_most_four_times_by_the_bot_then_DMs_follow()
    {
        for (var index = 0; index < 6; index++)
            await _worker.RunAsync(Job(ReviewJobKind.Prep, id: $"prep{index}"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Rows(OutboxKind.ResponseUrl), Has.Count.EqualTo(ResponseUrlLimits.MaxUses - ResponseUrlLimits.ReservedForTheCommand));
            Assert.That(Rows(OutboxKind.PostMessage), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task When_Slack_is_busy_the_job_waits_and_tries_again()
    {
        var job = Job(ReviewJobKind.Export);
        _slack.FailNext("files.getUploadURLExternal", new SlackRateLimitedException("files.getUploadURLExternal", TimeSpan.FromSeconds(30)));

        await _worker.RunAsync(job, CancellationToken.None);

        var waiting = Find(job.Id)!;
        Assert.Multiple(() =>
        {
            Assert.That((waiting.Status, waiting.Attempts, waiting.LastError), Is.EqualTo((ReviewJobStatus.Pending, 1, SlackErrors.RateLimited)));
            Assert.That(waiting.NextAttemptAt, Is.EqualTo(_time.GetUtcNow() + TimeSpan.FromSeconds(30)), "as long as Slack asked");
            Assert.That(Due(_time.GetUtcNow(), 10), Is.Empty);
            Assert.That(Rows(OutboxKind.ResponseUrl).Concat(Rows(OutboxKind.PostMessage)), Is.Empty, "nothing said yet");
        });

        _time.Advance(TimeSpan.FromSeconds(30));
        await _worker.RunAsync(Due(_time.GetUtcNow(), 10).Single(), CancellationToken.None);

        Assert.That(Find(job.Id)!.Status, Is.EqualTo(ReviewJobStatus.Done));
    }

    [Test]
    public async Task A_refusal_ends_the_job_and_tells_the_person_why()
    {
        var job = Job(ReviewJobKind.Export);
        _slack.FailNext("files.completeUploadExternal", new SlackApiException("files.completeUploadExternal", "missing_scope"));

        await _worker.RunAsync(job, CancellationToken.None);

        var reply = SingleRow(OutboxKind.ResponseUrl);
        Assert.Multiple(() =>
        {
            Assert.That(Find(job.Id), Has.Property(nameof(ReviewJob.Status)).EqualTo(ReviewJobStatus.Failed).And.Property(nameof(ReviewJob.LastError)).EqualTo("missing_scope"));
            Assert.That(reply["message"]!["text"]!.GetValue<string>(), Does.Contain("couldn't prepare the export").And.Contain("`missing_scope`"));
        });
    }

    [Test]
    public async Task After_too_many_failures_the_job_gives_up_and_says_so_by_DM()
    {
        var job = Job(ReviewJobKind.Prep) with { ResponseUrl = null };
        Save(job);
        for (var attempt = 0; attempt < ReviewJobWorker.MaxAttempts; attempt++)
            _source.Failures.Enqueue(new SlackTransportException("chat.getPermalink", 503, mayHaveBeenProcessed: false, "HTTP 503"));

        for (var attempt = 0; attempt < ReviewJobWorker.MaxAttempts; attempt++)
            await _worker.RunAsync(Find(job.Id)!, CancellationToken.None);

        var direct = Rows(OutboxKind.PostMessage).Single();
        Assert.Multiple(() =>
        {
            Assert.That(Find(job.Id)!.Status, Is.EqualTo(ReviewJobStatus.Failed));
            Assert.That(direct["text"]!.GetValue<string>(), Does.Contain("couldn't prepare the review pack").And.Contain("http_503"));
        });
    }

    [Test]
    public async Task A_job_for_an_incident_that_is_gone_ends_with_a_message()
    {
        var job = Job(ReviewJobKind.Prep) with { IncidentId = "C0GONE:1" };
        Save(job);

        await _worker.RunAsync(job, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Find(job.Id)!.Status, Is.EqualTo(ReviewJobStatus.Failed));
            Assert.That(SingleRow(OutboxKind.ResponseUrl)["message"]!["text"]!.GetValue<string>(), Does.Contain("couldn't find that incident"));
        });
    }

    private ReviewJob Job(ReviewJobKind kind, string id = "Ev01")
    {
        var job = new ReviewJob
        {
            Id = ReviewJob.IdFor(id),
            Kind = kind,
            IncidentId = _incident.Script.Incident.Id,
            UserId = CheckoutIncident.Alice,
            ChannelId = "C0TEAM",
            ResponseUrl = ResponseUrl,
            RequestedAt = _time.GetUtcNow(),
            NextAttemptAt = _time.GetUtcNow(),
        };
        Save(job);
        return job;
    }

    // LiteDB's stores complete synchronously: reading them inline keeps the assertions plain.
    private ReviewJob? Find(string id) => _jobs.FindAsync(id, CancellationToken.None).GetAwaiter().GetResult();

    private IReadOnlyList<ReviewJob> Due(DateTimeOffset now, int max) => _jobs.DueAsync(now, max, CancellationToken.None).GetAwaiter().GetResult();

    private int UsesOf(string responseUrl) => _ledger.UsesOfAsync(responseUrl, CancellationToken.None).GetAwaiter().GetResult();

    private void Save(ReviewJob job) => _unitOfWork.CommitAsync(transaction => transaction.Save(job), CancellationToken.None).GetAwaiter().GetResult();

    private List<JsonObject> Rows(OutboxKind kind) =>
        _outbox.ReadDue(_time.GetUtcNow() + TimeSpan.FromDays(1), 100)
            .Where(row => row.Kind == kind)
            .Select(row => JsonNode.Parse(row.Payload)!.AsObject())
            .ToList();

    private JsonObject SingleRow(OutboxKind kind) => Rows(kind).Single();

    /// <summary>The checkout incident, as the stores would give it.</summary>
    private sealed class ScriptSource(CheckoutIncident incident) : IReviewMaterialSource
    {
        /// <summary>Thrown by the next loads, one each: Slack failing while links are looked up.</summary>
        public Queue<Exception> Failures { get; } = new();

        public Task<ReviewMaterial?> LoadAsync(string incidentId, CancellationToken cancellationToken)
        {
            if (Failures.TryDequeue(out var failure)) throw failure;
            return Task.FromResult(incidentId == incident.Script.Incident.Id ? incident.Script.Material() : null);
        }

        public Task<Func<string, string>> NamesAsync(ReviewMaterial material, CancellationToken cancellationToken) =>
            Task.FromResult<Func<string, string>>(incident.NameOf);
    }
}
