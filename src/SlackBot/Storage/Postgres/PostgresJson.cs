using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// How documents are kept in JSONB columns: every public property, enums by name (like the LiteDB mapper), instants
/// in UTC to the millisecond (what the storage contract promises to keep of a time).
/// </summary>
public static class PostgresJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T document) => JsonSerializer.Serialize(document, Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"A stored {typeof(T).Name} is null.");

    /// <summary>A timestamp column's value: UTC, whole milliseconds.</summary>
    public static DateTimeOffset Instant(DateTimeOffset value) =>
        new(value.UtcTicks - value.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

    /// <summary>A <c>timestamptz</c> column read through Dapper (a UTC <see cref="DateTime"/>) as an instant.</summary>
    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            Converters = { new JsonStringEnumConverter(), new UtcMillisecondConverter() },
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class UtcMillisecondConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset().ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Instant(value));
    }
}
