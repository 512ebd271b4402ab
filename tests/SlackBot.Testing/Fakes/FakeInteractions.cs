using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace SlackBot.Testing.Fakes;

/// <summary>The short-lived handles Slack gives an app with each command or interaction (trigger_id, response_url),
/// what the app did with them, and the views (modals, Home tabs) it opened or published.</summary>
internal sealed class FakeInteractions(TimeProvider clock, TimeSpan triggerLifetime)
{
    /// <summary>"The URL is usable up to 5 times within 30 minutes of the action invocation."</summary>
    public const int ResponseUrlUses = 5;

    public static readonly TimeSpan ResponseUrlLifetime = TimeSpan.FromMinutes(30);

    private readonly Lock gate = new();
    private readonly Dictionary<string, IssuedTrigger> triggers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IssuedResponseUrl> responseUrls = new(StringComparer.Ordinal);
    private readonly List<ResponseUrlPost> responsePosts = [];
    private readonly List<FakeView> openedViews = [];
    private readonly Dictionary<string, FakeView> publishedViews = new(StringComparer.Ordinal);
    private int triggerCount;
    private int viewCount;

    public string IssueTrigger(string? userId)
    {
        lock (gate)
        {
            triggerCount++;
            var id = $"{triggerCount}.{1000000 + triggerCount}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";
            triggers[id] = new IssuedTrigger(userId, clock.GetUtcNow(), Used: false);
            return id;
        }
    }

    /// <summary>Accepts a trigger_id a test wrote into a payload itself, so views.open will honour it.</summary>
    public void RegisterTrigger(string triggerId, string? userId)
    {
        lock (gate)
        {
            triggers.TryAdd(triggerId, new IssuedTrigger(userId, clock.GetUtcNow(), Used: false));
        }
    }

    /// <summary>Spends a trigger; returns the Slack error when it cannot be used, else null and the user it was issued for.</summary>
    public string? RedeemTrigger(string triggerId, out string? userId)
    {
        lock (gate)
        {
            userId = null;
            if (!triggers.TryGetValue(triggerId, out var trigger))
            {
                return "invalid_trigger_id";
            }

            if (trigger.Used)
            {
                return "exchanged_trigger_id";
            }

            if (clock.GetUtcNow() - trigger.IssuedAt > triggerLifetime)
            {
                return "expired_trigger_id";
            }

            triggers[triggerId] = trigger with { Used = true };
            userId = trigger.UserId;
            return null;
        }
    }

    public string IssueResponseUrlId()
    {
        lock (gate)
        {
            var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
            responseUrls[id] = new IssuedResponseUrl(clock.GetUtcNow(), Uses: 0);
            return id;
        }
    }

    /// <summary>Records a POST to a response_url and decides its HTTP status: 404 for an unknown, used-up or expired URL.</summary>
    public (int Status, string? Error) RecordResponsePost(string id, JsonObject? body, string rawBody, string? contentType)
    {
        lock (gate)
        {
            var now = clock.GetUtcNow();
            (int Status, string? Error) outcome;
            if (!responseUrls.TryGetValue(id, out var issued))
            {
                outcome = (404, "invalid_url");
            }
            else if (now - issued.IssuedAt > ResponseUrlLifetime)
            {
                outcome = (404, "expired_url");
            }
            else if (issued.Uses >= ResponseUrlUses)
            {
                outcome = (404, "used_url");
            }
            else if (body is null)
            {
                outcome = (400, "invalid_payload");
            }
            else
            {
                responseUrls[id] = issued with { Uses = issued.Uses + 1 };
                outcome = (200, null);
            }

            responsePosts.Add(new ResponseUrlPost(id, body, rawBody, contentType, now, outcome.Status));
            return outcome;
        }
    }

    public IReadOnlyList<ResponseUrlPost> ResponsePosts()
    {
        lock (gate)
        {
            return [.. responsePosts];
        }
    }

    public string NextViewId()
    {
        lock (gate)
        {
            viewCount++;
            return $"V0FAKE{viewCount:D5}";
        }
    }

    public void AddOpenedView(FakeView view)
    {
        lock (gate)
        {
            openedViews.Add(view);
        }
    }

    public FakeView? FindView(string? viewId, string? externalId)
    {
        lock (gate)
        {
            return openedViews.Concat(publishedViews.Values).LastOrDefault(view =>
                (viewId is not null && view.Id == viewId) || (externalId is not null && view.ExternalId == externalId));
        }
    }

    public FakeView? PublishedFor(string userId)
    {
        lock (gate)
        {
            return publishedViews.GetValueOrDefault(userId);
        }
    }

    public void SetPublished(string userId, FakeView view)
    {
        lock (gate)
        {
            publishedViews[userId] = view;
        }
    }

    /// <summary>Replaces a stored view (found by id) with its updated version, wherever it lives.</summary>
    public void ReplaceView(FakeView updated)
    {
        lock (gate)
        {
            var index = openedViews.FindIndex(view => view.Id == updated.Id);
            if (index >= 0)
            {
                openedViews[index] = updated;
            }

            foreach (var (user, view) in publishedViews.ToList())
            {
                if (view.Id == updated.Id)
                {
                    publishedViews[user] = updated;
                }
            }
        }
    }

    public IReadOnlyList<FakeView> OpenedViews()
    {
        lock (gate)
        {
            return [.. openedViews];
        }
    }

    public IReadOnlyDictionary<string, FakeView> PublishedViews()
    {
        lock (gate)
        {
            return new Dictionary<string, FakeView>(publishedViews, StringComparer.Ordinal);
        }
    }

    private sealed record IssuedTrigger(string? UserId, DateTimeOffset IssuedAt, bool Used);

    private sealed record IssuedResponseUrl(DateTimeOffset IssuedAt, int Uses);
}
