using LiteDB;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// Reads only some fields of the documents a query matches: LiteDB then decodes just those fields and maps no objects,
/// which keeps a summary of thousands of messages (who wrote, how many moments) from costing their full text.
/// </summary>
internal static class FieldProjection
{
    public static List<BsonDocument> Read(LiteDbDatabase database, string collection, BsonExpression where, params string[] fields) =>
        database.Lite.GetCollection(collection).Query()
            .Where(where)
            .Select("{ " + string.Join(", ", fields.Select(field => $"{field}: $.{field}")) + " }")
            .ToList();

    public static DateTimeOffset Instant(LiteDbDatabase database, BsonValue value) => database.Lite.Mapper.Deserialize<DateTimeOffset>(value);
}
