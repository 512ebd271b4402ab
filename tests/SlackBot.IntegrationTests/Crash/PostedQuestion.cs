using System.Text.RegularExpressions;
using SlackBot.Features.Questions;

namespace SlackBot.IntegrationTests.Crash;

/// <summary>A question as the fake Slack holds it: the bot's thread reply carrying Answer / Not now / Not relevant
/// buttons whose value is the question id, mentioning the person it asks.</summary>
public sealed partial record PostedQuestion(string Id, string User, string Ts, string ThreadTs, string Text)
{
    public static IEnumerable<PostedQuestion> In(FakeSlack slack, string channel) =>
        slack.Messages(channel)
            .Where(message => message.BotId == slack.BotId && message.ThreadTs is not null && message.Blocks is not null)
            .Select(message => (message, button: message.Blocks!.ToJsonString()))
            .Select(post => (post.message, id: AnswerButtonValue().Match(post.button), user: Mention().Match(post.message.Text)))
            .Where(post => post.id.Success && post.user.Success)
            .Select(post => new PostedQuestion(post.id.Groups[1].Value, post.user.Groups[1].Value, post.message.Ts, post.message.ThreadTs!, post.message.Text));

    [GeneratedRegex("\"action_id\":\"" + QuestionMessages.AnswerAction + "\"[^}]*?\"value\":\"([^\"]+)\"")]
    private static partial Regex AnswerButtonValue();

    [GeneratedRegex(@"<@(U[0-9A-Z]+)>")]
    private static partial Regex Mention();
}
