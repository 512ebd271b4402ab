namespace SlackBot.Tests.Slack.Api;

public class SlackApiMembersTests
{
    [Test]
    public async Task A_page_of_members_comes_back_with_the_cursor_to_the_next()
    {
        using var harness = new SlackApiHarness();

        var page = await harness.FinishAsync(harness.Api.GetConversationMembersAsync("G1", cursor: "dXNlcjpVMDYx"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Members, Is.EqualTo(new[] { "U023BECGF", "U061F7AUR", "W012A3CDE" }));
            Assert.That(page.NextCursor, Is.EqualTo("e3VzZXJfaWQ6IFcxMjM0NTY3fQ=="));
            Assert.That(harness.Slack.Single.Uri.Query, Does.Contain("channel=G1").And.Contain("cursor=dXNlcjpVMDYx").And.Contain("limit=200"));
        });
    }
}
