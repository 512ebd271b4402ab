using System.Text.Json;
using SlackBot.Features.Import.Export.Wire;
using SlackBot.Slack.Api;

namespace SlackBot.Features.Import.Export;

/// <summary>
/// Reads one day file (a JSON array of messages) element by element. A message that cannot be used is
/// reported and left out; a file that is not a JSON array is reported and yields no day at all.
/// </summary>
internal static class DayFileReader
{
    /// <summary>The day's messages in time order, or null when the file had to be skipped.</summary>
    public static IReadOnlyList<ExportMessage>? Read(Stream stream, string path, ExportProblemLog problems)
    {
        var messages = new List<ExportMessage>();
        SlackTs? previous = null;
        var inOrder = true;
        try
        {
            JsonArrayStream.ReadElements(stream, (element, kind, index) =>
            {
                var message = ReadMessage(element, kind, index, path, problems, out var ts);
                if (message is null) return;

                inOrder &= previous is not { } before || ts >= before;
                previous = ts;
                messages.Add(message);
            });
        }
        catch (JsonException error)
        {
            problems.Add(path, $"the file is {JsonProblems.NotValidJson(error)}; the day was skipped");
            return null;
        }
        catch (NotAJsonArrayException error)
        {
            problems.Add(path, $"{error.Message}; the day was skipped");
            return null;
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            // A damaged zip entry fails here, part-way through decompression.
            problems.Add(path, $"the file cannot be read ({error.Message}); the day was skipped");
            return null;
        }

        // Slack writes day files in time order; files touched by other tools may not be.
        return inOrder ? messages : [.. messages.OrderBy(message => SlackTs.Parse(message.Ts))];
    }

    private static ExportMessage? ReadMessage(
        ReadOnlySpan<byte> element, JsonTokenType kind, int index, string path, ExportProblemLog problems, out SlackTs ts)
    {
        ts = default;
        var position = $"message #{index + 1}";
        if (kind != JsonTokenType.StartObject)
        {
            problems.Add(path, $"{position} is {JsonProblems.Describe(kind)}, not a message object; it was skipped");
            return null;
        }

        MessageWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(element, ExportJsonContext.Default.MessageWire);
        }
        catch (JsonException error)
        {
            problems.Add(path, $"{position} cannot be read: {JsonProblems.WrongShape(error)}; it was skipped");
            return null;
        }

        if (string.IsNullOrEmpty(wire?.Ts))
        {
            problems.Add(path, $"{position} has no ts; it was skipped");
            return null;
        }

        if (!SlackTs.TryParse(wire.Ts, out ts))
        {
            problems.Add(path, $"{position} has ts '{wire.Ts}', which is not a Slack timestamp; it was skipped");
            return null;
        }

        return ToMessage(wire, wire.Ts);
    }

    private static ExportMessage ToMessage(MessageWire wire, string ts) => new(
        Ts: ts,
        User: Optional.Text(wire.User),
        Text: wire.Text,
        Subtype: Optional.Text(wire.Subtype),
        BotId: Optional.Text(wire.BotId),
        BotName: Optional.Text(wire.BotProfile?.Name) ?? Optional.Text(wire.Username),
        ThreadTs: Optional.Text(wire.ThreadTs),
        ParentUserId: Optional.Text(wire.ParentUserId),
        ReplyCount: Math.Max(0, wire.ReplyCount ?? 0),
        Reactions: ToReactions(wire.Reactions),
        Files: ToFiles(wire.Files),
        Edited: wire.Edited is not null)
    {
        ActionIds = ToActionIds(wire.Blocks),
    };

    private static IReadOnlyList<string> ToActionIds(IReadOnlyList<BlockWire?>? blocks) =>
        blocks is null or { Count: 0 }
            ? []
            : blocks.SelectMany(block => block?.Elements ?? [])
                .Select(element => Optional.Text(element?.ActionId))
                .OfType<string>()
                .ToList();

    private static IReadOnlyList<ExportReaction> ToReactions(IReadOnlyList<ReactionWire?>? reactions)
    {
        if (reactions is null or { Count: 0 }) return [];

        var result = new List<ExportReaction>(reactions.Count);
        foreach (var reaction in reactions)
        {
            // A reaction without an emoji name says nothing; drop it rather than the whole message.
            if (string.IsNullOrEmpty(reaction?.Name)) continue;

            IReadOnlyList<string> users = reaction.Users is null ? [] : [.. reaction.Users.OfType<string>()];
            // The users list may be a sample on busy messages; the count is the real total.
            result.Add(new ExportReaction(reaction.Name, users, reaction.Count ?? users.Count));
        }

        return result;
    }

    private static IReadOnlyList<ExportFile> ToFiles(IReadOnlyList<FileWire?>? files) =>
        files is null or { Count: 0 }
            ? []
            : [.. files.OfType<FileWire>().Select(file => new ExportFile(file.Id, file.Name, file.Title))];

}
