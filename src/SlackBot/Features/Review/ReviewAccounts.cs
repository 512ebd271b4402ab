using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Slack.Api;

namespace SlackBot.Features.Review;

/// <summary>
/// Turns what an incident left behind into people's accounts: each message once (a moment's own message and a reply
/// kept as a finding are one account, tied to the moment), plus findings that were never channel messages (modal
/// answers, notes). An answer is about its moment's time, a thread reply about the time its thread began.
/// </summary>
internal static class ReviewAccounts
{
    public static IReadOnlyList<Account> From(ReviewMaterial material, Func<string, string> nameOf)
    {
        var moments = material.Moments.ToDictionary(moment => moment.Id, StringComparer.Ordinal);
        var accounts = new Dictionary<string, Account>(StringComparer.Ordinal);

        // A reply that declines or points elsewhere ("no, I'd rather talk about it at the review") is no account of what happened.
        foreach (var message in material.Messages.Where(message => message.ThreadTs is null || ReplyReading.Read(message.Text).IsAnswer))
        {
            var momentId = moments.ContainsKey(message.Id) ? message.Id : null;
            accounts[message.Id] = new Account(message.Id, message.UserId, ReviewText.Plain(message.Text, nameOf), message.At, AccountSource.Message)
            {
                MomentId = momentId,
                ThreadKey = ThreadKey(message.ChannelId, message.ThreadTs ?? message.Ts),
                AboutAt = message.ThreadTs is { } root ? SlackTs.ToTime(root) : message.At,
                Permalink = material.PermalinkFor(message.ChannelId, message.Ts),
            };
        }

        // The message log keeps text for the retention period only; moments keep theirs for good.
        foreach (var moment in material.Moments.Where(moment => !accounts.ContainsKey(moment.Id)))
            accounts[moment.Id] = FromMoment(moment, material, nameOf);

        foreach (var finding in material.Findings)
        {
            var moment = finding.MomentId is { } id ? moments.GetValueOrDefault(id) : null;
            var messageKey = finding.ChannelId is { } channel && finding.MessageTs is { } ts ? $"{channel}:{ts}" : null;
            if (messageKey is not null && accounts.TryGetValue(messageKey, out var same))
            {
                accounts[messageKey] = same with
                {
                    MomentId = same.MomentId ?? finding.MomentId,
                    Source = AccountSource.Finding,
                    Permalink = same.Permalink ?? finding.Permalink,
                };
                continue;
            }

            accounts[finding.Id] = new Account(finding.Id, finding.AuthorId, ReviewText.Plain(finding.Text, nameOf), finding.CreatedAt, AccountSource.Finding)
            {
                MomentId = finding.MomentId,
                ThreadKey = moment is not null ? ThreadKey(moment.ChannelId, moment.ThreadRootTs) : null,
                AboutAt = moment?.At ?? finding.CreatedAt,
                Permalink = finding.Permalink,
            };
        }

        return [.. accounts.Values.OrderBy(account => account.SaidAt)];
    }

    private static Account FromMoment(Moment moment, ReviewMaterial material, Func<string, string> nameOf) =>
        new(moment.Id, moment.UserId, ReviewText.Plain(moment.Text, nameOf), moment.At, AccountSource.Message)
        {
            MomentId = moment.Id,
            ThreadKey = ThreadKey(moment.ChannelId, moment.ThreadRootTs),
            AboutAt = moment.ThreadTs is { } root ? SlackTs.ToTime(root) : moment.At,
            Permalink = material.PermalinkFor(moment.ChannelId, moment.Ts),
        };

    private static string ThreadKey(string channelId, string rootTs) => $"{channelId}:{rootTs}";
}
