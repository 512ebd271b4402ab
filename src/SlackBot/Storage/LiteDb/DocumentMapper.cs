using LiteDB;
using SlackBot.Features.Review;

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
        // Renamed in code when "private channel" became "restricted"; the stored field keeps its first name so that a
        // queued job written earlier still leaves restricted findings out.
        mapper.Entity<ReviewJob>().Field(job => job.IncludeRestrictedFindings, "IncludePrivateChannelFindings");
        return mapper;
    }
}
