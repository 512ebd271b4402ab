using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

public class SocketModeOptionsValidatorTests
{
    private readonly SocketModeOptionsValidator _validator = new();

    [Test]
    public void The_defaults_are_valid()
    {
        Assert.That(_validator.Validate(null, new SocketModeOptions()).Succeeded, Is.True);
    }

    [Test]
    public void A_zero_base_delay_is_refused_by_its_setting_name()
    {
        var result = _validator.Validate(null, new SocketModeOptions { ReconnectBaseDelay = TimeSpan.Zero });

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("Slack:SocketMode:ReconnectBaseDelay"));
        });
    }

    [Test]
    public void A_cap_below_the_base_delay_is_refused()
    {
        var result = _validator.Validate(null, new SocketModeOptions { ReconnectBaseDelay = TimeSpan.FromSeconds(5), ReconnectMaxDelay = TimeSpan.FromSeconds(2) });

        Assert.That(result.FailureMessage, Does.Contain("Slack:SocketMode:ReconnectMaxDelay"));
    }

    [Test]
    public void Negative_ping_and_close_timings_are_refused()
    {
        var result = _validator.Validate(null, new SocketModeOptions
        {
            PingInterval = TimeSpan.FromSeconds(-1),
            PingTimeout = TimeSpan.Zero,
            ConnectTimeout = TimeSpan.Zero,
            CloseTimeout = TimeSpan.Zero,
        });

        Assert.That(result.Failures, Has.Exactly(4).Items);
    }
}
