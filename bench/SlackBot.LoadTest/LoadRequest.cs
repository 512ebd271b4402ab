using System.Text.Json.Nodes;

namespace SlackBot.LoadTest;

/// <summary>
/// One delivery to send. Events carry their inner event and event_id (a <see cref="RequestKind.Retry"/> repeats an
/// earlier one's); commands carry the <c>/learn</c> text. <see cref="Body"/> is the HTTP event_callback, built once.
/// </summary>
public sealed record LoadRequest(RequestKind Kind, string? EventId, JsonObject? Event, byte[]? Body, string? CommandText, string UserId, string ChannelId)
{
    public int RetryNum => Kind == RequestKind.Retry ? 1 : 0;
}
