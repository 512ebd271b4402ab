namespace SlackBot.Features.Learn;

/// <summary>What a facilitator asked <c>/learn</c> for, parsed from the command text.</summary>
public abstract record LearnRequest
{
    private protected LearnRequest() { }

    /// <summary><c>help</c>, empty input, or something not understood (<see cref="Unrecognised"/> says what).</summary>
    public sealed record Help(string? Unrecognised = null) : LearnRequest;

    public sealed record Start(string? Title) : LearnRequest;

    public sealed record Resolve : LearnRequest;

    public sealed record Findings : LearnRequest;
}
