namespace SlackBot.Testing.Fakes;

/// <summary>A file going through Slack's external upload flow: files.getUploadURLExternal, a POST of the bytes to the
/// upload URL, then files.completeUploadExternal (which fills <see cref="Completed"/>, the title and where it was shared).</summary>
public sealed record FakeUploadedFile(
    string Id,
    string Filename,
    long DeclaredLength,
    byte[]? Content,
    bool Completed,
    string? Title,
    string? ChannelId,
    string? ThreadTs,
    string? InitialComment);
