namespace SlackBot.Features.Questions;

/// <summary>When questions may be asked relative to the incident response.</summary>
public enum QuestionTimingMode
{
    /// <summary>Nothing while the response is active; questions go out after resolution and a cool-down.</summary>
    AfterResolution,

    /// <summary>Questions go out during the response, paced per channel, for teams that want them fresh.</summary>
    Live,
}
