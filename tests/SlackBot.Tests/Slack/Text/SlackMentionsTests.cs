using SlackBot.Slack.Text;

namespace SlackBot.Tests.Slack.Text;

public sealed class SlackMentionsTests
{
    [Test]
    public void The_users_a_message_mentions_come_once_each_in_order() =>
        Assert.That(SlackMentions.UsersIn("<@U2> and <@W0ENTERPRISE|grid> then <@U1> and <@U2> again"), Is.EqualTo(new[] { "U2", "W0ENTERPRISE", "U1" }));

    [TestCase("&lt;@U1&gt; typed by hand")]
    [TestCase("<#C123|general> <!here> <!subteam^S1|@oncall> <https://x.example/@U1>")]
    [TestCase("<@B0BOT|a bot> <@u1> <@U1 >")]
    [TestCase("mail ana@U1.example")]
    public void Only_real_user_mentions_count(string mrkdwn) =>
        Assert.That(SlackMentions.UsersIn(mrkdwn), Is.Empty);

    [TestCase("U024BE7LH", true)]
    [TestCase("W0ENTERPRISE", true)]
    [TestCase("U1", true)]
    [TestCase("C024BE7LR", false)]
    [TestCase("u024be7lh", false)]
    [TestCase("U024BE7LH>", false)]
    [TestCase("U024BE7LH|x", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void A_user_id_is_U_or_W_and_upper_case_letters_and_digits(string? id, bool isUserId) =>
        Assert.That(SlackMentions.IsUserId(id), Is.EqualTo(isUserId));

    [Test]
    public void Names_go_in_for_the_ids_a_plain_reading_still_shows()
    {
        const string Mrkdwn = "handing over to <@U06SAM000W> and <@U06JUNE00K|june>, cc <@U1>";
        var plain = SlackText.ToPlain(Mrkdwn);
        var names = new Dictionary<string, string> { ["U06SAM000W"] = "sam w", ["U06JUNE00K"] = "June K" };

        Assert.Multiple(() =>
        {
            Assert.That(plain, Is.EqualTo("handing over to @U06SAM000W and @june, cc @U1"));
            Assert.That(SlackMentions.UsersShownById(plain, Mrkdwn), Is.EqualTo(new[] { "U06SAM000W", "U1" }), "june is already named by her label");
            Assert.That(SlackMentions.NameUsers(plain, Mrkdwn, names.GetValueOrDefault), Is.EqualTo("handing over to @sam w and @june, cc @U1"), "no name, no change");
        });
    }

    [Test]
    public void Naming_touches_only_whole_ids_the_message_mentions()
    {
        const string Mrkdwn = "<@U1> and <@U12>";
        var names = new Dictionary<string, string> { ["U1"] = "one" };

        Assert.Multiple(() =>
        {
            Assert.That(SlackMentions.NameUsers("@U1 and @U12 and @U1s", Mrkdwn, names.GetValueOrDefault), Is.EqualTo("@one and @U12 and @ones"));
            Assert.That(SlackMentions.NameUsers("@U1 typed by hand", "@U1 typed by hand", names.GetValueOrDefault), Is.EqualTo("@U1 typed by hand"), "not a mention in the message");
        });
    }
}
