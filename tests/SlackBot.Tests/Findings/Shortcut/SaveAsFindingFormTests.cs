using SlackBot.Features.Findings;
using SlackBot.Features.Moments;
using SlackBot.Slack.Blocks;

namespace SlackBot.Tests.Findings.Shortcut;

/// <summary>The rules of the <em>Save as finding</em> modal, without Slack: what is refused where, and what is kept.</summary>
public class SaveAsFindingFormTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \n\t ")]
    public void Empty_words_are_refused_next_to_the_text(string? text)
    {
        var (input, errors) = SaveAsFindingForm.Read(text, theme: null);

        Assert.Multiple(() =>
        {
            Assert.That(input, Is.Null);
            Assert.That(errors, Is.EqualTo(new Dictionary<string, string> { [SaveAsFindingModal.TextBlock] = "Write what was learned, or close the window." }));
        });
    }

    [Test]
    public void Words_over_the_inputs_limit_are_refused_with_their_length()
    {
        var (input, errors) = SaveAsFindingForm.Read(new string('x', SaveAsFindingModal.MaxTextLength + 1), theme: null);

        Assert.Multiple(() =>
        {
            Assert.That(input, Is.Null);
            Assert.That(errors![SaveAsFindingModal.TextBlock], Does.Contain("3000").And.Contain("3001"));
        });
    }

    [TestCase("root-cause")]
    [TestCase("Surprises!")]
    public void A_theme_that_is_no_category_is_refused_next_to_the_theme(string theme)
    {
        var (input, errors) = SaveAsFindingForm.Read("the cache warms from the EU pool", theme);

        Assert.Multiple(() =>
        {
            Assert.That(input, Is.Null);
            Assert.That(errors!.Keys, Is.EqualTo(new[] { SaveAsFindingModal.ThemeBlock }));
        });
    }

    [Test]
    public void Both_problems_are_reported_at_once()
    {
        var (_, errors) = SaveAsFindingForm.Read("  ", "root-cause");

        Assert.That(errors!.Keys, Is.EquivalentTo(new[] { SaveAsFindingModal.TextBlock, SaveAsFindingModal.ThemeBlock }));
    }

    [Test]
    public void Valid_words_are_trimmed_and_the_theme_read_by_its_key()
    {
        var exactlyAtTheLimit = new string('y', SaveAsFindingModal.MaxTextLength);

        var (withTheme, noErrors) = SaveAsFindingForm.Read("  drained the pool first \n", MomentCategory.NearMisses.Key());
        var (withoutTheme, _) = SaveAsFindingForm.Read(exactlyAtTheLimit, theme: null);

        Assert.Multiple(() =>
        {
            Assert.That(noErrors, Is.Null);
            Assert.That(withTheme, Is.EqualTo(new SaveAsFindingInput("drained the pool first", MomentCategory.NearMisses)));
            Assert.That(withoutTheme, Is.EqualTo(new SaveAsFindingInput(exactlyAtTheLimit, null)));
        });
    }

    [Test]
    public void A_long_message_is_cut_to_fit_the_input()
    {
        var modal = SaveAsFindingModal.Build(new SavedMessage("C1", "1700000000.000100", "U1", null), new string('z', 5000) + " end", suggested: MomentCategory.Expertise);

        var blocks = modal["blocks"]!.AsArray();
        var text = blocks.Single(block => block!["block_id"]?.GetValue<string>() == SaveAsFindingModal.TextBlock)!["element"]!;
        var theme = blocks.Single(block => block!["block_id"]?.GetValue<string>() == SaveAsFindingModal.ThemeBlock)!["element"]!;
        Assert.Multiple(() =>
        {
            Assert.That(text["initial_value"]!.GetValue<string>(), Has.Length.LessThanOrEqualTo(SaveAsFindingModal.MaxTextLength));
            Assert.That(theme["initial_option"]!["value"]!.GetValue<string>(), Is.EqualTo("expertise"), "the moment's category is suggested");
            Assert.That(modal["private_metadata"]!.GetValue<string>(), Has.Length.LessThanOrEqualTo(3000));
        });
    }

    [Test]
    public void The_saved_message_round_trips_through_private_metadata_and_joins_its_channels_order()
    {
        var message = new SavedMessage("C0INC1", "1700000000.000100", "U0ALICE", "1699999990.000200");

        var metadata = message.Serialize();

        Assert.Multiple(() =>
        {
            Assert.That(SavedMessage.Parse(metadata), Is.EqualTo(message));
            Assert.That(ViewMetadata.Parse(metadata).ChannelId, Is.EqualTo("C0INC1"));
            Assert.That(SavedMessage.Parse("question-42"), Is.Null, "another modal's metadata");
            Assert.That(SavedMessage.Parse(new ViewMetadata("C0INC1", "{\"ts\":\"soon\",\"author\":\"U1\"}").Serialize()), Is.Null, "a ts that is not one");
        });
    }
}
