using SlackBot.Features.Questions;

namespace SlackBot.Features.Learn;

/// <summary>A setting named in <c>/learn settings</c>: set to a value, or back to the bot's default.</summary>
public readonly record struct SettingChange<T>(T? Value) where T : struct
{
    public bool ToDefault => Value is null;
}

/// <summary>
/// What <c>/learn settings …</c> asks to change: <c>timing live|after-resolution|default</c> and/or
/// <c>delivery thread|dm|default</c> and/or <c>follow-ups on|off|default</c>, in any order (a value alone is understood too: <c>settings dm</c>). Words it
/// cannot place are <see cref="NotUnderstood"/>, and then nothing changes.
/// </summary>
public sealed record ChannelSettingsChange(SettingChange<QuestionTimingMode>? Timing, SettingChange<QuestionDelivery>? Delivery, IReadOnlyList<string> NotUnderstood)
{
    /// <summary><c>follow-ups on|off|default</c>.</summary>
    public SettingChange<bool>? FollowUps { get; init; }

    public bool ChangesSomething => Timing is not null || Delivery is not null || FollowUps is not null;

    public static ChannelSettingsChange Parse(string arguments)
    {
        var words = (arguments ?? "").Split([' ', ',', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        SettingChange<QuestionTimingMode>? timing = null;
        SettingChange<QuestionDelivery>? delivery = null;
        SettingChange<bool>? followUps = null;
        var bad = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].ToLowerInvariant();
            var next = i + 1 < words.Length ? words[i + 1].ToLowerInvariant() : null;
            if (word == "timing" && next is not null && TimingValue(next) is { } namedTiming) { timing = namedTiming; i++; }
            else if (word == "delivery" && next is not null && DeliveryValue(next) is { } namedDelivery) { delivery = namedDelivery; i++; }
            else if (word is "follow-ups" or "followups" or "follow-up" or "followup" && next is not null && FollowUpsValue(next) is { } namedFollowUps) { followUps = namedFollowUps; i++; }
            else if (word != "default" && TimingValue(word) is { } bareTiming) timing = bareTiming;
            else if (word != "default" && DeliveryValue(word) is { } bareDelivery) delivery = bareDelivery;
            else bad.Add(words[i]);
        }

        return new(timing, delivery, bad) { FollowUps = followUps };
    }

    private static SettingChange<QuestionTimingMode>? TimingValue(string word) => word switch
    {
        "live" => new(QuestionTimingMode.Live),
        "after-resolution" or "afterresolution" or "after" => new(QuestionTimingMode.AfterResolution),
        "default" => new(null),
        _ => null,
    };

    private static SettingChange<QuestionDelivery>? DeliveryValue(string word) => word switch
    {
        "thread" => new(QuestionDelivery.Thread),
        "dm" or "direct-message" or "directmessage" => new(QuestionDelivery.DirectMessage),
        "default" => new(null),
        _ => null,
    };

    private static SettingChange<bool>? FollowUpsValue(string word) => word switch
    {
        "on" or "yes" or "true" => new(true),
        "off" or "no" or "false" => new(false),
        "default" => new(null),
        _ => null,
    };

    /// <summary>The channel's settings after this change (a new document when it had none).</summary>
    public ChannelSettings ApplyTo(ChannelSettings? current, string channelId, string by, DateTimeOffset at) => new()
    {
        Id = channelId,
        Timing = Timing is { } timing ? timing.Value : current?.Timing,
        Delivery = Delivery is { } delivery ? delivery.Value : current?.Delivery,
        FollowUps = FollowUps is { } followUps ? followUps.Value : current?.FollowUps,
        UpdatedAt = at,
        UpdatedBy = by,
    };
}
