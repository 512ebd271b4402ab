using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Incidents;
using SlackBot.Features.Learn;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Inbound;

namespace SlackBot.Tests.Manifest;

/// <summary>
/// The two Slack app manifests at the repository root (copied into Fixtures/Manifest/ by the csproj): within Slack's
/// limits, asking for exactly the scopes the bot needs, subscribed to exactly the events it routes, and identical
/// apart from how Slack reaches the bot.
/// </summary>
public class AppManifestTests
{
    private static readonly IEnumerable<string> BothFiles = ManifestFile.Names;

    /// <summary>Which check a broken manifest is put through.</summary>
    public enum Rule
    {
        Limits,
        Scopes,
        Routes,
        SocketMode,
        HttpMode,
        SameInBoth,
    }

    [TestCaseSource(nameof(BothFiles))]
    public void Stays_within_slacks_manifest_limits(string name) =>
        Assert.That(SlackManifestLimits.Problems(ManifestFile.Load(name).Manifest), Is.Empty);

    [TestCaseSource(nameof(BothFiles))]
    public void Asks_for_the_scope_of_every_event_and_no_scope_without_a_reason(string name) =>
        Assert.That(ManifestScopes.Problems(ManifestFile.Load(name).Manifest), Is.Empty);

    [TestCaseSource(nameof(BothFiles))]
    public void Asks_for_the_scope_of_every_web_api_method_the_bot_calls(string name) =>
        Assert.That(ManifestScopes.MethodProblems(ManifestFile.Load(name).Manifest,
            typeof(SlackBot.Slack.Api.ISlackApi).GetMethods().Select(method => method.Name).Distinct()), Is.Empty);

    [TestCaseSource(nameof(BothFiles))]
    public void Subscribes_to_exactly_the_events_and_commands_the_bot_routes(string name) =>
        Assert.That(ManifestRoutes.Problems(ManifestFile.Load(name).Manifest, DescribeRoutes()), Is.Empty);

    [TestCaseSource(nameof(BothFiles))]
    public void Describes_learnbot_as_the_bot_works(string name)
    {
        var manifest = ManifestFile.Load(name).Manifest;

        Assert.Multiple(() =>
        {
            Assert.That(manifest.DisplayInformation?.Name, Is.EqualTo("LearnBot"), "display_information.name");
            Assert.That(manifest.DisplayInformation?.Description, Is.Not.Null.And.Not.Empty, "display_information.description");
            Assert.That(manifest.DisplayInformation?.LongDescription, Is.Not.Null.And.Not.Empty, "display_information.long_description");
            Assert.That(manifest.DisplayInformation?.BackgroundColor, Is.Not.Null, "display_information.background_color");
            Assert.That(manifest.Features?.BotUser, Is.EqualTo(new BotUser { DisplayName = "learnbot", AlwaysOnline = true }), "features.bot_user");
            Assert.That(manifest.Features?.AppHome,
                Is.EqualTo(new AppHome { HomeTabEnabled = true, MessagesTabEnabled = true, MessagesTabReadOnlyEnabled = false }),
                "features.app_home: the Home tab on, and a Messages tab people can write in (answers to questions sent by DM)");
            Assert.That(manifest.SlashCommands.Select(command => command.Command), Is.EqualTo(new[] { "/learn" }), "features.slash_commands");
            Assert.That(manifest.SlashCommands.Select(command => command.ShouldEscape), Is.All.True,
                "should_escape must be true: `ask @person` and `export #channel` read the ids from Slack's <@U…> and <#C…> escapes");
            Assert.That(manifest.SlashCommands.Select(command => command.UsageHint), Is.All.Not.Null, "every command needs a usage_hint");
            Assert.That(manifest.Shortcuts.Select(shortcut => (shortcut.Name, shortcut.Type, shortcut.CallbackId)),
                Is.EqualTo(new[] { ("Save as finding", "message", SaveAsFindingModal.CallbackId) }), "features.shortcuts");
            Assert.That(manifest.Settings?.Interactivity?.IsEnabled, Is.True, "settings.interactivity.is_enabled");
            Assert.That(manifest.Settings?.OrgDeployEnabled, Is.False, "settings.org_deploy_enabled");
            Assert.That(manifest.Settings?.TokenRotationEnabled, Is.False, "settings.token_rotation_enabled: the bot keeps one long-lived xoxb token");
        });
    }

