using Microsoft.Extensions.DependencyInjection;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>
/// What a storage provider gives the contract tests: a fresh, empty storage per test, started as the bot starts it
/// (the provider's own <c>AddXxxStorage()</c> registrations). A PostgreSQL provider implements this and adds one
/// line per contract fixture.
/// </summary>
public interface IStorageProvider
{
    /// <summary>Empty storage for one test, on this clock; disposing it removes everything it holds.</summary>
    IStorageUnderTest CreateEmpty(TimeProvider time);
}

/// <summary>One test's storage. Each <see cref="Start"/> is a process starting on the same data (a restart).</summary>
public interface IStorageUnderTest : IDisposable
{
    /// <summary>The storage services as a newly started process sees them; dispose the previous ones first.</summary>
    ServiceProvider Start();
}
