using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

public sealed class SlackErrorsTests
{
    [TestCase("channel_not_found")]
    [TestCase("not_in_channel")]
    [TestCase("is_archived")]
    [TestCase("msg_too_long")]
    [TestCase("no_text")]
    [TestCase("invalid_blocks")]
    [TestCase("invalid_auth")]
    [TestCase("not_authed")]
    [TestCase("account_inactive")]
    [TestCase("token_revoked")]
    [TestCase("missing_scope")]
    [TestCase("cant_update_message")]
    [TestCase("message_not_found")]
    [TestCase("user_not_found")]
    [TestCase("invalid_arguments")]
    [TestCase("restricted_action")]
    public void Errors_that_repeat_forever_are_permanent(string error)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SlackErrors.IsPermanent(error), Is.True);
            Assert.That(SlackErrors.IsTransient(error), Is.False);
        }
    }

    [TestCase("ratelimited")]
    [TestCase("rate_limited")]
    [TestCase("internal_error")]
    [TestCase("fatal_error")]
    [TestCase("service_unavailable")]
    [TestCase("request_timeout")]
    public void Errors_a_later_attempt_may_get_past_are_transient(string error)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SlackErrors.IsTransient(error), Is.True);
            Assert.That(SlackErrors.IsPermanent(error), Is.False);
        }
    }

    [TestCase("already_reacted")]
    [TestCase("something_new_slack_invented")]
    public void Unclassified_errors_are_neither(string error)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(SlackErrors.IsPermanent(error), Is.False);
            Assert.That(SlackErrors.IsTransient(error), Is.False);
        }
    }
}
