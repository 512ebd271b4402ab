using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SlackBot.Testing.Fakes;

/// <summary>reactions.add, as the bot user.</summary>
internal static partial class ReactionsMethods
{
    public static JsonObject Add(WebApiCall call)
    {
        var args = call.Args;
        var channelId = args.NonEmpty("channel");
        var ts = args.NonEmpty("timestamp");
        if (channelId is null || ts is null)
        {
            throw new WebApiError("no_item_specified");
        }

        var name = args.NonEmpty("name");
        if (name is null || !EmojiName().IsMatch(name))
        {
            throw new WebApiError("invalid_name");
        }

        var channel = call.Workspace.FindChannel(channelId);
        if (channel is null || (channel.IsPrivate && !channel.BotIsMember))
        {
            throw new WebApiError("channel_not_found");
        }

        if (!channel.BotIsMember)
        {
            throw new WebApiError("not_in_channel");
        }

        if (call.Workspace.FindMessage(channel.Id, ts) is null)
        {
            throw new WebApiError("message_not_found");
        }

        var reaction = new FakeReaction(channel.Id, ts, name, call.Identity.BotUserId, call.Context.Clock.GetUtcNow());
        return call.Workspace.TryAddReaction(reaction) ? WebApiCall.Ok() : throw new WebApiError("already_reacted");
    }

    /// <summary>An emoji name without colons, optionally with a skin tone ("thumbsup::skin-tone-2").</summary>
    [GeneratedRegex("^[a-z0-9_+'-]+(::skin-tone-[2-6])?$")]
    private static partial Regex EmojiName();
}
