namespace SlackBot.IntegrationTests.Support;

/// <summary>Waits for a condition by polling, with a generous timeout, instead of sleeping a fixed time.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Timed out waiting for " + (what ?? "a condition"));
            await Task.Delay(20);
        }
    }
}
