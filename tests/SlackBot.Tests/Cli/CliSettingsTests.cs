using Microsoft.Extensions.Options;
using SlackBot.Cli;

namespace SlackBot.Tests.Cli;

/// <summary>The offline commands read their settings through the same registrations and validators as serve.</summary>
public class CliSettingsTests
{
    [TestCase("--Incidents:QuietPeriod=-01:00:00", "Incidents:QuietPeriod")]
    [TestCase("--Incidents:ChannelPattern=(?=inc)inc", "Incidents:ChannelPattern")]
    [TestCase("--Moments:MarkReaction=:mag:", "Moments:MarkReaction")]
    public void A_setting_serve_refuses_is_refused_offline_too_naming_it(string argument, string setting)
    {
        var refused = Assert.Throws<OptionsValidationException>(() => CliSettings.Load([argument]));
        Assert.That(refused!.Failures, Has.Some.Contains(setting));
    }

    [Test]
    public void Settings_that_serve_accepts_are_read_as_given()
    {
        var settings = CliSettings.Load(["--Incidents:ChannelPattern=^sev[0-9]-", "--Moments:MarkReaction=eyes"]);
        Assert.Multiple(() =>
        {
            Assert.That(settings.Incidents.ChannelPattern, Is.EqualTo("^sev[0-9]-"));
            Assert.That(settings.Moments.MarkReaction, Is.EqualTo("eyes"));
        });
    }
}
