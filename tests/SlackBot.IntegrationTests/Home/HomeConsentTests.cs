using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Features.Findings;
using SlackBot.Features.Findings.Search;
using SlackBot.Features.Home;
using SlackBot.Features.Questions;
using SlackBot.IntegrationTests.Learning;

namespace SlackBot.IntegrationTests.Home;

/// <summary>
/// App Home as the person's own place: their open questions with the thread's buttons, their findings with Withdraw
/// and "who sees it", refreshed when something of theirs changes; and consent that holds everywhere (store, search,
/// <c>/learn findings</c>, re-reactions, restarts) and only for the author.
/// </summary>
public class HomeConsentTests
{
    private const string Trick = "the trick is to drain the EU pool before restarting the cache, otherwise the warm-up takes twenty minutes";

    private LearningBed _bed = null!;

    [SetUp]
    public async Task SetUp() => _bed = await LearningBed.StartAsync(arrange: slack =>
        slack.SetChannelMembers(LearningBed.IncidentChannel, LearningBed.Alice, LearningBed.Carol));

    [TearDown]
    public async Task TearDown() => await _bed.DisposeAsync();

    [Test]
    public async Task Opening_home_shows_open_questions_with_their_buttons_and_own_findings_and_answering_refreshes_it()
    {
        var (question, finding) = await QuestionAndFindingForAliceAsync();

        var home = await OpenHomeAsync(LearningBed.Alice, view => Withdraw(view, finding) is not null);

        Assert.Multiple(() =>
        {
            Assert.That(home.Type, Is.EqualTo("home"));
            // Both of her messages read as learning moments, so she has two questions.
            Assert.That(Text(home), Does.Contain("Questions for you* (2)"));
            foreach (var action in new[] { QuestionMessages.AnswerAction, QuestionMessages.SnoozeAction, QuestionMessages.DismissAction })
                Assert.That(HomeInteractions.Button(home, action, question.Id), Is.Not.Null, $"{action} under the question, as in its thread");
            var withdraw = Withdraw(home, finding);
            Assert.That(withdraw?["confirm"]?["confirm"]?["text"]?.GetValue<string>(), Is.EqualTo("Withdraw"), "Slack asks before withdrawing");
            var select = HomeInteractions.SelectFor(home, HomeView.VisibilityAction, finding.Id);
            Assert.That(select?["initial_option"]?["text"]?["text"]?.GetValue<string>(), Is.EqualTo("Organisation"));
            Assert.That(Text(home), Does.Contain(LearningBed.IncidentChannelName), "the finding's incident");
            Assert.That(Text(home), Does.Contain("*Active incidents you're in*\nNone right now."), "resolved, so no longer active");
        });

        // Answer from Home: the same listener opens the same modal, though the button sits on a view, not a message.
        var answer = HomeInteractions.Button(home, QuestionMessages.AnswerAction, question.Id)!;
        await SendAsync(HomeInteractions.Press(LearningBed.Alice, home, answer));
        await _bed.Slack.WaitForCallsAsync("views.open", 1, LearningBed.Generous);
        var modal = _bed.Slack.OpenedViews.Single();
        await SendAsync(SlackInteractions.AnswerSubmission(LearningBed.Alice, modal, "I wrote that runbook step after the spring outage."));

        await _bed.Slack.WaitForAsync(slack => HomeInteractions.Button(slack.PublishedViews[LearningBed.Alice], QuestionMessages.AnswerAction, question.Id) is null, LearningBed.Generous);
        var refreshed = _bed.Slack.PublishedViews[LearningBed.Alice];
        Assert.Multiple(() =>
        {
            Assert.That(_bed.Questions.Find(question.Id)!.Status, Is.EqualTo(QuestionStatus.Answered));
            Assert.That(HomeInteractions.Button(refreshed, QuestionMessages.AnswerAction, question.Id), Is.Null, "the answered question left Home");
            Assert.That(Text(refreshed), Does.Contain("I wrote that runbook step"), "the answer is among her findings");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    [Test]
    public async Task Active_incidents_are_those_the_person_posted_in()
    {
        await _bed.StartIncidentAsync();
        await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, "joining, looking at the dashboards");
        await _bed.DrainAsync();

        var alices = await OpenHomeAsync(LearningBed.Alice, _ => true);
        var bobs = await OpenHomeAsync(LearningBed.Bob, _ => true);

        Assert.Multiple(() =>
        {
            Assert.That(Text(alices), Does.Contain($"<#{LearningBed.IncidentChannel}> · #{LearningBed.IncidentChannelName}"));
            Assert.That(Text(bobs), Does.Contain("*Active incidents you're in*\nNone right now."), "Bob took no part");
        });
    }

    [Test]
    public async Task Withdrawing_takes_the_finding_out_of_the_store_findings_search_and_home_and_it_stays_out()
    {
        var (_, finding) = await QuestionAndFindingForAliceAsync();
        var home = await OpenHomeAsync(LearningBed.Alice, view => Withdraw(view, finding) is not null);
        var publishesBefore = _bed.Slack.Calls("views.publish").Count;

        await SendAsync(HomeInteractions.Press(LearningBed.Alice, home, Withdraw(home, finding)!));
        await _bed.Slack.WaitForAsync(slack => slack.Calls("views.publish").Count > publishesBefore &&
            Withdraw(slack.PublishedViews[LearningBed.Alice], finding) is null, LearningBed.Generous);

        await AssertGoneAsync(finding);

        // Someone marks the same message again: the withdrawal holds.
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Carol, "bulb", _bed.Message(LearningBed.IncidentChannel, finding.MessageTs!), _bed.NextEventTs()));
        await _bed.DrainAsync();
        await AssertGoneAsync(finding);

        await _bed.RestartBotAsync();
        await AssertGoneAsync(finding);
        Assert.That(_bed.ListenerErrors(), Is.Empty);
    }

