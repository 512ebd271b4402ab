namespace SlackBot.IntegrationTests.Fakes;

public sealed class FakeSlackMembersTests
{
    private FakeSlack slack = null!;
    private SlackApiTestClient api = null!;

    [SetUp]
    public async Task StartAsync()
    {
        slack = await FakeSlack.StartAsync();
        api = new SlackApiTestClient(slack);
        slack.AddChannel("G1", "inc-payroll", isPrivate: true);
        slack.AddChannel("G2", "secret", isPrivate: true, botIsMember: false);
        slack.SetChannelMembers("G1", "U1", "U2", "U3");
    }

    [TearDown]
    public async Task StopAsync()
    {
        api.Dispose();
        await slack.DisposeAsync();
    }

    [Test]
    public async Task Members_page_through_everyone_in_the_channel_the_bot_included()
    {
        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            (string, string)[] query = cursor is null ? [("channel", "G1"), ("limit", "2")] : [("channel", "G1"), ("limit", "2"), ("cursor", cursor)];
            var page = await api.GetAsync("conversations.members", query);
            pages++;
            seen.AddRange(page.Body["members"]!.AsArray().Select(member => member!.GetValue<string>()));
            cursor = page.Body["response_metadata"]!["next_cursor"]!.GetValue<string>() is { Length: > 0 } next ? next : null;
        }
        while (cursor is not null);

        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.EqualTo(2));
            Assert.That(seen, Is.EqualTo(new[] { "U1", "U2", "U3", slack.BotUserId }));
        });
    }

    [Test]
    public async Task A_private_channel_the_bot_is_not_in_is_not_found()
    {
        var page = await api.GetAsync("conversations.members", [("channel", "G2")]);

        Assert.That(page.Body["error"]!.GetValue<string>(), Is.EqualTo("channel_not_found"));
    }
}
