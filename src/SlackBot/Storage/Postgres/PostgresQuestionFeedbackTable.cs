using SlackBot.Features.Questions;

namespace SlackBot.Storage.Postgres;

/// <summary>"Not relevant" feedback (table <c>question_feedback</c>), keyed by the question; part of <see cref="PostgresQuestionStore"/>.</summary>
public sealed class PostgresQuestionFeedbackTable(PostgresDatabase database) : PostgresDocumentTable<QuestionFeedback>(database)
{
    protected override string Table => "question_feedback";

    protected override string IdOf(QuestionFeedback document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(QuestionFeedback document) => [("template_id", document.TemplateId)];

    /// <summary>Templates with at least <paramref name="times"/> feedback documents: one GROUP BY on the template index.</summary>
    public async Task<IReadOnlySet<string>> TemplatesMarkedAsync(int times, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenConnectionAsync(cancellationToken);
        var templates = await Dapper.SqlMapper.QueryAsync<string>(connection, new Dapper.CommandDefinition(
            "SELECT template_id FROM question_feedback GROUP BY template_id HAVING count(*) >= @times", new { times }, cancellationToken: cancellationToken));
        return templates.ToHashSet(StringComparer.Ordinal);
    }
}
