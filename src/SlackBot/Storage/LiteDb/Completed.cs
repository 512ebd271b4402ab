namespace SlackBot.Storage.LiteDb;

/// <summary>LiteDB answers on the calling thread: its stores hand back already completed tasks.</summary>
internal static class Completed
{
    public static Task<T?> Value<T>(T? value) where T : class => Task.FromResult(value);

    public static Task<IReadOnlyList<T>> List<T>(IEnumerable<T> items) => Task.FromResult<IReadOnlyList<T>>(items.ToList());
}
