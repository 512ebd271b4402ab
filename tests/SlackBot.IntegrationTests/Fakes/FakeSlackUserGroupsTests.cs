namespace SlackBot.IntegrationTests.Fakes;

/// <summary>usergroups.list and usergroups.users.list on the fake: enabled groups only unless asked, members as set,
/// a later change of members seen on the next read, and Slack's error for a group that is not there.</summary>
public sealed class FakeSlackUserGroupsTests
{
    private FakeSlack slack = null!;
    private SlackApiTestClient api = null!;

    [SetUp]
    public async Task StartAsync()
    {
        slack = await FakeSlack.StartAsync();
        api = new SlackApiTestClient(slack);
        slack.AddUserGroup("S0FACIL", "incident-facilitators", "U1", "U2");
        slack.AddUserGroup("S0OLD", "old-oncall", "U3");
        slack.DisableUserGroup("S0OLD");
    }

    [TearDown]
    public async Task StopAsync()
    {
        api.Dispose();
        await slack.DisposeAsync();
    }

    [Test]
    public async Task The_list_names_enabled_groups_by_id_and_handle_and_disabled_ones_only_when_asked()
    {
        var enabled = await api.GetAsync("usergroups.list", ("include_disabled", "false"));
        var all = await api.GetAsync("usergroups.list", ("include_disabled", "true"), ("include_users", "true"));

        Assert.Multiple(() =>
        {
            Assert.That(enabled.Ok, Is.True, enabled.Raw);
            Assert.That(enabled.Body["usergroups"]!.AsArray().Select(group => $"{group!["id"]} @{group["handle"]}"), Is.EqualTo(new[] { "S0FACIL @incident-facilitators" }));
            Assert.That(enabled.Body["usergroups"]![0]!["users"], Is.Null, "members only with include_users");
            Assert.That(all.Body["usergroups"]!.AsArray().Select(group => group!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "S0FACIL", "S0OLD" }));
            Assert.That(all.Body["usergroups"]![0]!["users"]!.AsArray().Select(user => user!.GetValue<string>()), Is.EqualTo(new[] { "U1", "U2" }));
        });
    }

    [Test]
    public async Task Members_follow_a_later_change()
    {
        var before = await api.GetAsync("usergroups.users.list", ("usergroup", "S0FACIL"));
        slack.SetUserGroupMembers("S0FACIL", "U2", "U4");
        var after = await api.GetAsync("usergroups.users.list", ("usergroup", "S0FACIL"));

        Assert.Multiple(() =>
        {
            Assert.That(before.Body["users"]!.AsArray().Select(user => user!.GetValue<string>()), Is.EqualTo(new[] { "U1", "U2" }));
            Assert.That(after.Body["users"]!.AsArray().Select(user => user!.GetValue<string>()), Is.EqualTo(new[] { "U2", "U4" }));
        });
    }

    [TestCase("S0NOPE")]
    [TestCase("S0OLD")]
    public async Task An_unknown_or_disabled_group_is_no_such_subteam(string id)
    {
        var reply = await api.GetAsync("usergroups.users.list", ("usergroup", id));

        Assert.That(reply.Error, Is.EqualTo("no_such_subteam"));
    }
}
