using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SlackBot.Features.Import.Export.Wire;

namespace SlackBot.Features.Import.Export;

/// <summary>Reads the export's directory files: channels.json, groups.json and users.json.</summary>
internal static class ExportIndexReader
{
    // Characters that would let a channel name point outside its own folder.
    private static readonly char[] PathCharacters = ['/', '\\', ':', '\0'];

    /// <summary>Public channels. Without a readable channels.json there is nothing to read, so this throws.</summary>
    public static List<ExportChannel> ReadPublicChannels(ExportSource source, string location, ExportProblemLog problems)
    {
        try
        {
            using var stream = source.OpenRead(ExportFiles.Channels)
                ?? throw new ExportException(
                    $"'{location}' is not a Slack export: it has no {ExportFiles.Channels}. "
                    + "Point at the folder or .zip that holds channels.json, users.json and one folder per channel.");
            return ReadChannels(stream, ExportFiles.Channels, isPrivate: false, problems);
        }
        catch (Exception error) when (IsUnreadable(error))
        {
            throw new ExportException($"The Slack export '{location}' cannot be read: {ExportFiles.Channels} is {Describe(error)}.", error);
        }
    }

    /// <summary>Private channels, when the export includes them; a bad groups.json is a problem, not a failure.</summary>
    public static List<ExportChannel> ReadPrivateChannels(ExportSource source, ExportProblemLog problems)
    {
        try
        {
            using var stream = source.OpenRead(ExportFiles.Groups);
            return stream is null ? [] : ReadChannels(stream, ExportFiles.Groups, isPrivate: true, problems);
        }
        catch (Exception error) when (IsUnreadable(error))
        {
            problems.Add(ExportFiles.Groups, $"the file is {Describe(error)}; private channels were skipped");
            return [];
        }
    }

    /// <summary>Workspace members. Messages can be read without them, so a missing or bad users.json is a problem only.</summary>
    public static List<ExportUser> ReadUsers(ExportSource source, ExportProblemLog problems)
    {
        var users = new List<ExportUser>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            using var stream = source.OpenRead(ExportFiles.Users);
            if (stream is null)
            {
                problems.Add(ExportFiles.Users, "the file is missing; people will be known by their ids only");
                return [];
            }

            ReadEntries(stream, ExportFiles.Users, "user", ExportJsonContext.Default.UserWire, problems, (wire, position) =>
            {
                if (Optional.Text(wire.Id) is not { } id)
                {
                    problems.Add(ExportFiles.Users, $"{position} has no id; it was skipped");
                    return;
                }

                if (!ids.Add(id))
                {
                    problems.Add(ExportFiles.Users, $"{position} repeats the id {id}; the first entry was kept");
                    return;
                }

                users.Add(new ExportUser(
                    Id: id,
                    Name: Optional.Text(wire.Name) ?? id,
                    RealName: Optional.Text(wire.RealName) ?? Optional.Text(wire.Profile?.RealName),
                    DisplayName: Optional.Text(wire.Profile?.DisplayName),
                    IsBot: wire.IsBot ?? false,
                    Deleted: wire.Deleted ?? false,
                    Tz: Optional.Text(wire.Tz)));
            });
        }
        catch (Exception error) when (IsUnreadable(error))
        {
            problems.Add(ExportFiles.Users, $"the file is {Describe(error)}; people will be known by their ids only");
            return [];
        }

        return users;
    }

    private static List<ExportChannel> ReadChannels(Stream stream, string file, bool isPrivate, ExportProblemLog problems)
    {
        var channels = new List<ExportChannel>();
        ReadEntries(stream, file, "channel", ExportJsonContext.Default.ChannelWire, problems, (wire, position) =>
        {
            var name = Optional.Text(wire.Name);
            var id = Optional.Text(wire.Id);
            if (name is null || id is null)
            {
                problems.Add(file, $"{position} has no {(name is null ? "name" : "id")}; it was skipped");
                return;
            }

            if (name is "." or ".." || name.IndexOfAny(PathCharacters) >= 0)
            {
                problems.Add(file, $"{position} is named '{name}', which cannot be a channel folder; it was skipped");
                return;
            }

            channels.Add(new ExportChannel(
                Id: id,
                Name: name,
                IsPrivate: isPrivate,
                IsArchived: wire.IsArchived ?? false,
                Created: FromUnixSeconds(wire.Created),
                Topic: Optional.Text(wire.Topic?.Value),
                Purpose: Optional.Text(wire.Purpose?.Value)));
        });
        return channels;
    }

    /// <summary>Reads each element of a top-level array as <typeparamref name="T"/>; elements that are not such objects are reported and skipped.</summary>
    private static void ReadEntries<T>(
        Stream stream, string file, string noun, JsonTypeInfo<T> typeInfo, ExportProblemLog problems, Action<T, string> onEntry)
        where T : class
    {
        JsonArrayStream.ReadElements(stream, (element, kind, index) =>
        {
            var position = $"{noun} #{index + 1}";
            if (kind != JsonTokenType.StartObject)
            {
                problems.Add(file, $"{position} is {JsonProblems.Describe(kind)}, not an object; it was skipped");
                return;
            }

            T? entry;
            try
            {
                entry = JsonSerializer.Deserialize(element, typeInfo);
            }
            catch (JsonException error)
            {
                problems.Add(file, $"{position} cannot be read: {JsonProblems.WrongShape(error)}; it was skipped");
                return;
            }

            if (entry is not null) onEntry(entry, position);
        });
    }

    private static DateTimeOffset? FromUnixSeconds(long? seconds) =>
        seconds is > 0 and < 253_402_300_800 ? DateTimeOffset.FromUnixTimeSeconds(seconds.Value) : null;

    private static bool IsUnreadable(Exception error) =>
        error is JsonException or NotAJsonArrayException or IOException or UnauthorizedAccessException or InvalidDataException;

    private static string Describe(Exception error) => error switch
    {
        JsonException json => JsonProblems.NotValidJson(json),
        NotAJsonArrayException shape => $"not a list of entries ({shape.Message})",
        _ => $"unreadable ({error.Message})",
    };
}
