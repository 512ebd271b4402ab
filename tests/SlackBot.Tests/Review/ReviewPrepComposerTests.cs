using SlackBot.Features.Questions;
using SlackBot.Features.Review;

namespace SlackBot.Tests.Review;

/// <summary>The calibration pack composed from a realistic incident with five people.</summary>
public sealed class ReviewPrepComposerTests
{
    private static readonly ReviewPrepComposer Composer = new(new QuestionComposer(QuestionBank.LoadDefault()));

    private readonly CheckoutIncident _incident = new();

    private ReviewPrep Compose(bool includePrivate = true) => Composer.Compose(_incident.Script.Material(), _incident.NameOf, includePrivate);

    [Test]
    public void Everyone_who_wrote_was_asked_or_answered_is_listed_with_when_they_first_and_last_wrote()
    {
        var prep = Compose();

        var carol = prep.Participants.Single(person => person.UserId == CheckoutIncident.Carol);
        var bob = prep.Participants.Single(person => person.UserId == CheckoutIncident.Bob);
        Assert.Multiple(() =>
        {
            Assert.That(prep.Participants.Select(person => person.UserId), Is.EquivalentTo(new[]
            {
                CheckoutIncident.Alice, CheckoutIncident.Bob, CheckoutIncident.Carol, CheckoutIncident.Dave, CheckoutIncident.Erin,
            }));
            Assert.That(prep.Participants[0].UserId, Is.EqualTo(CheckoutIncident.Carol), "in the order they first spoke");
            Assert.That(carol.FirstMessageAt, Is.EqualTo(IncidentScript.Start.AddMinutes(2)).Within(TimeSpan.FromSeconds(1)));
            Assert.That(carol.LastMessageAt, Is.EqualTo(IncidentScript.Start.AddMinutes(170)).Within(TimeSpan.FromSeconds(1)), "her thread answer is a message too");
            Assert.That((bob.Moments, bob.QuestionsAsked, bob.Answers), Is.EqualTo((2, 2, 1)));
        });
    }

    [Test]
    public void Themes_are_counted_over_the_findings()
    {
        var prep = Compose();

        var themes = prep.Themes.ToDictionary(theme => theme.Theme, theme => theme.Findings);
        Assert.Multiple(() =>
        {
            Assert.That(themes["Workarounds and skipped steps"], Is.EqualTo(2), "Bob's answer and Alice's note");
            Assert.That(themes["databases"], Is.GreaterThanOrEqualTo(2), "replicas and failover");
            Assert.That(prep.Themes.Select(theme => theme.Findings), Is.Ordered.Descending);
        });
    }

    [Test]
    public void Moments_nobody_answered_about_are_listed_with_where_their_question_stands()
    {
        var prep = Compose();

        var open = prep.OpenMoments.ToDictionary(moment => moment.Moment.Id, moment => moment.State);
        Assert.That(open, Is.EquivalentTo(new Dictionary<string, OpenMomentState>
        {
            [_incident.RetryWorker.Id] = OpenMomentState.Asked,
            [_incident.OneLiner.Id] = OpenMomentState.Declined,
            [_incident.DrainByHand.Id] = OpenMomentState.NotAsked,
            [_incident.PoolSurprise.Id] = OpenMomentState.Snoozed,
        }), "answered moments are not open");
    }

