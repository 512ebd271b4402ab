using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Storage;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Storage.Contract;

/// <summary>The embedded default: a LiteDB file in a temp folder, registered with <c>AddLiteDbStorage()</c> as serve does.</summary>
public sealed class LiteDbStorageProvider : IStorageProvider
{
    public IStorageUnderTest CreateEmpty(TimeProvider time) => new LiteDbFile(time);

    private sealed class LiteDbFile(TimeProvider time) : IStorageUnderTest
    {
        private readonly TempDirectory _directory = new();

        public ServiceProvider Start()
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = _directory.File("bot.db") })
                .Build();
            return new ServiceCollection()
                .AddSingleton<IConfiguration>(configuration)
                .AddSingleton(time)
                .AddLogging()
                .AddLiteDbStorage()
                .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        }

        public void Dispose() => _directory.Dispose();
    }
}