    [Test]
    public void The_socket_mode_manifest_turns_socket_mode_on_and_names_no_url() =>
        Assert.That(ManifestTransport.SocketModeProblems(ManifestFile.Load(ManifestFile.SocketName)), Is.Empty);

    [Test]
    public void The_http_manifest_points_each_request_url_at_the_receiver() =>
        Assert.That(ManifestTransport.HttpModeProblems(ManifestFile.Load(ManifestFile.HttpName)), Is.Empty);

    [Test]
    public void The_two_variants_differ_only_in_how_slack_reaches_the_bot() =>
        Assert.That(ManifestTransport.Differences(ManifestFile.Load(ManifestFile.SocketName), ManifestFile.Load(ManifestFile.HttpName)), Is.Empty);

    [Test]
    public async Task The_http_receiver_still_listens_on_the_paths_the_manifest_names()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();
        app.MapSlackEndpoints();

        var posts = ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText?.TrimStart('/'));

        Assert.That(posts, Is.EquivalentTo(ManifestTransport.ReceiverPaths),
            "MapSlackEndpoints changed its paths: update ManifestTransport and the Request URLs in slack-app-manifest.http.yml");
    }

    [Test]
    public void The_route_table_is_read_from_the_features()
    {
        var routes = DescribeRoutes();

        Assert.Multiple(() =>
        {
            Assert.That(routes, Has.Member("command /learn → LearnCommand"));
            Assert.That(routes, Has.Some.StartsWith("event message → "));
            Assert.That(routes, Has.Some.StartsWith("event reaction_added → "));
            Assert.That(routes, Has.Member("message_shortcut save_as_finding → SaveAsFindingShortcut"));
            Assert.That(routes, Has.Member("view save_as_finding → SaveAsFindingSubmission"));
        });
    }

    // Each check must be able to fail, and say what to change when it does: break the real manifest one way at a time.
    private static IEnumerable<TestCaseData> BrokenManifests()
    {
        yield return Broken("an event without its scope", "      - im:history\n", "",
            Rule.Scopes, "bot event message.im needs scope im:history: add im:history");
        yield return Broken("a scope without a reason", "      - users:read\n", "      - users:read\n      - users:read.email\n",
            Rule.Scopes, "scope users:read.email is requested but no event or Web API call of ours needs it: remove it");
        yield return Broken("a needed scope left out", "      - files:write\n", "",
            Rule.Scopes, "scope files:write is missing from oauth_config.scopes.bot");
        yield return Broken("a routed event not subscribed", "      - reaction_removed\n", "",
            Rule.Routes, "the bot routes reaction_removed (to MarkReactionListener) but the manifest does not subscribe to it");
        yield return Broken("an event nobody handles", "      - reaction_removed\n", "      - reaction_removed\n      - pin_added\n",
            Rule.Routes, "the manifest subscribes to pin_added but no listener handles pin_added: remove it");
        yield return Broken("a command nobody handles", "  slash_commands:\n", "  slash_commands:\n    - command: /unlearn\n      description: Forget\n",
            Rule.Routes, "the manifest declares /unlearn but no listener handles it");
        yield return Broken("a routed shortcut not declared", "      callback_id: save_as_finding\n", "      callback_id: save_as_findings\n",
            Rule.Routes, "the bot handles the message shortcut save_as_finding but the manifest does not declare it");
        yield return Broken("a shortcut nobody handles", "      callback_id: save_as_finding\n", "      callback_id: save_as_findings\n",
            Rule.Routes, "the manifest declares the message shortcut save_as_findings but no listener handles it");
        yield return Broken("a shortcut of the wrong type", "      type: message\n", "      type: global\n",
            Rule.Routes, "the bot handles the message shortcut save_as_finding but the manifest does not declare it");
        yield return Broken("a shortcut name too long", "    - name: Save as finding\n", "    - name: Save this message as a finding\n",
            Rule.Limits, "shortcut Save this message as a finding: name is 30 characters long; Slack accepts 1–24");
        yield return Broken("a shortcut without a description", "      description: Keep what this message shows about how the work got done as a finding for the team's review\n", "",
            Rule.Limits, "shortcut Save as finding: description is required");
        yield return Broken("interactivity off", "  interactivity:\n    is_enabled: true\n", "  interactivity:\n    is_enabled: false\n",
            Rule.Routes, "interactivity is off: set settings.interactivity.is_enabled to true");
        yield return Broken("a name with Slack in it", "  name: LearnBot\n", "  name: SlackLearn\n",
            Rule.Limits, "contains \"Slack\"");
        yield return Broken("a name too long", "  name: LearnBot\n", "  name: LearnBot, who learns from every incident\n",
            Rule.Limits, "display_information.name is 40 characters long; Slack accepts 1–35: shorten it");
        yield return Broken("a Request URL in Socket Mode", "  interactivity:\n    is_enabled: true\n",
            "  interactivity:\n    is_enabled: true\n    request_url: https://bot.example.com/slack/interactions\n",
            Rule.SocketMode, "remove 'settings.interactivity.request_url = https://bot.example.com/slack/interactions'");
        yield return Broken("Socket Mode off", "  socket_mode_enabled: true\n", "  socket_mode_enabled: false\n",
            Rule.SocketMode, "settings.socket_mode_enabled must be true");
        yield return Broken("a Request URL on the wrong path", "https://bot.example.com/slack/interactions", "https://bot.example.com/slack/interactivity",
            Rule.HttpMode, "settings.interactivity.request_url 'https://bot.example.com/slack/interactivity' must end in /slack/interactions", ManifestFile.HttpName);
        yield return Broken("a plain-HTTP Request URL", "https://bot.example.com/slack/events", "http://bot.example.com/slack/events",
            Rule.HttpMode, "must be an absolute https:// URL", ManifestFile.HttpName);
        yield return Broken("one variant losing an event", "      - channel_rename\n", "",
            Rule.SameInBoth, "only in slack-app-manifest.http.yml: settings.event_subscriptions.bot_events[] = channel_rename");
        yield return Broken("one variant renaming the bot", "    display_name: learnbot\n", "    display_name: learn-bot\n",
            Rule.SameInBoth, "only in slack-app-manifest.yml: features.bot_user.display_name = learn-bot");
    }

    [TestCaseSource(nameof(BrokenManifests))]
    public void A_broken_manifest_fails_with_a_message_that_says_what_to_change(string file, string replace, string with, Rule rule, string expected)
    {
        var broken = Break(file, replace, with);

        var problems = rule switch
        {
            Rule.Limits => SlackManifestLimits.Problems(broken.Manifest),
            Rule.Scopes => ManifestScopes.Problems(broken.Manifest),
            Rule.Routes => ManifestRoutes.Problems(broken.Manifest, DescribeRoutes()),
            Rule.SocketMode => ManifestTransport.SocketModeProblems(broken),
            Rule.HttpMode => ManifestTransport.HttpModeProblems(broken),
            Rule.SameInBoth => ManifestTransport.Differences(broken, ManifestFile.Load(ManifestFile.HttpName)),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
        Assert.That(problems, Has.Some.Contains(expected));
    }

    [Test]
    public void A_misspelt_key_stops_the_read_instead_of_passing_unnoticed() =>
        Assert.That(() => Break(ManifestFile.SocketName, "  socket_mode_enabled: true\n", "  socket_mode_enable: true\n"),
            Throws.InstanceOf<YamlDotNet.Core.YamlException>().With.Message.Contains("socket_mode_enable"));

    private static ManifestFile Break(string file, string replace, string with)
    {
        // Anchors are written with \n; a checkout with CRLF line endings must not make them miss.
        var yaml = Fixtures.Text("Manifest/" + file).ReplaceLineEndings("\n");
        Assert.That(yaml, Does.Contain(replace), "the test's anchor is no longer in the manifest: pick another");
        return ManifestFile.Parse(file, yaml.Replace(replace, with, StringComparison.Ordinal));
    }

    private static TestCaseData Broken(string what, string replace, string with, Rule rule, string expected, string file = ManifestFile.SocketName) =>
        new TestCaseData(file, replace, with, rule, expected).SetName($"A broken manifest fails: {what}");

    private static IReadOnlyList<string> DescribeRoutes()
    {
        var services = new ServiceCollection();
        services.AddIncidents();
        services.AddMoments();
        services.AddQuestions();
        services.AddFindings();
        services.AddLearn();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<SlackRoutes>().Describe();
    }
}
