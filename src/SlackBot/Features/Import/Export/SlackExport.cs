using System.Globalization;

namespace SlackBot.Features.Import.Export;

/// <summary>
/// A Slack workspace export, unpacked into a folder or still in its .zip. The directory files (channels,
/// private channels, users) are read when it opens; messages are read one day file at a time through
/// <see cref="Days"/>, so an export of any size can be walked in little memory.
/// </summary>
/// <remarks>
/// Faults inside the export never stop the reading: a bad file or message is left out and described in
/// <see cref="Problems"/>. Not thread-safe: walk one channel at a time.
/// </remarks>
public sealed class SlackExport : IDisposable
{
    private const string DayFileExtension = ".json";

    private readonly ExportSource source;
    private readonly ExportProblemLog problems;
    private readonly Dictionary<string, ExportUser> usersById;
    private bool disposed;

    private SlackExport(string location, ExportSource source, ExportProblemLog problems, IReadOnlyList<ExportChannel> channels, IReadOnlyList<ExportUser> users)
    {
        Location = location;
        this.source = source;
        this.problems = problems;
        Channels = channels;
        Users = users;
        usersById = users.ToDictionary(user => user.Id, StringComparer.Ordinal);
    }

    /// <summary>The folder or .zip this export was opened from.</summary>
    public string Location { get; }

    /// <summary>Public channels (channels.json) followed by private ones (groups.json), in file order.</summary>
    public IReadOnlyList<ExportChannel> Channels { get; }

    /// <summary>Everyone in users.json, people and apps alike.</summary>
    public IReadOnlyList<ExportUser> Users { get; }

    /// <summary>What could not be read so far. Grows while <see cref="Days"/> reads more files; each read returns a copy.</summary>
    public IReadOnlyList<ExportProblem> Problems => problems.Snapshot;

    /// <summary>
    /// Opens an export: a folder holding channels.json, users.json and one folder per channel, or a .zip of one.
    /// Throws <see cref="ExportException"/> when the path is missing or is not an export.
    /// </summary>
    public static SlackExport Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var source = ExportSource.Open(path);
        try
        {
            var problems = new ExportProblemLog();
            var channels = Distinct(
                [.. ExportIndexReader.ReadPublicChannels(source, path, problems), .. ExportIndexReader.ReadPrivateChannels(source, problems)],
                problems);
            var users = ExportIndexReader.ReadUsers(source, problems);
            return new SlackExport(path, source, problems, channels, users);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>The member with this id, or null when users.json does not list them.</summary>
    public ExportUser? User(string id) => usersById.GetValueOrDefault(id);

    /// <summary>The name to show for a user id: the export's label for them, or the id itself.</summary>
    public string NameOf(string id) => User(id)?.Label ?? id;

    /// <summary>
    /// The channel's day files, oldest first, each read only when the enumeration reaches it; its messages
    /// are in time order. Days whose file cannot be read are left out (see <see cref="Problems"/>); a channel
    /// without a folder has no days.
    /// </summary>
    public IEnumerable<ExportDay> Days(ExportChannel channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ObjectDisposedException.ThrowIf(disposed, this);
        return ReadDays(channel);
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        source.Dispose();
    }

    private IEnumerable<ExportDay> ReadDays(ExportChannel channel)
    {
        foreach (var (date, path) in DayFiles(channel))
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var day = ReadDay(date, path);
            if (day is not null) yield return day;
        }
    }

    private ExportDay? ReadDay(DateOnly date, string path)
    {
        Stream? stream;
        try
        {
            stream = source.OpenRead(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problems.Add(path, $"the file cannot be opened ({error.Message}); the day was skipped");
            return null;
        }

        if (stream is null)
        {
            problems.Add(path, "the file disappeared while the export was being read; the day was skipped");
            return null;
        }

        using (stream)
        {
            var messages = DayFileReader.Read(stream, path, problems);
            return messages is null ? null : new ExportDay(date, path, messages);
        }
    }

    private List<(DateOnly Date, string Path)> DayFiles(ExportChannel channel)
    {
        var days = new List<(DateOnly Date, string Path)>();
        // Sorted so that problems come out in the same order from a folder and from a zip.
        foreach (var name in source.FileNamesIn(channel.Name).Order(StringComparer.Ordinal))
        {
            // Only .json files can be day files; anything else (a .DS_Store from a Mac, say) is not ours to judge.
            if (!name.EndsWith(DayFileExtension, StringComparison.OrdinalIgnoreCase)) continue;

            var path = channel.Name + "/" + name;
            if (DateOnly.TryParseExact(name[..^DayFileExtension.Length], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                days.Add((date, path));
            }
            else
            {
                problems.Add(path, "the name is not a day (YYYY-MM-DD.json); the file was ignored");
            }
        }

        days.Sort((left, right) => left.Date.CompareTo(right.Date));
        return days;
    }

    /// <summary>A channel's folder is found by name, so two channels with one name cannot both be read.</summary>
    private static List<ExportChannel> Distinct(List<ExportChannel> channels, ExportProblemLog problems)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<ExportChannel>(channels.Count);
        foreach (var channel in channels)
        {
            if (names.Add(channel.Name))
            {
                distinct.Add(channel);
            }
            else
            {
                problems.Add(channel.IsPrivate ? ExportFiles.Groups : ExportFiles.Channels, $"channel '{channel.Name}' ({channel.Id}) is listed twice; only the first was kept");
            }
        }

        return distinct;
    }
}
