using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

public sealed class SlackUserTests
{
    [TestCase("egon.display", "Egon Profile", "Egon Real", "egon", ExpectedResult = "egon.display")]
    [TestCase("", "Egon Profile", "Egon Real", "egon", ExpectedResult = "Egon Profile")]
    [TestCase(null, "  ", "Egon Real", "egon", ExpectedResult = "Egon Real")]
    [TestCase(null, null, null, "egon", ExpectedResult = "egon")]
    [TestCase(null, null, null, null, ExpectedResult = "U0G9QF9C6")]
    public string Display_name_falls_back_from_display_name_to_real_name_to_handle_to_id(
        string? displayName, string? profileRealName, string? realName, string? name) =>
        new SlackUser
        {
            Id = "U0G9QF9C6",
            Name = name,
            RealName = realName,
            Profile = new SlackUserProfile { DisplayName = displayName, RealName = profileRealName },
        }.DisplayName;
}
