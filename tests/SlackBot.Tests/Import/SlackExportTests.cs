using SlackBot.Features.Import.Export;

namespace SlackBot.Tests.Import;

/// <summary>Reading a small, well-formed folder export shaped like real ones (Fixtures/Import/basic-export).</summary>
public sealed class SlackExportTests
{
    private SlackExport export = null!;

    [SetUp]
    public void OpenExport() => export = SlackExport.Open(Fixtures.Path("Import/basic-export"));

    [TearDown]
    public void CloseExport() => export.Dispose();

    [Test]
    public void A_well_formed_export_reads_without_problems()
    {
        foreach (var channel in export.Channels) _ = export.Days(channel).ToList();

        Assert.That(export.Problems, Is.Empty);
    }

    [Test]
    public void Public_channels_come_first_then_private_ones_from_groups_json()
    {
        Assert.That(
            export.Channels.Select(channel => (channel.Name, channel.IsPrivate)),
            Is.EqualTo(new[] { ("inc-payments-timeout", false), ("general", false), ("ops-private", true) }));
    }

    [Test]
    public void Channel_fields_are_read_whether_numbers_are_quoted_or_not()
    {
        var incident = export.Channels[0];
        var general = export.Channels[1];

        Assert.Multiple(() =>
        {
            Assert.That(incident.Id, Is.EqualTo("C0INCPAY01"));
            Assert.That(incident.Created, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1772441000)));
            Assert.That(incident.Topic, Is.EqualTo("Card payments timing out at the PSP"));
            Assert.That(incident.Purpose, Is.Null, "an empty purpose is no purpose");
            Assert.That(incident.IsArchived, Is.False);
            Assert.That(general.Created, Is.EqualTo(DateTimeOffset.FromUnixTimeSeconds(1600000000)));
            Assert.That(general.IsArchived, Is.True);
            Assert.That(general.Topic, Is.Null);
            Assert.That(general.Purpose, Is.EqualTo("Company-wide chatter"));
        });
    }

    [Test]
    public void Users_carry_names_time_zones_and_flags()
    {
        Assert.Multiple(() =>
        {
            Assert.That(export.Users.Select(user => user.Id), Is.EqualTo(new[] { "U0ALICE001", "U0BRUNO002", "U0CHLOE003", "U0PAGERBOT" }));
            Assert.That(export.User("U0ALICE001"), Is.EqualTo(new ExportUser("U0ALICE001", "alice", "Alice Martin", "alice.m", IsBot: false, Deleted: false, "Europe/Paris")));
            Assert.That(export.User("U0PAGERBOT")!.IsBot, Is.True);
            Assert.That(export.User("U0CHLOE003")!.Deleted, Is.True);
            Assert.That(export.User("U0NOBODY00"), Is.Null);
        });
    }

    [TestCase("U0ALICE001", "alice.m", Description = "display name wins")]
    [TestCase("U0BRUNO002", "Bruno Costa", Description = "blank display name falls back to the profile's real name")]
    [TestCase("U0CHLOE003", "chloe", Description = "no names at all falls back to the handle")]
    public void A_user_is_labelled_by_the_best_name_they_have(string id, string label)
    {
        Assert.That(export.User(id)!.Label, Is.EqualTo(label));
    }

    [Test]
    public void Days_come_oldest_first_with_their_paths()
    {
        var days = export.Days(export.Channels[0]).ToList();

        Assert.That(
            days.Select(day => (day.Date, day.Path, day.Messages.Count)),
            Is.EqualTo(new[]
            {
                (new DateOnly(2026, 3, 2), "inc-payments-timeout/2026-03-02.json", 8),
                (new DateOnly(2026, 3, 3), "inc-payments-timeout/2026-03-03.json", 2),
            }));
    }

    [Test]
    public void A_private_channel_is_read_from_its_folder_like_a_public_one()
    {
        var day = export.Days(export.Channels.Single(channel => channel.IsPrivate)).Single();

        Assert.That(day.Messages.Single().Text, Does.StartWith("Rotating the PSP credentials"));
    }

    [Test]
    public void A_channel_without_a_folder_has_no_days()
    {
        var unknown = new ExportChannel("C0NOTHERE1", "not-in-this-export", false, false, null, null, null);

        Assert.Multiple(() =>
        {
            Assert.That(export.Days(unknown), Is.Empty);
            Assert.That(export.Problems, Is.Empty);
        });
    }

    [Test]
    public void A_thread_parent_carries_its_reply_count_even_when_written_as_a_string()
    {
        var parent = Message("1772442060.000200");

        Assert.Multiple(() =>
        {
            Assert.That(parent.ThreadTs, Is.EqualTo(parent.Ts));
            Assert.That(parent.ReplyCount, Is.EqualTo(2));
            Assert.That(parent.IsThreadParent, Is.True);
            Assert.That(parent.IsThreadReply, Is.False);
        });
    }

    [Test]
    public void Replies_point_at_their_parent_and_its_author()
    {
        var reply = Message("1772442120.000300");
        var broadcast = Message("1772442300.000500");

        Assert.Multiple(() =>
        {
            Assert.That((reply.ThreadTs, reply.ParentUserId, reply.IsThreadReply), Is.EqualTo(("1772442060.000200", "U0ALICE001", true)));
            Assert.That((broadcast.Subtype, broadcast.ThreadTs, broadcast.IsThreadReply), Is.EqualTo(("thread_broadcast", "1772442060.000200", true)));
        });
    }

    [Test]
    public void A_legacy_bot_message_is_named_by_its_username()
    {
        var message = Message("1772442180.000400");

        Assert.That((message.Subtype, message.BotId, message.BotName, message.User), Is.EqualTo(("bot_message", "B0LEGACY01", "incident-hook", (string?)null)));
    }

    [Test]
    public void A_modern_app_message_has_a_user_a_bot_id_and_a_bot_profile_name()
    {
        var message = Message("1772442240.000450");

        Assert.That((message.Subtype, message.BotId, message.BotName, message.User), Is.EqualTo(((string?)null, "B0PAGERBOT", "pagerbot", "U0PAGERBOT")));
    }

    [Test]
    public void Reactions_keep_the_count_as_the_total_even_when_the_user_list_is_shorter()
    {
        var message = Message("1772442360.000600");

        Assert.Multiple(() =>
        {
            Assert.That(message.Reactions.Select(reaction => (reaction.Name, reaction.Count)), Is.EqualTo(new[] { ("bulb", 2), ("+1", 7) }));
            Assert.That(message.Reactions[0].Users, Is.EqualTo(new[] { "U0ALICE001", "U0CHLOE003" }));
            Assert.That(Message("1772442060.000200").Reactions.Single(), Has.Property(nameof(ExportReaction.Count)).EqualTo(1));
        });
    }

    [Test]
    public void Shared_files_keep_their_identity_including_files_hidden_by_a_plan_limit()
    {
        var message = Message("1772442360.000600");

        Assert.That(message.Files, Is.EqualTo(new[] { new ExportFile("F0HEAPGRAPH", "heap.png", "Heap graph"), new ExportFile("F0HIDDEN01", null, null) }));
    }

    [Test]
    public void Edited_messages_say_so()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Message("1772442120.000300").Edited, Is.True);
            Assert.That(Message("1772442060.000200").Edited, Is.False);
        });
    }

    [Test]
    public void Missing_optional_fields_become_empty_values()
    {
        var message = Message("1772442420.000700");

        Assert.Multiple(() =>
        {
            Assert.That(message.Reactions, Is.Empty);
            Assert.That(message.Files, Is.Empty);
            Assert.That(message.ThreadTs, Is.Null);
            Assert.That(message.ReplyCount, Is.Zero);
            Assert.That(message.BotName, Is.Null);
        });
    }

    [TestCase("1772442000.000100", false, Description = "channel_join")]
    [TestCase("1772442060.000200", true, Description = "plain message, thread parent")]
    [TestCase("1772442120.000300", true, Description = "plain thread reply")]
    [TestCase("1772442180.000400", false, Description = "legacy bot_message")]
    [TestCase("1772442240.000450", false, Description = "modern app message: no subtype, but a bot_id")]
    [TestCase("1772442300.000500", true, Description = "thread_broadcast")]
    [TestCase("1772442360.000600", true, Description = "file_share")]
    [TestCase("1772442420.000700", true, Description = "me_message")]
    public void Only_what_people_typed_counts_as_from_a_human(string ts, bool fromHuman)
    {
        Assert.That(Message(ts).IsFromHuman, Is.EqualTo(fromHuman));
    }

    [Test]
    public void A_message_knows_when_it_was_posted()
    {
        Assert.That(Message("1772442060.000200").Time, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 9, 1, 0, TimeSpan.Zero).AddTicks(200 * TimeSpan.TicksPerMicrosecond)));
    }

    [Test]
    public void Days_cannot_be_read_after_the_export_is_disposed()
    {
        export.Dispose();

        Assert.That(() => export.Days(export.Channels[0]), Throws.TypeOf<ObjectDisposedException>());
    }

    /// <summary>A message of the incident channel (a ts is only unique within its channel).</summary>
    private ExportMessage Message(string ts) =>
        export.Days(export.Channels[0]).SelectMany(day => day.Messages).Single(message => message.Ts == ts);
}