    [Test]
    public async Task Incident_channel_only_hides_the_finding_from_non_members_in_search_and_home()
    {
        var (_, finding) = await QuestionAndFindingForAliceAsync();
        var home = await OpenHomeAsync(LearningBed.Alice, view => Withdraw(view, finding) is not null);
        await OpenHomeAsync(LearningBed.Bob, view => Text(view).Contains("drain the EU pool", StringComparison.Ordinal));  // Bob was asked nothing

        var select = HomeInteractions.SelectFor(home, HomeView.VisibilityAction, finding.Id)!;
        await SendAsync(HomeInteractions.Choose(LearningBed.Alice, home, select, "Incident channel only"));
        await Poll.UntilAsync(() => _bed.Findings.Find(finding.Id)?.Visibility == FindingVisibility.IncidentChannel, LearningBed.Generous, "the finding to be narrowed");
        await _bed.Slack.WaitForAsync(slack => HomeInteractions.SelectFor(slack.PublishedViews[LearningBed.Alice], HomeView.VisibilityAction, finding.Id)?
            ["initial_option"]?["text"]?["text"]?.GetValue<string>() == "Incident channel only", LearningBed.Generous);

        var bob = await SearchAsync("drain pool", LearningBed.Bob);
        var carol = await SearchAsync("drain pool", LearningBed.Carol);
        var bobsHome = await OpenHomeAsync(LearningBed.Bob, view => !Text(view).Contains("drain the EU pool", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(bob, Is.Empty, "Bob is not in the incident channel");
            Assert.That(carol, Is.EqualTo(new[] { finding.Id }), "Carol is");
            Assert.That(Text(bobsHome), Does.Not.Contain("drain the EU pool"), "nor is it among what Bob sees was recently learned");
            Assert.That(Text(_bed.Slack.PublishedViews[LearningBed.Alice]), Does.Contain($"seen by members of <#{LearningBed.IncidentChannel}> only"));
        });
    }

    [Test]
    public async Task An_action_on_someone_elses_finding_is_refused_and_changes_nothing()
    {
        var (_, finding) = await QuestionAndFindingForAliceAsync();
        var bobsHome = await OpenHomeAsync(LearningBed.Bob, _ => true);
        var publishesBefore = _bed.Slack.Calls("views.publish").Count;

        await SendAsync(HomeInteractions.Forged(LearningBed.Bob, bobsHome, new JsonObject
        {
            ["action_id"] = HomeView.WithdrawAction, ["block_id"] = "home_finding_0", ["value"] = finding.Id, ["type"] = "button", ["action_ts"] = "1793890000.000300",
        }));
        await SendAsync(HomeInteractions.Forged(LearningBed.Bob, bobsHome, new JsonObject
        {
            ["action_id"] = HomeView.VisibilityAction, ["block_id"] = "home_finding_0", ["type"] = "static_select", ["action_ts"] = "1793890000.000400",
            ["selected_option"] = new JsonObject { ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "x" }, ["value"] = HomeView.VisibilityValue(FindingVisibility.IncidentChannel, finding.Id) },
        }));
        await _bed.DrainAsync();