    [Test]
    public void Where_accounts_differ_the_time_the_figure_and_the_cause_are_found()
    {
        var prep = Compose();

        var kinds = prep.Differences.Select(difference => (difference.Kind, difference.Earlier.AuthorId, difference.Later.AuthorId)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(kinds, Does.Contain((DifferenceKind.Time, CheckoutIncident.Alice, CheckoutIncident.Carol)), "14:05 against 14:20");
            Assert.That(kinds, Does.Contain((DifferenceKind.Number, CheckoutIncident.Bob, CheckoutIncident.Dave)), "40 against 5 minutes behind");
            Assert.That(kinds, Does.Contain((DifferenceKind.Cause, CheckoutIncident.Dave, CheckoutIncident.Bob)), "the backfill against the vacuum");
            Assert.That(prep.Differences.Where(difference => difference.Later.AuthorId == CheckoutIncident.Erin || difference.Earlier.AuthorId == CheckoutIncident.Erin),
                Is.Empty, "Erin's +1 agrees");
        });
    }

    [Test]
    public void Follow_up_questions_are_about_open_moments_respect_declines_and_pass_the_language_check()
    {
        var prep = Compose();

        Assert.That(prep.FollowUps, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(prep.FollowUps.Select(question => question.MomentId),
                Is.EquivalentTo(new[] { _incident.RetryWorker.Id, _incident.DrainByHand.Id, _incident.PoolSurprise.Id }), "not the declined one-liner");
            foreach (var question in prep.FollowUps)
            {
                Assert.That(LanguageCheck.CheckQuestion(question.Text, question.QuotedCue), Is.Empty, question.Text);
                Assert.That(question.Text, Does.Contain($"<@{question.UserId}>"), "addressed to the person");
                Assert.That(question.Text, Does.Contain(question.QuotedCue), "about their own words");
            }

        });
    }

    [Test]
    public void A_moment_whose_question_went_unanswered_gets_a_different_phrasing()
    {
        var moment = _incident.RetryWorker;
        var bank = new QuestionComposer(QuestionBank.LoadDefault());
        var firstChoice = bank.Compose(moment.Category, "only @dave knows how the retry worker drains the queue", moment.UserId, moment.Id);
        var material = _incident.Script.Material();
        material = material with
        {
            Questions = [.. material.Questions.Select(question => question.MomentId == moment.Id ? question with { TemplateId = firstChoice.TemplateId, Text = firstChoice.Text } : question)],
        };

        var retry = Composer.Compose(material, _incident.NameOf).FollowUps.Single(question => question.MomentId == moment.Id);

        Assert.Multiple(() =>
        {
            Assert.That(retry.TemplateId, Is.Not.Null.And.Not.EqualTo(firstChoice.TemplateId));
            Assert.That(retry.QuotedCue, Is.EqualTo("“only @dave knows how the retry worker drains the queue”"), "names, not ids");
        });
    }

    [Test]
    public void People_named_as_the_one_who_knows_are_invited_first()
    {
        var prep = Compose();

        var dave = prep.Invitees[0];
        Assert.Multiple(() =>
        {
            Assert.That(dave.UserId, Is.EqualTo(CheckoutIncident.Dave));
            Assert.That(dave.Reasons, Does.Contain(InviteReason.NamedAsTheOneWhoKnows).And.Contain(InviteReason.HadMoments));
            Assert.That(dave.NamedIn.Single(), Does.Contain("only @dave knows how the retry worker drains the queue"), "the words, with names");
            Assert.That(prep.Invitees.Select(invitee => invitee.UserId), Does.Contain(CheckoutIncident.Bob).And.Contain(CheckoutIncident.Alice).And.Contain(CheckoutIncident.Carol));
            Assert.That(prep.Invitees.Select(invitee => invitee.UserId), Does.Not.Contain(CheckoutIncident.Erin), "Erin only agreed");
        });
    }

    [Test]
    public void Findings_from_private_channels_are_left_out_when_asked_and_counted()
    {
        var withPrivate = Compose();
        var withoutPrivate = Compose(includePrivate: false);

        Assert.Multiple(() =>
        {
            Assert.That(withPrivate.Themes.Single(theme => theme.Theme == "Scripts and tools").Findings, Is.EqualTo(1));
            Assert.That(withoutPrivate.Themes.Select(theme => theme.Theme), Does.Not.Contain("Scripts and tools"));
            Assert.That(withoutPrivate.PrivateFindingsLeftOut, Is.EqualTo(1));
            Assert.That(withPrivate.PrivateFindingsLeftOut, Is.Zero);
        });
    }

    [Test]
    public void Without_the_message_log_people_are_still_known_from_their_moments()
    {
        var prep = Composer.Compose(_incident.Script.Material(withMessages: false), _incident.NameOf);

        var alice = prep.Participants.Single(person => person.UserId == CheckoutIncident.Alice);
        Assert.Multiple(() =>
        {
            Assert.That(alice.FirstMessageAt, Is.EqualTo(_incident.FirstErrors.At));
            Assert.That(alice.LastMessageAt, Is.EqualTo(_incident.PoolSurprise.At));
            Assert.That(prep.Differences.Select(difference => difference.Kind), Does.Contain(DifferenceKind.Time), "moments and findings still speak");
        });
    }

    [Test]
    public void When_someone_last_answered_is_known_even_for_an_answer_given_in_a_modal()
    {
        var prep = Compose();

        var bob = prep.Participants.Single(person => person.UserId == CheckoutIncident.Bob);
        var carol = prep.Participants.Single(person => person.UserId == CheckoutIncident.Carol);
        var erin = prep.Participants.Single(person => person.UserId == CheckoutIncident.Erin);
        Assert.Multiple(() =>
        {
            Assert.That(bob.LastAnsweredAt, Is.EqualTo(IncidentScript.Start.AddMinutes(180)).Within(TimeSpan.FromSeconds(1)), "his modal answer is no message in the channel");
            Assert.That(bob.LastMessageAt, Is.LessThan(bob.LastAnsweredAt!.Value), "the answer came after his last message");
            Assert.That(carol.LastAnsweredAt, Is.EqualTo(IncidentScript.Start.AddMinutes(170)).Within(TimeSpan.FromSeconds(1)));
            Assert.That(erin.LastAnsweredAt, Is.Null, "Erin answered nothing");
        });
    }
}
