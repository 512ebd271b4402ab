using SlackBot.Slack.Api;

namespace SlackBot.Tests.Slack.Api;

public sealed class SlackPaginationTests
{
    public static IEnumerable<TestCaseData> LastPageMarkers()
    {
        yield return new TestCaseData((string?)null).SetArgDisplayNames("null");
        yield return new TestCaseData("").SetArgDisplayNames("empty");
    }

    [TestCaseSource(nameof(LastPageMarkers))]
    public async Task Reading_stops_on_an_empty_or_missing_next_cursor(string? lastCursor)
    {
        var pages = new Dictionary<string, (IReadOnlyList<int>, string?)>
        {
            [""] = ([1, 2], "page2="),
            ["page2="] = ([3], "page3="),
            ["page3="] = ([4, 5], lastCursor),
        };
        var asked = new List<string?>();

        var items = await ToListAsync(SlackPagination.ReadAllAsync<int>((cursor, _) =>
        {
            asked.Add(cursor);
            return Task.FromResult(pages[cursor ?? ""]);
        }));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(items, Is.EqualTo(new[] { 1, 2, 3, 4, 5 }));
            Assert.That(asked, Is.EqualTo(new[] { null, "page2=", "page3=" }));
        }
    }

    [Test]
    public async Task A_cursor_slack_repeats_ends_the_walk_instead_of_looping()
    {
        var calls = 0;

        var items = await ToListAsync(SlackPagination.ReadAllAsync<int>((_, _) =>
        {
            calls++;
            return Task.FromResult<(IReadOnlyList<int>, string?)>(([calls], "same="));
        }));

        Assert.That(items, Is.EqualTo(new[] { 1, 2 }));
    }

    [Test]
    public async Task Pages_are_fetched_only_as_items_are_consumed()
    {
        var calls = 0;
        var all = SlackPagination.ReadAllAsync<int>((cursor, _) =>
        {
            calls++;
            return Task.FromResult<(IReadOnlyList<int>, string?)>(([calls], $"next{calls}="));
        });

        await foreach (var item in all)
        {
            if (item == 2)
            {
                break;
            }
        }

        Assert.That(calls, Is.EqualTo(2));
    }

    [Test]
    public async Task Whole_history_follows_encoded_cursors_until_the_last_page()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.AnswerInOrder(
            () => ApiFixtures.Answer("conversations.history.ok.json"),
            () => ApiFixtures.Answer("conversations.history.last_page.json"));

        var messages = await harness.FinishAsync(ToListAsync(harness.Api.ReadAllHistoryAsync(new() { Channel = "C1", Limit = 2 })));

        var queries = harness.Slack.Requests.Select(r => r.Uri.Query).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages.Select(m => m.Ts), Is.EqualTo(new[] { "1512085950.000216", "1512085861.000054", "1512085700.000010" }));
            Assert.That(queries, Is.EqualTo(new[]
            {
                "?channel=C1&limit=2",
                "?channel=C1&cursor=bmV4dF90czoxNTEyMDg1ODYxMDAwNTQz&limit=2",
            }));
        }
    }

    [Test]
    public async Task Cursors_ending_in_equals_signs_are_sent_percent_encoded()
    {
        using var harness = new SlackApiHarness();
        harness.Slack.AnswerInOrder(
            () => ApiFixtures.Json("""{"ok":true,"messages":[{"ts":"2.0"}],"has_more":true,"response_metadata":{"next_cursor":"dXNlcjpVMDYxTkZUVDI="}}"""),
            () => ApiFixtures.Json("""{"ok":true,"messages":[{"ts":"1.0"}],"has_more":false}"""));

        var messages = await harness.FinishAsync(ToListAsync(harness.Api.ReadAllRepliesAsync(new() { Channel = "C1", Ts = "2.0" })));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(messages, Has.Count.EqualTo(2));
            Assert.That(harness.Slack.Requests[1].Uri.Query, Does.Contain("cursor=dXNlcjpVMDYxTkZUVDI%3D"));
            Assert.That(harness.Slack.Requests, Has.Count.EqualTo(2), "an absent response_metadata ends the thread");
        }
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
