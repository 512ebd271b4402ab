using LiteDB;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// Index range queries with their bounds as parameters. LiteDB 5.0.21's <c>Query.GT</c> and <c>Query.Between</c> write
/// the bounds into the expression's text, and LiteDB compiles and caches a delegate per distinct text: every new bound
/// cost a compile (most of the inbox's read time under load) and a cache entry kept for the life of the process.
/// </summary>
internal static class RangeQuery
{
    public static BsonExpression Above(string path, BsonValue bound) => BsonExpression.Create(path + " > @0", bound);

    /// <summary>Inclusive at both ends, like <c>BETWEEN</c>.</summary>
    public static BsonExpression Between(string path, BsonValue from, BsonValue to) => BsonExpression.Create(path + " BETWEEN @0 AND @1", from, to);
}
