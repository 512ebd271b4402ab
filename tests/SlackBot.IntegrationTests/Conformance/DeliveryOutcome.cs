using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Testing;
using SlackBot.Slack.Outbound;
using SlackBot.Storage.Inbox;

namespace SlackBot.IntegrationTests.Conformance;

/// <summary>What delivering one filled sample led to.</summary>
/// <param name="Acknowledged">HTTP: a 2xx answer; Socket Mode: an ack frame for the envelope.</param>
/// <param name="Answer">HTTP status and body, or the Socket Mode ack's payload, for messages.</param>
/// <param name="AckPayload">The JSON the acknowledgement carried (a command's reply, a modal's response_action), if any.</param>
/// <param name="Stored">The inbox record the delivery produced, once processed; null when nothing was stored.</param>
/// <param name="Logs">Every log record written while the delivery was received, processed and its outbox rows sent.</param>
/// <param name="Said">The outbox rows the delivery caused, once sent (or parked).</param>
public sealed record DeliveryOutcome(
    bool Acknowledged,
    string Answer,
    JsonObject? AckPayload,
    InboxRecord? Stored,
    IReadOnlyList<FakeLogRecord> Logs,
    IReadOnlyList<OutboxMessage> Said)
{
    /// <summary>Warnings and errors, formatted for an assertion message.</summary>
    public IReadOnlyList<string> Complaints =>
        [.. Logs.Where(record => record.Level >= Microsoft.Extensions.Logging.LogLevel.Warning)
            .Select(record => $"{record.Level} {record.Category}: {record.Message} {record.Exception?.Message}")];

    public IReadOnlyList<string> Errors =>
        [.. Logs.Where(record => record.Level >= Microsoft.Extensions.Logging.LogLevel.Error)
            .Select(record => $"{record.Level} {record.Category}: {record.Message} {record.Exception?.Message}")];
}
