using SlackBot.Scheduling;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Tests.Storage;

/// <summary>What only the embedded store does (the shared contract is JobRunStoreContract).</summary>
public class LiteDbJobRunStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Recovery_interrupts_every_unfinished_run_since_one_process_owns_the_file()
    {
        using var database = LiteDbDatabase.InMemory();
        var runs = new LiteDbJobRunStore(database);
        await runs.TryClaimAsync("digest", Now.AddMinutes(-1), "previous-run", Now, Now.AddMinutes(15));

        var recovered = await runs.RecoverInterruptedAsync(Now.AddMinutes(1));

        Assert.Multiple(async () =>
        {
            Assert.That(recovered, Is.EqualTo(1), "its lease had not expired, but the process that held it is gone");
            Assert.That((await runs.FindAsync("digest", Now.AddMinutes(-1)))!.Status, Is.EqualTo(JobRunStatus.Interrupted));
        });
    }
}
