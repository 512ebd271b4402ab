namespace SlackBot.Features.Questions;

/// <summary>
/// The timing and delivery that apply to a channel's questions: the channel's own setting where it has one, else the
/// bot's default; and which of the two each came from (shown by <c>/learn settings</c>).
/// </summary>
public sealed record EffectiveQuestionSettings(QuestionTimingMode Timing, bool TimingFromChannel, QuestionDelivery Delivery, bool DeliveryFromChannel,
    bool FollowUps = true, bool FollowUpsFromChannel = false)
{
    public static EffectiveQuestionSettings Resolve(ChannelSettings? channel, QuestionTimingMode defaultTiming, QuestionDelivery defaultDelivery, bool defaultFollowUps = true) =>
        new(channel?.Timing ?? defaultTiming, channel?.Timing is not null, channel?.Delivery ?? defaultDelivery, channel?.Delivery is not null,
            channel?.FollowUps ?? defaultFollowUps, channel?.FollowUps is not null);
}
