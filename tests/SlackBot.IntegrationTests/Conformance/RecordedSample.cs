namespace SlackBot.IntegrationTests.Conformance;

/// <summary>What a recorded sample is delivered as: an Events API callback, an interaction payload or a slash command.</summary>
public enum RecordedKind
{
    Event,
    Interaction,
    Command,
}

/// <summary>Where a sample's message or channel event takes place; Slack's <c>message.channels</c>, <c>.groups</c> and <c>.im</c>.</summary>
public enum RecordedPlace
{
    PublicChannel,
    PrivateChannel,
    DirectMessage,
}

/// <summary>
/// One recorded sample, as a test case: its file below Fixtures/Recorded, what it is (event type with subtype, or
/// interaction type) and where it is delivered.
/// </summary>
/// <param name="Path">Relative to Fixtures/Recorded, with forward slashes, e.g. <c>events/MessagePayload.json</c>.</param>
/// <param name="Type">The inner event type, the interaction's <c>type</c>, or <c>command</c>.</param>
public sealed record RecordedSample(string Path, RecordedKind Kind, string Type, string? Subtype, RecordedPlace Place)
{
    /// <summary>The file name without its extension, e.g. <c>MessagePayload</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    public override string ToString()
    {
        var what = Subtype is null ? Type : $"{Type}/{Subtype}";
        return Kind == RecordedKind.Event ? $"{Name} ({what}, {Place})" : $"{Name} ({what})";
    }
}
