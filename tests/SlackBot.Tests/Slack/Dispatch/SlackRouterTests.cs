using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlackBot.Slack;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Dispatch.Events;
using SlackBot.Slack.Dispatch.Interactions;
using SlackBot.Tests.Support;

namespace SlackBot.Tests.Slack.Dispatch;

public class SlackRouterTests
{
    private ServiceProvider _services = null!;
    private SlackRouter _router = null!;
    private Journal _journal = null!;

    [SetUp]
    public void SetUp()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Critical));
        services.AddSingleton<Journal>();
        services.AddSlackListeners()
            .OnMessage<FirstMessageListener>()
            .OnMessage<ThrowingMessageListener>()
            .OnEvent<ReactionEvent, ReactionListener>("reaction_added")
            .OnCommand<EchoCommand>("/learn")
            .OnBlockAction<ButtonListener>("question:")
            .OnViewSubmission<AnswerModal>("answer")
            .OnViewSubmission<AnswerModal>("draft")
            .OnViewClosed<ClosedModal>("draft")
            .OnMessageShortcut<SaveShortcut>("save_as_finding")
            .OnGlobalShortcut<GlobalShortcut>("save_as_finding");
        services.AddSingleton<SlackRouter>();
        _services = services.BuildServiceProvider();
        _router = _services.GetRequiredService<SlackRouter>();
        _journal = _services.GetRequiredService<Journal>();
    }

    [TearDown]
    public void TearDown() => _services.Dispose();

    [Test]
    public async Task Every_listener_of_an_event_runs_and_a_failing_one_is_recorded()
    {
        var result = await _router.RouteAsync(Envelopes.Message("Ev1", text: "the graph is flat"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(_journal.Entries, Does.Contain("message: the graph is flat"));
            Assert.That(result.Errors, Has.Count.EqualTo(1));
            Assert.That(result.Errors[0], Does.StartWith("ThrowingMessageListener: InvalidOperationException"));
            Assert.That(result.Reply, Is.Null);
        });
    }

    [Test]
    public async Task Events_go_only_to_listeners_of_their_type()
    {
        var reaction = Envelopes.Event("Ev2", new JsonObject
        {
            ["type"] = "reaction_added", ["user"] = "U1", ["reaction"] = "bulb::skin-tone-2",
            ["item"] = new JsonObject { ["type"] = "message", ["channel"] = "C1", ["ts"] = "1.2" },
        });

        var result = await _router.RouteAsync(reaction, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(_journal.Entries, Is.EqualTo(new[] { "reaction: bulb on 1.2" }));
            Assert.That(result.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task Events_nobody_listens_to_are_fine()
    {
        var result = await _router.RouteAsync(Envelopes.Event("Ev3", new JsonObject { ["type"] = "team_join" }), CancellationToken.None);
        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public async Task A_command_answers_through_its_listener()
    {
        var result = await _router.RouteAsync(Envelopes.Command("findings now"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Reply!["text"]!.GetValue<string>(), Is.EqualTo("you said: findings now"));
            Assert.That(result.Reply["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
        });
    }

    [Test]
    public async Task Command_names_match_case_insensitively()
    {
        var result = await _router.RouteAsync(Envelopes.Command("help", command: "/LEARN"), CancellationToken.None);
        Assert.That(result.Reply!["text"]!.GetValue<string>(), Is.EqualTo("you said: help"));
    }

    [Test]
    public async Task An_unknown_command_gets_a_polite_ephemeral_answer()
    {
        var result = await _router.RouteAsync(Envelopes.Command("x", command: "/other"), CancellationToken.None);
        Assert.That(result.Reply!["text"]!.GetValue<string>(), Does.Contain("/other"));
    }

    [Test]
    public async Task A_failing_command_still_answers_the_person()
    {
        var result = await _router.RouteAsync(Envelopes.Command("explode"), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Reply!["text"]!.GetValue<string>(), Does.Contain("something went wrong"));
            Assert.That(result.Errors, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Block_actions_route_by_action_id_prefix()
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["trigger_id"] = "t1",
            ["user"] = new JsonObject { ["id"] = "U1" },
            ["actions"] = new JsonArray(
                new JsonObject { ["action_id"] = "question:snooze", ["value"] = "q42" },
                new JsonObject { ["action_id"] = "unrelated", ["value"] = "x" }),
        };

        var result = await _router.RouteAsync(Envelopes.Interaction(payload), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(_journal.Entries, Is.EqualTo(new[] { "button: question:snooze q42 by U1" }));
            Assert.That(result.Errors, Is.Empty);
        });
    }

    [Test]
    public async Task A_view_submission_answers_with_its_listeners_result()
    {
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["trigger_id"] = "t2",
            ["user"] = new JsonObject { ["id"] = "U1" },
            ["view"] = new JsonObject
            {
                ["id"] = "V1", ["callback_id"] = "answer",
                ["state"] = new JsonObject { ["values"] = new JsonObject { ["answer"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "" } } } },
            },
        };

        var result = await _router.RouteAsync(Envelopes.Interaction(payload), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Reply!["response_action"]!.GetValue<string>(), Is.EqualTo("errors"));
            Assert.That(result.Reply["errors"]!["answer"]!.GetValue<string>(), Does.Contain("empty"));
        });
    }

    [TestCase("answer")]
    [TestCase("draft")]
    public async Task A_closed_modal_never_reaches_the_submission_listener(string callbackId)
    {
        var payload = new JsonObject
        {
            ["type"] = "view_closed",
            ["user"] = new JsonObject { ["id"] = "U1" },
            ["is_cleared"] = false,
            ["view"] = new JsonObject
            {
                ["id"] = "V1", ["callback_id"] = callbackId,
                ["state"] = new JsonObject { ["values"] = new JsonObject { ["answer"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "typed, then cancelled" } } } },
            },
        };

        var result = await _router.RouteAsync(Envelopes.Interaction(payload), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Reply, Is.Null, "nothing to answer for a closed modal");
            Assert.That(result.Errors, Is.Empty);
            Assert.That(_journal.Entries, Is.EqualTo(callbackId == "draft" ? new[] { "closed: V1 by U1" } : Array.Empty<string>()),
                "only a view_closed listener hears it, when one is registered");
        });
    }

    [TestCase("message_action", "save_as_finding", "message shortcut: save_as_finding on C1 1700000000.000100 by U2, written by U1")]
    [TestCase("shortcut", "save_as_finding", "global shortcut: save_as_finding by U2")]
    [TestCase("message_action", "someone_elses", null)]
    public async Task A_shortcut_goes_to_the_listener_of_its_kind_and_callback_and_is_acknowledged_empty(string type, string callbackId, string? heard)
    {
        var payload = new JsonObject
        {
            ["type"] = type,
            ["callback_id"] = callbackId,
            ["trigger_id"] = "t4",
            ["user"] = new JsonObject { ["id"] = "U2" },
        };
        if (type == "message_action")
        {
            payload["channel"] = new JsonObject { ["id"] = "C1", ["name"] = "inc-1" };
            payload["message_ts"] = "1700000000.000100";
            payload["message"] = new JsonObject { ["type"] = "message", ["user"] = "U1", ["ts"] = "1700000000.000100", ["text"] = "drained the pool first" };
        }

        var result = await _router.RouteAsync(Envelopes.Interaction(payload), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(result.Reply, Is.Null, "a shortcut is acknowledged with an empty 200");
            Assert.That(result.Errors, Is.Empty);
            Assert.That(_journal.Entries, Is.EqualTo(heard is null ? Array.Empty<string>() : new[] { heard }));
        });
    }

    [Test]
    public void Routes_describe_themselves_for_start_up_logs() =>
        Assert.That(_services.GetRequiredService<SlackRoutes>().Describe(), Is.SupersetOf(new[]
        {
            "event message → FirstMessageListener",
            "command /learn → EchoCommand",
            "action question:* → ButtonListener",
            "view answer → AnswerModal",
            "view_closed draft → ClosedModal",
            "message_shortcut save_as_finding → SaveShortcut",
            "global_shortcut save_as_finding → GlobalShortcut",
        }));

    private sealed class Journal
    {
        public ConcurrentQueue<string> Entries { get; } = new();
    }

    private sealed class FirstMessageListener(Journal journal) : IEventListener<MessageEvent>
    {
        public Task HandleAsync(MessageEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
        {
            journal.Entries.Enqueue("message: " + slackEvent.Text);
            return Task.CompletedTask;
        }
    }

    private sealed class ThrowingMessageListener : IEventListener<MessageEvent>
    {
        public Task HandleAsync(MessageEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("listener bug");
    }

    private sealed class ReactionListener(Journal journal) : IEventListener<ReactionEvent>
    {
        public Task HandleAsync(ReactionEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken)
        {
            journal.Entries.Enqueue($"reaction: {slackEvent.BaseReaction} on {slackEvent.Item?.Ts}");
            return Task.CompletedTask;
        }
    }

    private sealed class EchoCommand : ICommandListener
    {
        public Task<CommandReply?> HandleAsync(SlashCommand command, DeliveryContext context, CancellationToken cancellationToken) =>
            command.Text == "explode"
                ? throw new InvalidOperationException("boom")
                : Task.FromResult<CommandReply?>(CommandReply.Ephemeral("you said: " + command.Text));
    }

    private sealed class ButtonListener(Journal journal) : IBlockActionListener
    {
        public Task HandleAsync(BlockActionsPayload payload, BlockAction action, DeliveryContext context, CancellationToken cancellationToken)
        {
            journal.Entries.Enqueue($"button: {action.ActionId} {action.Value} by {payload.User.Id}");
            return Task.CompletedTask;
        }
    }

    private sealed class AnswerModal : IViewSubmissionListener
    {
        public Task<ViewSubmissionResult> HandleAsync(ViewSubmissionPayload payload, DeliveryContext context, CancellationToken cancellationToken) =>
            Task.FromResult(string.IsNullOrWhiteSpace(payload.View.InputValue("answer", "text"))
                ? ViewSubmissionResult.Errors(new Dictionary<string, string> { ["answer"] = "The answer is empty." })
                : ViewSubmissionResult.Close);
    }

    private sealed class ClosedModal(Journal journal) : IViewClosedListener
    {
        public Task HandleAsync(ViewClosedPayload payload, DeliveryContext context, CancellationToken cancellationToken)
        {
            journal.Entries.Enqueue($"closed: {payload.View.Id} by {payload.User.Id}");
            return Task.CompletedTask;
        }
    }

    private sealed class SaveShortcut(Journal journal) : IMessageShortcutListener
    {
        public Task HandleAsync(MessageShortcutPayload payload, DeliveryContext context, CancellationToken cancellationToken)
        {
            journal.Entries.Enqueue($"message shortcut: {payload.CallbackId} on {payload.Channel?.Id} {payload.Message?.Ts} by {payload.User.Id}, written by {payload.Message?.User}");
            return Task.CompletedTask;
        }
    }

    private sealed class GlobalShortcut(Journal journal) : IGlobalShortcutListener
    {
        public Task HandleAsync(GlobalShortcutPayload payload, DeliveryContext context, CancellationToken cancellationToken)
        {
            journal.Entries.Enqueue($"global shortcut: {payload.CallbackId} by {payload.User.Id}");
            return Task.CompletedTask;
        }
    }
}
