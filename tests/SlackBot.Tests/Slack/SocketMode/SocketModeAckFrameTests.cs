using System.Text.Json.Nodes;
using SlackBot.Slack.Inbound.SocketMode;

namespace SlackBot.Tests.Slack.SocketMode;

public class SocketModeAckFrameTests
{
    [Test]
    public void A_plain_acknowledgement_is_just_the_envelope_id()
    {
        Assert.That(SocketModeAckFrame.Write("dbdd0ef3-1543-4f94-bfb4-133d0e6c1545", null),
            Is.EqualTo("""{"envelope_id":"dbdd0ef3-1543-4f94-bfb4-133d0e6c1545"}"""));
    }

    [Test]
    public void An_answer_travels_as_the_payload()
    {
        var answer = new JsonObject { ["response_type"] = "ephemeral", ["text"] = "Voilà: nothing learned yet \"so far\"" };

        var ack = JsonNode.Parse(SocketModeAckFrame.Write("1d3c79ab", answer))!.AsObject();

        Assert.Multiple(() =>
        {
            Assert.That(ack["envelope_id"]!.GetValue<string>(), Is.EqualTo("1d3c79ab"));
            Assert.That(ack["payload"]!["response_type"]!.GetValue<string>(), Is.EqualTo("ephemeral"));
            Assert.That(ack["payload"]!["text"]!.GetValue<string>(), Is.EqualTo("Voilà: nothing learned yet \"so far\""));
            Assert.That(ack, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Writing_the_answer_leaves_it_usable()
    {
        var answer = new JsonObject { ["response_action"] = "clear" };

        SocketModeAckFrame.Write("a", answer);

        Assert.That(answer.Parent, Is.Null, "the answer is written, not re-parented");
    }
}
