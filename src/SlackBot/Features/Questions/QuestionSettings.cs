using Microsoft.Extensions.Options;

namespace SlackBot.Features.Questions;

/// <summary>
/// Where the question engine reads a channel's timing and delivery: the channel's setting first, then the options.
/// Planning, live questions and the release job all ask here, so a channel's choice holds everywhere.
/// </summary>
public sealed class QuestionSettings(IChannelSettingsStore channels, IOptions<QuestionTimingOptions> timing, IOptions<QuestionDeliveryOptions> delivery)
{
    public async Task<EffectiveQuestionSettings> ForChannelAsync(string channelId, CancellationToken cancellationToken) =>
        EffectiveQuestionSettings.Resolve(await channels.FindAsync(channelId, cancellationToken), timing.Value.Timing, delivery.Value.Delivery, delivery.Value.FollowUps);
}
