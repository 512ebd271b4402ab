using SlackBot.Slack.Blocks;

namespace SlackBot.Tests.Slack.Blocks;

public class ViewMetadataTests
{
    [Test]
    public void The_channel_and_value_survive_the_round_trip_through_slack()
    {
        var written = new ViewMetadata("C0INC1", "q:C0INC1:1700000000.000100").Serialize();

        Assert.Multiple(() =>
        {
            Assert.That(ViewMetadata.Parse(written), Is.EqualTo(new ViewMetadata("C0INC1", "q:C0INC1:1700000000.000100")));
            Assert.That(ViewMetadata.Parse(new ViewMetadata(null, "v").Serialize()), Is.EqualTo(new ViewMetadata(null, "v")));
        });
    }

    [TestCase("q:C0INC1:1700000000.000100", "q:C0INC1:1700000000.000100")]
    [TestCase("This is for you!", "This is for you!")]
    [TestCase("{\"moment\":\"m-17\"}", "{\"moment\":\"m-17\"}")]
    [TestCase("{not json", "{not json")]
    [TestCase("", "")]
    [TestCase(null, "")]
    public void Metadata_in_another_shape_is_a_value_without_a_channel(string? privateMetadata, string value) =>
        Assert.That(ViewMetadata.Parse(privateMetadata), Is.EqualTo(new ViewMetadata(null, value)));
}
