using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>
/// The base of every contract fixture: a fresh storage from the provider per test, started, on a fake clock, and a
/// way to restart it. The rules themselves are written down in docs/storage-contract.md.
/// </summary>
public abstract class StoreContract(IStorageProvider provider)
{
    /// <summary>Whole milliseconds, UTC: what the contract promises to keep of a time.</summary>
    protected static readonly DateTimeOffset T0 = new(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero);

    protected static readonly CancellationToken None = CancellationToken.None;

    private IStorageUnderTest _storage = null!;
    private ServiceProvider _services = null!;

    /// <summary>A fresh clock per test (NUnit shares one fixture instance between its tests).</summary>
    protected FakeTimeProvider Time { get; private set; } = null!;

    [SetUp]
    public void StartStorage()
    {
        Time = new FakeTimeProvider(T0);
        _storage = provider.CreateEmpty(Time);
        _services = _storage.Start();
    }

    [TearDown]
    public async Task StopStorage()
    {
        await _services.DisposeAsync();
        _storage.Dispose();
    }

    protected T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Stops the storage as a process shutting down would, and starts it again on the same data.</summary>
    protected async Task RestartAsync()
    {
        await _services.DisposeAsync();
        _services = _storage.Start();
    }

    /// <summary>Documents compare by content (lists included): what was saved is what is read back.</summary>
    protected static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
