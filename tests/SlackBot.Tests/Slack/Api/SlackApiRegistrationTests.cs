using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

public sealed class SlackApiRegistrationTests
{
    [Test]
    public void Missing_bot_token_fails_with_a_message_naming_the_setting()
    {
        using var provider = Build(options => options.BotToken = "");

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISlackApi>());

        Assert.That(failure!.Message, Does.Contain("BotToken"));
    }

    [Test]
    public void Invalid_settings_are_all_reported_without_echoing_the_token()
    {
        const string token = "xoxb-do-not-print-me";
        using var provider = Build(options =>
        {
            options.BotToken = token;
            options.BaseUrl = new Uri("/api/", UriKind.Relative);
            options.PostInterval = TimeSpan.FromSeconds(-1);
            options.RateLimitRetries = -1;
            options.AttemptTimeout = TimeSpan.Zero;
        });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISlackApi>());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Failures.Count(), Is.EqualTo(4));
            Assert.That(failure.Message, Does.Not.Contain(token));
        }
    }

    [Test]
    public void Defaults_follow_slacks_documented_limits()
    {
        var options = new SlackApiOptions();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.BaseUrl, Is.EqualTo(new Uri("https://slack.com/api/")));
            Assert.That(options.PostInterval, Is.EqualTo(TimeSpan.FromSeconds(1)));
            Assert.That(options.MaxRetryAfter, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(options.RateLimitRetries, Is.EqualTo(5));
            Assert.That(options.ReadRetries, Is.EqualTo(3));
            Assert.That(options.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
            Assert.That(options.ToString(), Does.Not.Contain("xoxb"));
        }
    }

    [Test]
    public void The_options_builder_overload_binds_like_the_action_overload()
    {
        var services = new ServiceCollection();
        services.AddSlackApi(builder => builder.Configure(o => o.BotToken = "xoxb-1"));

        using var provider = services.BuildServiceProvider();

        Assert.That(provider.GetRequiredService<IOptions<SlackApiOptions>>().Value.BotToken, Is.EqualTo("xoxb-1"));
    }

    [Test]
    public async Task A_base_url_without_a_trailing_slash_still_reaches_the_method()
    {
        using var harness = new SlackApiHarness(options => options.BaseUrl = new Uri("https://slack.test/gov/api"));

        await harness.FinishAsync(harness.Api.AuthTestAsync());

        Assert.That(harness.Slack.Single.Uri, Is.EqualTo(new Uri("https://slack.test/gov/api/auth.test")));
    }

    [Test]
    public void Every_client_shares_one_pacer()
    {
        using var harness = new SlackApiHarness();

        Assert.That(
            harness.Services.GetRequiredService<ChannelPacer>(),
            Is.SameAs(harness.Services.GetRequiredService<ChannelPacer>()));
    }

    private static ServiceProvider Build(Action<SlackApiOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSlackApi(configure);
        return services.BuildServiceProvider();
    }
}
