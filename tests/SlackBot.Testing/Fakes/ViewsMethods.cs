using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>views.open (needs a live trigger_id), views.publish (Home tab, per user) and views.update (by id or
/// external_id, optionally guarded by hash).</summary>
internal static class ViewsMethods
{
    private const int MaxBlocks = 100;
    private const int MaxPrivateMetadata = 3000;

    public static JsonObject Open(WebApiCall call)
    {
        var args = call.Args;
        var triggerId = args.NonEmpty("trigger_id") ?? args.NonEmpty("interactivity_pointer")
            ?? throw new WebApiError("invalid_arguments", "[ERROR] missing required field: trigger_id");
        var input = ValidView(args, "modal");
        if (call.Context.Interactions.RedeemTrigger(triggerId, out var userId) is { } triggerError)
        {
            throw new WebApiError(triggerError);
        }

        var view = Build(call, input, call.Context.Interactions.NextViewId(), userId, triggerId);
        call.Context.Interactions.AddOpenedView(view);
        return Answer(view);
    }

    public static JsonObject Publish(WebApiCall call)
    {
        var args = call.Args;
        var userId = args.Required("user_id");
        var input = ValidView(args, "home");
        if (call.Workspace.FindUser(userId) is null)
        {
            throw new WebApiError("user_not_found");
        }

        var interactions = call.Context.Interactions;
        var current = interactions.PublishedFor(userId);
        CheckHash(args, current);
        var view = Build(call, input, current?.Id ?? interactions.NextViewId(), userId, triggerId: null);
        interactions.SetPublished(userId, view);
        return Answer(view);
    }

    public static JsonObject Update(WebApiCall call)
    {
        var args = call.Args;
        var viewId = args.NonEmpty("view_id");
        var externalId = args.NonEmpty("external_id");
        if (viewId is null && externalId is null)
        {
            throw new WebApiError("invalid_arguments", "[ERROR] missing required field: view_id or external_id");
        }

        var interactions = call.Context.Interactions;
        var current = interactions.FindView(viewId, externalId) ?? throw new WebApiError("not_found");
        var input = ValidView(args, current.Type);
        CheckHash(args, current);
        var view = Build(call, input, current.Id, current.UserId, current.TriggerId);
        interactions.ReplaceView(view);
        return Answer(view);
    }

    private static JsonObject ValidView(WebApiArgs args, string expectedType)
    {
        var view = args.Object("view", "invalid_arguments") ?? throw WebApiError.MissingArgument("view");
        var type = view["type"]?.GetValue<string>();
        if (type != expectedType)
        {
            throw new WebApiError("invalid_arguments", $"[ERROR] view type must be {expectedType}");
        }

        var blocks = view["blocks"] as JsonArray ?? throw new WebApiError("invalid_arguments", "[ERROR] missing required field: blocks");
        if (blocks.Count > MaxBlocks || blocks.Any(block => block is not JsonObject obj || obj["type"] is null))
        {
            throw new WebApiError("invalid_arguments", "[ERROR] invalid blocks");
        }

        if (type == "modal")
        {
            if (view["title"] is not JsonObject)
            {
                throw new WebApiError("invalid_arguments", "[ERROR] missing required field: title");
            }

            if (view["submit"] is null && blocks.Any(block => block?["type"]?.GetValue<string>() == "input"))
            {
                throw new WebApiError("invalid_arguments", "[ERROR] a view with input blocks needs a submit button");
            }
        }

        if (view["private_metadata"]?.GetValue<string>() is { Length: > MaxPrivateMetadata })
        {
            throw new WebApiError("invalid_arguments", "[ERROR] private_metadata is longer than 3000 characters");
        }

        return view;
    }

    private static void CheckHash(WebApiArgs args, FakeView? current)
    {
        var hash = args.NonEmpty("hash");
        if (hash is not null && current is not null && hash != current.Hash)
        {
            throw new WebApiError("hash_conflict");
        }
    }

    private static FakeView Build(WebApiCall call, JsonObject input, string id, string? userId, string? triggerId)
    {
        var identity = call.Identity;
        var now = call.Context.Clock.GetUtcNow();
        var hash = string.Create(CultureInfo.InvariantCulture,
            $"{now.ToUnixTimeSeconds()}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        var externalId = input["external_id"]?.GetValue<string>() ?? "";
        var type = input["type"]!.GetValue<string>();
        var view = new JsonObject
        {
            ["id"] = id,
            ["team_id"] = identity.TeamId,
            ["type"] = type,
            ["blocks"] = input["blocks"]!.DeepClone(),
            ["private_metadata"] = input["private_metadata"]?.GetValue<string>() ?? "",
            ["callback_id"] = input["callback_id"]?.GetValue<string>() ?? "",
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["hash"] = hash,
            ["title"] = input["title"]?.DeepClone(),
            ["clear_on_close"] = input["clear_on_close"]?.GetValue<bool>() ?? false,
            ["notify_on_close"] = input["notify_on_close"]?.GetValue<bool>() ?? false,
            ["close"] = input["close"]?.DeepClone(),
            ["submit"] = input["submit"]?.DeepClone(),
            ["previous_view_id"] = null,
            ["root_view_id"] = id,
            ["app_id"] = identity.AppId,
            ["external_id"] = externalId,
            ["app_installed_team_id"] = identity.TeamId,
            ["bot_id"] = identity.BotId,
        };
        return new FakeView(id, type, userId, triggerId, hash, externalId.Length > 0 ? externalId : null, view, now);
    }

    private static JsonObject Answer(FakeView view)
    {
        var result = WebApiCall.Ok();
        result["view"] = view.View.DeepClone();
        return result;
    }
}
