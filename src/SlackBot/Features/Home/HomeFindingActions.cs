using Microsoft.Extensions.Logging;
using SlackBot.Features.Findings;
using SlackBot.Slack.Dispatch;
using SlackBot.Slack.Dispatch.Interactions;

namespace SlackBot.Features.Home;

/// <summary>
/// Withdraw and "who sees it" on the person's own findings in Home. <see cref="FindingConsent"/> decides (only the
/// author may); after a change their Home is published again. A refused or malformed action changes nothing.
/// </summary>
public sealed partial class HomeFindingActions(FindingConsent consent, HomePublisher publisher, ILogger<HomeFindingActions> logger) : IBlockActionListener
{
    public async Task HandleAsync(BlockActionsPayload payload, BlockAction action, DeliveryContext context, CancellationToken cancellationToken)
    {
        var user = payload.User.Id;
        if (user.Length == 0) return;

        ConsentResult result;
        switch (action.ActionId)
        {
            case HomeView.WithdrawAction when action.Value is { Length: > 0 } findingId:
                result = await consent.WithdrawAsync(findingId, user, cancellationToken);
                break;
            case HomeView.VisibilityAction when HomeView.TryReadVisibilityValue(action.SelectedOption?.Value, out var visibility, out var findingId):
                result = await consent.SetVisibilityAsync(findingId, user, visibility, cancellationToken);
                break;
            default:
                LogMalformed(action.ActionId);
                return;
        }

        // Unchanged still re-publishes: the person's view may be older than the state (a second device, a lost publish).
        if (result.Succeeded) await publisher.PublishAsync(user, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a Home action {ActionId} without a finding the bot wrote")]
    private partial void LogMalformed(string actionId);
}
