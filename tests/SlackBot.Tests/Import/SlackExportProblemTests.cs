using SlackBot.Features.Import.Export;

namespace SlackBot.Tests.Import;

/// <summary>
/// Faults inside an export are reported with the file and the reason and skipped, and the rest is read
/// (Fixtures/Import/malformed-export); an export that cannot be read at all fails with one clear message.
/// </summary>
public sealed class SlackExportProblemTests
{
    private SlackExport export = null!;

    [SetUp]
    public void OpenExport() => export = SlackExport.Open(Fixtures.Path("Import/malformed-export"));

    [TearDown]
    public void CloseExport() => export.Dispose();

    [Test]
    public void Bad_entries_in_the_directory_files_are_reported_when_the_export_opens()
    {
        Assert.That(export.Problems.Select(problem => problem.ToString()), Is.EqualTo(new[]
        {
            "channels.json: channel #2 has no name; it was skipped",
            "channels.json: channel #3 is named '../outside', which cannot be a channel folder; it was skipped",
            "channels.json: channel #5 is a string, not an object; it was skipped",
            "groups.json: the file is not a list of entries (it holds an object where a JSON array was expected); private channels were skipped",
            "users.json: user #2 is a number, not an object; it was skipped",
            "users.json: user #3 has no id; it was skipped",
            "users.json: user #4 cannot be read: 'is_bot' has the wrong type; it was skipped",
        }));
    }

    [Test]
    public void The_good_entries_around_bad_ones_are_kept()
    {
        Assert.Multiple(() =>
        {
            Assert.That(export.Channels.Select(channel => channel.Name), Is.EqualTo(new[] { "broken", "quiet-channel" }));
            Assert.That(export.Users.Select(user => user.Label), Is.EqualTo(new[] { "Dana Kim" }));
        });
    }

