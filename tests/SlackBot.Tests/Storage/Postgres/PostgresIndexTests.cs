using Npgsql;
using SlackBot.Features.Ideas;
using SlackBot.Features.Incidents;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using SlackBot.Storage.Postgres;
using SlackBot.Testing;
using SlackBot.Tests.Storage.Contract;

namespace SlackBot.Tests.Storage.Postgres;

/// <summary>
/// The queries docs/storage-contract.md marks <i>indexed</i> are answered from an index, never a full scan. The
/// database's sessions have sequential scans turned off, so the planner scans a table only when no index can answer;
/// after each query the pool is closed (the server then flushes the session's statistics) and the table's counters say
/// which it was, down to the index.
/// </summary>
public sealed class PostgresIndexTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 5, 13, 41, 0, 123, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private PostgresTestStorage _storage = null!;

    [SetUp]
    public async Task Start()
    {
        _storage = new PostgresTestStorage();
        await using var connection = await _storage.ConnectAsync();
        await using var noSeqScan = new NpgsqlCommand($"ALTER DATABASE {_storage.Database} SET enable_seqscan = off", connection);
        await noSeqScan.ExecuteNonQueryAsync();
    }

    [TearDown]
    public async Task Stop() => await _storage.DisposeAsync();

    [Test]
    public async Task Every_hot_query_is_answered_from_an_index()
    {
        var incidents = _storage.Get<IIncidentStore>();
        var messages = _storage.Get<IIncidentMessageStore>();
        var moments = _storage.Get<IMomentStore>();
        var questions = _storage.Get<IQuestionStore>();
        var ideas = _storage.Get<IIdeaStore>();
        for (var i = 0; i < 3; i++)
        {
            var incident = Documents.Incident("C" + i, T0.AddDays(i), i == 0 ? IncidentStatus.Active : IncidentStatus.Resolved);
            await incidents.SaveAsync(incident, None);
            await messages.SaveAsync(Documents.Message(incident.Id, incident.ChannelId, "1." + i, T0.AddMinutes(i)), None);
            await moments.SaveAsync(Documents.Moment(incident.Id, incident.ChannelId, "1." + i, T0.AddMinutes(i)), None);
            await questions.SaveAsync(Documents.Question(incident.ChannelId + ":1." + i, incident.Id, T0.AddMinutes(i)) with { PostedTs = "9." + i }, None);
            await questions.SaveFeedbackAsync(new QuestionFeedback { Id = "q:" + i, QuestionId = "q:" + i, TemplateId = "t" + i, At = T0 }, None);
            await ideas.SaveAsync(new Idea { Id = "idea:" + i, IncidentId = incident.Id, CreatedAt = T0.AddMinutes(i) }, None);
        }

        // The migration's CREATE INDEX statements read each table whole; wait for its session's counters to land
        // before counting anything.
        _storage.Get<PostgresDatabase>().DataSource.Clear();
        await Poll.UntilAsync(() => Scans("incidents").Sequential > 0, TimeSpan.FromSeconds(60), "the migration's statistics");

        await AssertIndexedAsync("incidents", "ActiveInAsync", () => incidents.ActiveInAsync("C1", None), "incidents_channel_status", "incidents_channel");
        await AssertIndexedAsync("incidents", "LatestInAsync", () => incidents.LatestInAsync("C1", None), "incidents_channel", "incidents_channel_status");
        await AssertIndexedAsync("incidents", "WithStatusAsync", () => incidents.WithStatusAsync(IncidentStatus.Resolved, None), "incidents_status");
        await AssertIndexedAsync("incidents", "StartedBetweenAsync", () => incidents.StartedBetweenAsync(T0, T0.AddDays(1), None), "incidents_started_at");
        await AssertIndexedAsync("incidents", "AwaitingQuestionsAsync", () => incidents.AwaitingQuestionsAsync(T0.AddDays(9), None), "incidents_awaiting_questions");
        await AssertIndexedAsync("incident_messages", "ForIncidentAsync", () => messages.ForIncidentAsync("C1:1", None), "incident_messages_incident");
        await AssertIndexedAsync("incident_messages", "TextKeptBeforeAsync", () => messages.TextKeptBeforeAsync(T0.AddDays(1), 10, None), "incident_messages_text_kept");
        await AssertIndexedAsync("moments", "ForIncidentAsync", () => moments.ForIncidentAsync("C1:1", None), "moments_incident");
        await AssertIndexedAsync("questions", "ForIncidentAsync", () => questions.ForIncidentAsync("C1:1", None), "questions_incident");
        await AssertIndexedAsync("questions", "ForUserAsync", () => questions.ForUserAsync("U0ALICE", None), "questions_user");
        await AssertIndexedAsync("questions", "DueAsync", () => questions.DueAsync(T0.AddDays(9), None), "questions_due");
        await AssertIndexedAsync("questions", "AskedInThreadAsync", () => questions.AskedInThreadAsync("C1", "9.1", None), "questions_thread", "questions_posted_ts");
        await AssertIndexedAsync("question_feedback", "RetiredTemplatesAsync", () => questions.RetiredTemplatesAsync(1, None), "question_feedback_template");
        await AssertIndexedAsync("ideas", "ForIncidentAsync", () => ideas.ForIncidentAsync("C1:1", None), "ideas_incident");
    }

    private async Task AssertIndexedAsync<T>(string table, string query, Func<Task<T>> run, params string[] indexes)
    {
        using (var reset = new NpgsqlConnection(_storage.ConnectionString))
        {
            reset.Open();
            using var command = new NpgsqlCommand("SELECT pg_stat_reset()", reset);
            command.ExecuteNonQuery();
        }

        await run();
        // A session reports its statistics when it ends at the latest.
        _storage.Get<PostgresDatabase>().DataSource.Clear();

        (long Sequential, long Index) scans = default;
        await Poll.UntilAsync(() => (scans = Scans(table)).Sequential + scans.Index > 0, TimeSpan.FromSeconds(60), () => $"no scan of {table} was counted after {query}");
        // A full scan of another index (the primary key) avoids a sequential scan but reads as much: name the ones that answer.
        var used = IndexesScanned(table);
        Assert.Multiple(() =>
        {
            Assert.That(scans.Sequential, Is.Zero, $"{query} scans all of {table}");
            Assert.That(used, Is.Not.Empty.And.SubsetOf(indexes), $"{query} reads these indexes of {table}");
        });
    }

    private List<string> IndexesScanned(string table)
    {
        using var connection = new NpgsqlConnection(_storage.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT indexrelname::text FROM pg_stat_user_indexes WHERE relname = @table AND idx_scan > 0", connection);
        command.Parameters.AddWithValue("table", table);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private (long Sequential, long Index) Scans(string table)
    {
        using var connection = new NpgsqlConnection(_storage.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT coalesce(seq_scan, 0), coalesce(idx_scan, 0) FROM pg_stat_user_tables WHERE relname = @table", connection);
        command.Parameters.AddWithValue("table", table);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt64(1)) : (0, 0);
    }
}
