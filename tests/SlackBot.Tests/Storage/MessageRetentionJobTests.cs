using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Scheduling;
using SlackBot.Storage;
using SlackBot.Storage.Retention;

namespace SlackBot.Tests.Storage;

/// <summary>
/// <c>Storage:MessageRetention</c>: the text of ordinary incident messages goes after the period, moments and findings
/// keep theirs, who wrote when stays; a bad setting stops start-up naming it.
/// </summary>
public sealed class MessageRetentionJobTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 5, 13, 41, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private FakeTimeProvider _time = null!;
    private ServiceProvider _services = null!;

    private IIncidentMessageStore Messages => _services.GetRequiredService<IIncidentMessageStore>();

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(T0);
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddInMemoryLiteDbStorage()
            .BuildServiceProvider();
    }

    [TearDown]
    public void TearDown() => _services.Dispose();

    [Test]
    public async Task Ordinary_text_goes_after_the_period_while_moments_findings_and_young_messages_keep_theirs()
    {
        await Save("1.0", T0, "just an ordinary update");
        await Save("2.0", T0, "I skipped the failover step");
        await Save("3.0", T0, "the lag graph was all we trusted");
        await Save("4.0", T0.AddDays(20), "a later ordinary update");
        await _services.GetRequiredService<IMomentStore>().SaveAsync(new Moment { Id = Moment.IdFor("C1", "2.0"), ChannelId = "C1", Ts = "2.0", Text = "I skipped the failover step", At = T0 }, None);
        await _services.GetRequiredService<IFindingStore>().SaveAsync(new Finding { Id = Finding.IdForMessage("C1", "3.0"), ChannelId = "C1", MessageTs = "3.0", Text = "the lag graph was all we trusted", CreatedAt = T0 }, None);

        _time.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        await RunAsync();

        var ordinary = await Messages.FindAsync("C1", "1.0", None);
        Assert.Multiple(async () =>
        {
            Assert.That(ordinary!.Text, Is.Empty, "an ordinary message past the period loses its words");
            Assert.That(ordinary.TextDroppedAt, Is.EqualTo(_time.GetUtcNow()));
            Assert.That((ordinary.UserId, ordinary.At), Is.EqualTo(("U0ALICE", T0)), "who wrote when stays, for review counts");
            Assert.That((await Messages.FindAsync("C1", "2.0", None))!.Text, Is.EqualTo("I skipped the failover step"), "a moment keeps its words");
            Assert.That((await Messages.FindAsync("C1", "3.0", None))!.Text, Is.EqualTo("the lag graph was all we trusted"), "a finding keeps its words");
            Assert.That((await Messages.FindAsync("C1", "4.0", None))!.Text, Is.EqualTo("a later ordinary update"), "a younger message is kept");
        });
    }

    [Test]
    public async Task A_message_just_inside_the_period_is_kept_and_goes_on_the_next_run_after_it()
    {
        await Save("1.0", T0, "just an ordinary update");
        _time.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));
        await RunAsync();
        Assert.That((await Messages.FindAsync("C1", "1.0", None))!.Text, Is.Not.Empty);

        _time.Advance(TimeSpan.FromSeconds(2));
        await RunAsync();
        Assert.That((await Messages.FindAsync("C1", "1.0", None))!.Text, Is.Empty);
    }

    [Test]
    public async Task A_late_edit_does_not_bring_dropped_words_back_and_a_second_run_changes_nothing()
    {
        await Save("1.0", T0, "just an ordinary update");
        _time.Advance(TimeSpan.FromDays(31));
        await RunAsync();
        await Messages.EditAsync("C1", "1.0", "edited long after", None);
        var droppedAt = (await Messages.FindAsync("C1", "1.0", None))!.TextDroppedAt;

        _time.Advance(TimeSpan.FromHours(1));
        await RunAsync();

        var message = await Messages.FindAsync("C1", "1.0", None);
        Assert.That((message!.Text, message.TextDroppedAt), Is.EqualTo(("", droppedAt)));
    }

    [Test]
    public async Task The_period_is_configurable()
    {
        await _services.DisposeAsync();
        _services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_time)
            .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
            .AddInMemoryLiteDbStorage()
            .Configure<StorageOptions>(options => options.MessageRetention = TimeSpan.FromDays(7))
            .BuildServiceProvider();
        await Save("1.0", T0, "just an ordinary update");

        _time.Advance(TimeSpan.FromDays(8));
        await RunAsync();

        Assert.That((await Messages.FindAsync("C1", "1.0", None))!.Text, Is.Empty);
    }

    [TestCase("00:00:00")]
    [TestCase("-1.00:00:00")]
    public void A_period_of_zero_or_less_stops_start_up_naming_the_setting(string value)
    {
        using var directory = new TempDirectory();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Path"] = directory.File("bot.db"),
            ["Storage:MessageRetention"] = value,
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLiteDbStorage().BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => _ = services.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.That(failure!.Message, Does.Contain("Storage:MessageRetention"));
    }

    [Test]
    public void The_default_is_thirty_days() => Assert.That(new StorageOptions().MessageRetention, Is.EqualTo(TimeSpan.FromDays(30)));

    private Task Save(string ts, DateTimeOffset at, string text) => Messages.SaveAsync(new IncidentMessage
    {
        Id = IncidentMessage.IdFor("C1", ts), IncidentId = "C1:1", ChannelId = "C1", Ts = ts, UserId = "U0ALICE", Text = text, At = at,
    }, None);

    private async Task RunAsync()
    {
        using var scope = _services.CreateScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().OfType<MessageRetentionJob>().Single();
        await job.RunAsync(new ScheduledRun(MessageRetentionJob.JobName, _time.GetUtcNow(), 1), None);
    }
}
