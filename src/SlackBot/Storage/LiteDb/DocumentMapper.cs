using LiteDB;

namespace SlackBot.Storage.LiteDb;

/// <summary>The explicit BSON mapper every collection uses (never <c>BsonMapper.Global</c>).</summary>
internal static class DocumentMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            EnumAsInteger = false,
            TrimWhitespace = false,
            EmptyStringToNull = false,
        };
        return mapper;
    }
}
