using Microsoft.Extensions.DependencyInjection;
using SlackBot.Eventing;

namespace SlackBot.Tests.Eventing;

public class FeatureEventsTests
{
    [Test]
    public async Task Every_handler_runs_once_in_an_order_that_registration_does_not_decide()
    {
        var forwards = await PublishAsync(services => services.OnFeatureEvent<Happened, AlphaHandler>().OnFeatureEvent<Happened, BetaHandler>());
        var backwards = await PublishAsync(services => services.OnFeatureEvent<Happened, BetaHandler>().OnFeatureEvent<Happened, AlphaHandler>());

        Assert.Multiple(() =>
        {
            Assert.That(forwards, Is.EqualTo(new[] { "alpha: x", "beta: x" }));
            Assert.That(backwards, Is.EqualTo(forwards), "registering the features the other way round changes nothing");
        });
    }

    [Test]
    public async Task Registering_a_handler_twice_still_runs_it_once() =>
        Assert.That(await PublishAsync(services => services.OnFeatureEvent<Happened, AlphaHandler>().OnFeatureEvent<Happened, AlphaHandler>()),
            Is.EqualTo(new[] { "alpha: x" }));

    [Test]
    public async Task An_event_nobody_handles_is_fine() =>
        Assert.That(await PublishAsync(services => services.AddScoped<FeatureEvents>()), Is.Empty);

    private static async Task<List<string>> PublishAsync(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        var journal = new List<string>();
        services.AddSingleton(journal);
        register(services);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FeatureEvents>().PublishAsync(new Happened("x"), CancellationToken.None);
        return journal;
    }

    private sealed record Happened(string What) : IFeatureEvent;

    private sealed class AlphaHandler(List<string> journal) : IFeatureEventHandler<Happened>
    {
        public Task HandleAsync(Happened featureEvent, CancellationToken cancellationToken)
        {
            journal.Add("alpha: " + featureEvent.What);
            return Task.CompletedTask;
        }
    }

    private sealed class BetaHandler(List<string> journal) : IFeatureEventHandler<Happened>
    {
        public Task HandleAsync(Happened featureEvent, CancellationToken cancellationToken)
        {
            journal.Add("beta: " + featureEvent.What);
            return Task.CompletedTask;
        }
    }
}
