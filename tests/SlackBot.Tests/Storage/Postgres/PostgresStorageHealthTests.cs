using Npgsql;
using SlackBot.Storage;
using SlackBot.Storage.Postgres;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>The <c>/healthz</c> probe on PostgreSQL says false, and never throws, when the database stops taking writes.</summary>
public sealed class PostgresStorageHealthTests
{
    private PostgresTestStorage _storage = null!;

    [SetUp]
    public void Start() => _storage = new PostgresTestStorage();

    [TearDown]
    public async Task Stop() => await _storage.DisposeAsync();

    [Test]
    public async Task A_probe_writes_its_row_and_says_who_wrote_it()
    {
        Assert.That(await _storage.Get<IStorageHealth>().IsWritableAsync(CancellationToken.None), Is.True);

        Assert.That(await _storage.ColumnAsync<string>("SELECT replica FROM health"), Is.EqualTo(new[] { _storage.Get<PostgresDatabase>().Replica }));
    }

    [Test]
    public async Task A_database_that_is_gone_is_not_writable_and_the_probe_does_not_throw()
    {
        var health = _storage.Get<IStorageHealth>();
        Assert.That(await health.IsWritableAsync(CancellationToken.None), Is.True, "writable before");

        _storage.DropDatabase();

        Assert.That(await health.IsWritableAsync(CancellationToken.None), Is.False);
        Assert.That(await health.IsWritableAsync(CancellationToken.None), Is.False, "and it stays so, also once the pool has no connection left");
    }

    [Test]
    public async Task A_probe_that_cannot_finish_in_time_says_not_writable_and_the_next_one_recovers()
    {
        var health = new PostgresStorageHealth(_storage.Get<PostgresDatabase>(), TimeProvider.System) { Timeout = TimeSpan.FromSeconds(1) };
        Assert.That(await health.IsWritableAsync(CancellationToken.None), Is.True);

        // Another session holds the probe row: the upsert waits on the lock until the probe's time is up.
        await using (var blocker = await _storage.ConnectAsync())
        await using (var transaction = await blocker.BeginTransactionAsync())
        {
            await using var lockRow = new NpgsqlCommand("SELECT id FROM health WHERE id = 'probe' FOR UPDATE", blocker, transaction);
            await lockRow.ExecuteNonQueryAsync();

            Assert.That(await health.IsWritableAsync(CancellationToken.None), Is.False);
        }

        Assert.That(await health.IsWritableAsync(CancellationToken.None), Is.True, "the lock is gone");
    }
}