        var kept = _bed.Findings.Find(finding.Id);
        var search = _bed.Bot.Services.GetRequiredService<IFindingStore>();
        Assert.Multiple(async () =>
        {
            Assert.That(kept, Is.Not.Null, "not withdrawn");
            Assert.That(kept!.Visibility, Is.EqualTo(FindingVisibility.Organisation), "not narrowed");
            Assert.That(await search.WithdrawalAsync(finding.Id, CancellationToken.None), Is.Null);
            Assert.That(await SearchAsync("drain pool", LearningBed.Bob), Is.EqualTo(new[] { finding.Id }));
            Assert.That(_bed.Slack.Calls("views.publish").Count, Is.EqualTo(publishesBefore), "nothing changed, so nothing is published");
            Assert.That(_bed.ListenerErrors(), Is.Empty);
        });
    }

    /// <summary>
    /// Alice says something that is a learning moment, the incident is resolved and she is asked about it; Bob marks
    /// another message of hers with :bulb:, which becomes her finding.
    /// </summary>
    private async Task<(AskedQuestion Question, Finding Finding)> QuestionAndFindingForAliceAsync()
    {
        await _bed.StartIncidentAsync();
        var moment = await _bed.PostMomentAsync(LearningBed.Alice, "I keep a query in a gist for exactly this, running it against the replicas now");
        var ts = await _bed.Sender.PostUserMessageAsync(LearningBed.IncidentChannel, LearningBed.Alice, Trick);
        await _bed.SendEventAsync(SlackEvents.Reaction("reaction_added", LearningBed.Bob, "bulb", _bed.Message(LearningBed.IncidentChannel, ts), _bed.NextEventTs()));
        var findingId = Finding.IdForMessage(LearningBed.IncidentChannel, ts);
        await Poll.UntilAsync(() => _bed.Findings.Find(findingId) is not null, LearningBed.Generous, "the :bulb: finding");
        await _bed.LearnAsync("resolve", LearningBed.Carol, LearningBed.IncidentChannel);
        var question = await _bed.WaitForPostedQuestionAsync(moment);
        return (question, _bed.Findings.Find(findingId)!);
    }

    /// <summary>The person opens the Home tab; returns the first published view that satisfies <paramref name="ready"/>.</summary>
    private async Task<FakeView> OpenHomeAsync(string user, Func<FakeView, bool> ready)
    {
        await _bed.SendEventAsync(new JsonObject
        {
            ["type"] = "app_home_opened", ["user"] = user, ["channel"] = "D" + user[1..], ["tab"] = "home", ["event_ts"] = _bed.NextEventTs(),
        });
        await _bed.Slack.WaitForAsync(slack => slack.PublishedViews.TryGetValue(user, out var view) && ready(view), LearningBed.Generous);
        return _bed.Slack.PublishedViews[user];
    }

    private async Task AssertGoneAsync(Finding finding)
    {
        var findings = await _bed.LearnAsync("findings", LearningBed.Carol, LearningBed.IncidentChannel);
        var store = _bed.Bot.Services.GetRequiredService<IFindingStore>();
        Assert.Multiple(async () =>
        {
            Assert.That(_bed.Findings.Find(finding.Id), Is.Null, "gone from the store");
            Assert.That(await store.WithdrawalAsync(finding.Id, CancellationToken.None), Is.Not.Null, "and remembered as withdrawn");
            Assert.That(BlockText.Of(findings["blocks"]) + findings["text"], Does.Not.Contain("drain the EU pool"), "/learn findings");
            Assert.That(await SearchAsync("drain pool", LearningBed.Alice), Is.Empty, "search, even for its author");
        });
    }

    private async Task<IReadOnlyList<string>> SearchAsync(string terms, string user)
    {
        var search = _bed.Bot.Services.GetRequiredService<IFindingSearch>();
        var visibility = _bed.Bot.Services.GetRequiredService<MemberVisibility>().For(user);
        var results = await search.SearchAsync(new SearchQuery(terms, visibility), CancellationToken.None).WaitAsync(LearningBed.Generous);
        return results.Hits.Select(hit => hit.FindingId).ToList();
    }

    private async Task SendAsync(JsonObject payload)
    {
        using var response = await _bed.Sender.SendInteractionAsync(payload);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    private static JsonObject? Withdraw(FakeView home, Finding finding) => HomeInteractions.Button(home, HomeView.WithdrawAction, finding.Id);

    private static string Text(FakeView view) => BlockText.Of(view.View["blocks"]);
}
