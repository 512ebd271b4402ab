using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SlackBot.Eventing;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Features.Workspace;
using SlackBot.Slack.Api;
using SlackBot.Slack.Dispatch;
using SlackBot.Storage;
using SlackBot.Storage.LiteDb;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Hosting;

/// <summary>
/// What a delivery does must not depend on the order of the features' <c>AddXxx()</c> calls: Slack's <c>message</c> has
/// one owner, and the features it tells run in an order of their own.
/// </summary>
public class FeatureOrderTests
{
    private static readonly Action<IServiceCollection>[] Features =
    [
        services => services.AddWorkspaceDirectory(),
        services => services.AddIncidents(),
        services => services.AddMoments(),
        services => services.AddQuestions(),
        services => services.AddFindings(),
    ];

    [Test]
    public void Slacks_message_event_has_exactly_one_listener() =>
        Assert.That(Routes(Features).Where(route => route.StartsWith("event message ", StringComparison.Ordinal)),
            Is.EqualTo(new[] { "event message → IncidentTracker" }));

    [Test]
    public void Registering_the_features_in_reverse_changes_neither_the_routes_nor_who_hears_each_feature_event()
    {
        var reversed = Features.Reverse().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(Routes(reversed), Is.EquivalentTo(Routes(Features)));
            Assert.That(Handlers(reversed), Is.EqualTo(Handlers(Features)));
        });
    }

    [Test]
    public void Each_feature_event_reaches_the_features_built_on_it() =>
        Assert.That(Handlers(Features), Is.EqualTo(new[]
        {
            "HumanMessagePosted → MomentListener, QuestionReplyListener",
            "MessageTextChanged → FindingEditsListener, MomentListener",
            "MessageRemoved → FindingEditsListener, MomentListener",
            "MomentCaptured → LiveQuestionListener",
        }));

    private static IReadOnlyList<string> Routes(IEnumerable<Action<IServiceCollection>> features)
    {
        using var provider = Build(features);
        return provider.GetRequiredService<SlackRoutes>().Describe();
    }

    private static IReadOnlyList<string> Handlers(IEnumerable<Action<IServiceCollection>> features)
    {
        using var provider = Build(features);
        using var scope = provider.CreateScope();
        return
        [
            Line<HumanMessagePosted>(scope.ServiceProvider),
            Line<MessageTextChanged>(scope.ServiceProvider),
            Line<MessageRemoved>(scope.ServiceProvider),
            Line<MomentCaptured>(scope.ServiceProvider),
        ];
    }

    private static string Line<TEvent>(IServiceProvider services) where TEvent : IFeatureEvent =>
        $"{typeof(TEvent).Name} → {string.Join(", ", FeatureEvents.HandlersOf<TEvent>(services).Select(handler => handler.GetType().Name))}";

    private static ServiceProvider Build(IEnumerable<Action<IServiceCollection>> features)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection().Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical));
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddLiteDbStorage(LiteDbDatabase.InMemory());
        services.AddSingleton<ISlackApi>(new ScriptedSlackApi());
        services.AddSingleton<BotIdentityAccessor>();
        foreach (var add in features) add(services);
        return services.BuildServiceProvider();
    }
}
