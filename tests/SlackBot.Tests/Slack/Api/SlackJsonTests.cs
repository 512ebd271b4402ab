using System.Text.Json;
using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

public sealed class SlackJsonTests
{
    [Test]
    public void Records_are_written_in_snake_case_without_nulls()
    {
        var json = JsonSerializer.Serialize(new PostEphemeralRequest { Channel = "C1", User = "U1", ThreadTs = "1.2" }, SlackJson.Options);

        Assert.That(json, Is.EqualTo("""{"channel":"C1","user":"U1","thread_ts":"1.2"}"""));
    }

    [Test]
    public void Reading_tolerates_unknown_members_quoted_numbers_and_trailing_commas()
    {
        const string json = """{"id":"U1","tz_offset":"3600","is_bot":true,"brand_new_field":{"x":1},}""";

        var user = JsonSerializer.Deserialize<SlackUser>(json, SlackJson.Options);

        Assert.That(user, Is.EqualTo(new SlackUser { Id = "U1", TzOffset = 3600, IsBot = true }));
    }

    [Test]
    public void Types_outside_the_context_still_use_the_same_conventions()
    {
        var json = JsonSerializer.Serialize(new SomeoneElsesPayload("T1", null), SlackJson.Options);

        Assert.That(json, Is.EqualTo("""{"team_id":"T1"}"""));
    }

    [Test]
    public void The_display_name_is_not_written_back_to_slack()
    {
        var json = JsonSerializer.Serialize(new SlackUser { Id = "U1", Name = "egon" }, SlackJson.Options);

        Assert.That(json, Does.Not.Contain("display_name"));
    }

    public sealed record SomeoneElsesPayload(string TeamId, string? EnterpriseId);
}
