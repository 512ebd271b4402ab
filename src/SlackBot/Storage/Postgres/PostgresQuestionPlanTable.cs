using SlackBot.Features.Questions;

namespace SlackBot.Storage.Postgres;

/// <summary>What planning has done per incident (table <c>question_plans</c>), keyed by the incident's id; part of <see cref="PostgresQuestionStore"/>.</summary>
public sealed class PostgresQuestionPlanTable(PostgresDatabase database) : PostgresDocumentTable<QuestionPlan>(database)
{
    protected override string Table => "question_plans";

    protected override string IdOf(QuestionPlan document) => document.Id;

    protected override IReadOnlyList<(string Column, object? Value)> Columns(QuestionPlan document) => [];
}
