namespace SlackBot.Features.Questions;

public enum QuestionDelivery
{
    /// <summary>A reply in the thread of the moment's message, mentioning its author.</summary>
    Thread,
    /// <summary>A direct message from the bot (its App Home Messages tab), linking to the moment.</summary>
    DirectMessage,
}

/// <summary>The delivery half of the <c>Questions</c> section (the timing half is <see cref="QuestionTimingOptions"/>).</summary>
public sealed class QuestionDeliveryOptions
{
    public QuestionDelivery Delivery { get; set; } = QuestionDelivery.Thread;

    /// <summary>The organisation's own question bank (YAML); empty means the bank shipped with the app.</summary>
    public string? BankPath { get; set; }

    /// <summary>A phrasing that this many people marked "Not relevant" is no longer used.</summary>
    public int RetirePhrasingAfterNotRelevant { get; set; } = 3;

    /// <summary><c>Questions:FollowUps</c>: one follow-up question when an answer opens a new mystery (a channel may turn it off).</summary>
    public bool FollowUps { get; set; } = true;
}