    [Test]
    public void Unreadable_day_files_are_skipped_and_readable_ones_kept_in_date_order()
    {
        var days = export.Days(Channel("broken")).ToList();

        Assert.That(days.Select(day => day.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Is.EqualTo(new[] { "2026-03-01", "2026-03-04", "2026-03-05", "2026-03-06" }));
    }

    [Test]
    public void Each_unreadable_day_file_is_reported_with_its_path_and_reason()
    {
        _ = export.Days(Channel("broken")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ReasonsFor("broken/2026-03-02.json"), Is.EqualTo(new[] { "the file is not valid JSON (line 3); the day was skipped" }));
            Assert.That(ReasonsFor("broken/2026-03-03.json"), Is.EqualTo(new[] { "it holds an object where a JSON array was expected; the day was skipped" }));
            Assert.That(ReasonsFor("broken/notes.json"), Is.EqualTo(new[] { "the name is not a day (YYYY-MM-DD.json); the file was ignored" }));
            Assert.That(ReasonsFor("broken/channel-notes.txt"), Is.Empty, "files that are not .json are not day files and not ours to judge");
        });
    }

    [Test]
    public void Bad_messages_are_reported_and_skipped_and_their_neighbours_kept()
    {
        var day = export.Days(Channel("broken")).Single(day => day.Date == new DateOnly(2026, 3, 4));

        Assert.Multiple(() =>
        {
            Assert.That(day.Messages.Select(message => message.Text), Is.EqualTo(new[] { "kept: before the bad ones", "kept: after the bad ones" }));
            Assert.That(ReasonsFor("broken/2026-03-04.json"), Is.EqualTo(new[]
            {
                "message #2 has no ts; it was skipped",
                "message #3 cannot be read: 'reactions' has the wrong type; it was skipped",
                "message #4 is a string, not a message object; it was skipped",
                "message #5 has ts 'yesterday', which is not a Slack timestamp; it was skipped",
            }));
        });
    }

    [Test]
    public void Messages_written_out_of_order_come_back_in_time_order()
    {
        var day = export.Days(Channel("broken")).Single(day => day.Date == new DateOnly(2026, 3, 5));

        Assert.That(day.Messages.Select(message => message.Text), Is.EqualTo(new[] { "first", "second", "third" }));
    }

    [Test]
    public void A_byte_order_mark_and_a_trailing_comma_do_not_stop_a_file_being_read()
    {
        var day = export.Days(Channel("broken")).Single(day => day.Date == new DateOnly(2026, 3, 6));

        Assert.Multiple(() =>
        {
            Assert.That(day.Messages.Single().Text, Is.EqualTo("a file with a byte-order mark"));
            Assert.That(ReasonsFor(day.Path), Is.Empty);
        });
    }

    [Test]
    public void Days_are_read_one_at_a_time_so_problems_appear_as_the_reading_reaches_them()
    {
        using var days = export.Days(Channel("broken")).GetEnumerator();

        Assert.That(days.MoveNext(), Is.True);
        var afterFirstDay = ReasonsFor("broken/2026-03-02.json");
        Assert.That(days.MoveNext(), Is.True);

        Assert.Multiple(() =>
        {
            Assert.That(days.Current.Date, Is.EqualTo(new DateOnly(2026, 3, 4)));
            Assert.That(afterFirstDay, Is.Empty, "the second file has not been opened yet");
            Assert.That(ReasonsFor("broken/2026-03-02.json"), Has.Count.EqualTo(1));
            Assert.That(ReasonsFor("broken/2026-03-05.json"), Is.Empty, "nor has the fifth");
        });
    }

    [Test]
    public void Reading_a_channel_twice_reports_each_problem_once()
    {
        _ = export.Days(Channel("broken")).ToList();
        var once = export.Problems.Count;
        _ = export.Days(Channel("broken")).ToList();

        Assert.That(export.Problems, Has.Count.EqualTo(once));
    }

    [Test]
    public void Problems_can_be_enumerated_while_more_days_are_read()
    {
        var problems = export.Problems;
        var seen = new List<ExportProblem>();

        foreach (var problem in problems)
        {
            seen.Add(problem);
            _ = export.Days(Channel("broken")).ToList();
        }

        Assert.That(export.Problems, Has.Count.GreaterThan(seen.Count));
    }

    [Test]
    public void A_missing_path_is_not_an_export()
    {
        var path = Fixtures.Path("Import/no-such-export");

        Assert.That(() => SlackExport.Open(path),
            Throws.TypeOf<ExportException>().With.Message.EqualTo($"There is no Slack export at '{path}': no such folder or file."));
    }

    [Test]
    public void A_folder_without_channels_json_is_not_an_export_and_the_message_says_what_to_point_at()
    {
        var path = Fixtures.Path("Import/no-channels-export");

        Assert.That(() => SlackExport.Open(path), Throws.TypeOf<ExportException>().With.Message.EqualTo(
            $"'{path}' is not a Slack export: it has no channels.json. "
            + "Point at the folder or .zip that holds channels.json, users.json and one folder per channel."));
    }

    [Test]
    public void A_channels_json_that_is_not_a_list_makes_the_export_unreadable()
    {
        var path = Fixtures.Path("Import/channels-not-a-list-export");

        Assert.That(() => SlackExport.Open(path), Throws.TypeOf<ExportException>().With.Message.EqualTo(
            $"The Slack export '{path}' cannot be read: channels.json is not a list of entries (it holds an object where a JSON array was expected)."));
    }

    [Test]
    public void A_file_that_is_not_a_zip_is_not_an_export()
    {
        var path = Fixtures.Path("Import/malformed-export/broken/channel-notes.txt");

        Assert.That(() => SlackExport.Open(path),
            Throws.TypeOf<ExportException>().With.Message.EqualTo($"'{path}' is not a Slack export: it is a file but not a .zip archive."));
    }

    [Test]
    public void An_export_without_users_json_is_read_with_a_problem_noted()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("channels.json"), """[{"id": "C1", "name": "general"}]""");

        using var bare = SlackExport.Open(folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(bare.Channels, Has.Count.EqualTo(1));
            Assert.That(bare.Users, Is.Empty);
            Assert.That(bare.Problems, Is.EqualTo(new[] { new ExportProblem("users.json", "the file is missing; people will be known by their ids only") }));
        });
    }

    private ExportChannel Channel(string name) => export.Channels.Single(channel => channel.Name == name);

    private List<string> ReasonsFor(string path) =>
        [.. export.Problems.Where(problem => problem.Path == path).Select(problem => problem.Reason)];
}
