using SlackBot.Slack.Dispatch.Commands;
using SlackBot.Slack.Dispatch.Interactions;

namespace SlackBot.Slack.Dispatch;

/// <summary>Where a delivery came from, for listeners that care (logging, idempotency keys).</summary>
public sealed record DeliveryContext(string EnvelopeId, DateTimeOffset ReceivedAt, int RetryAttempt, string? TeamId);

/// <summary>Handles one kind of Events API event. Runs from the durable inbox, after Slack has been acknowledged.</summary>
public interface IEventListener<in TEvent>
{
    Task HandleAsync(TEvent slackEvent, DeliveryContext context, CancellationToken cancellationToken);
}

/// <summary>Handles a slash command and answers it; the answer is shown only to the person who typed it unless it says otherwise.</summary>
public interface ICommandListener
{
    Task<CommandReply?> HandleAsync(SlashCommand command, DeliveryContext context, CancellationToken cancellationToken);
}

/// <summary>Handles a press of a button (or other element) whose <c>action_id</c> starts with the registered prefix.</summary>
public interface IBlockActionListener
{
    Task HandleAsync(BlockActionsPayload payload, BlockAction action, DeliveryContext context, CancellationToken cancellationToken);
}

/// <summary>Handles the submission of a modal with the registered <c>callback_id</c>.</summary>
public interface IViewSubmissionListener
{
    Task<ViewSubmissionResult> HandleAsync(ViewSubmissionPayload payload, DeliveryContext context, CancellationToken cancellationToken);
}

/// <summary>Handles the cancellation of a modal with the registered <c>callback_id</c> (a close, never a submission).</summary>
public interface IViewClosedListener
{
    Task HandleAsync(ViewClosedPayload payload, DeliveryContext context, CancellationToken cancellationToken);
}

/// <summary>Handles a message shortcut with the registered <c>callback_id</c>; acknowledged before it runs, so open a modal at once.</summary>
public interface IMessageShortcutListener
{
    Task HandleAsync(MessageShortcutPayload payload, DeliveryContext context, CancellationToken cancellationToken);
}

/// <summary>Handles a global shortcut with the registered <c>callback_id</c>.</summary>
public interface IGlobalShortcutListener
{
    Task HandleAsync(GlobalShortcutPayload payload, DeliveryContext context, CancellationToken cancellationToken);
}
