using System.Globalization;
using Npgsql;

namespace SlackBot.Storage.Postgres;

/// <summary>
/// Reads <c>Storage:ConnectionString</c> (or <c>DATABASE_URL</c>) in either form people paste: Npgsql's
/// <c>Host=…;Database=…</c> or a <c>postgres://user:password@host:port/database?sslmode=require</c> URL.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>The Npgsql builder for <paramref name="value"/>; a <see cref="FormatException"/> that never quotes it.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var trimmed = value.Trim();
        try
        {
            return trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
                   trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
                ? FromUrl(trimmed)
                : new NpgsqlConnectionStringBuilder(trimmed);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or UriFormatException or KeyNotFoundException)
        {
            // The value may hold a password: say what is wrong, never what it is.
            throw new FormatException("it is neither Npgsql's Host=…;Database=… form nor a postgres:// URL");
        }
    }

    /// <summary>Host, port and database, for log lines and errors: never the user's password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        string.Create(CultureInfo.InvariantCulture, $"{builder.Host ?? "localhost"}:{builder.Port}/{builder.Database ?? builder.Username ?? "postgres"}");

    private static NpgsqlConnectionStringBuilder FromUrl(string value)
    {
        var uri = new Uri(value);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : null,
        };
        if (uri.UserInfo is { Length: > 0 } userInfo)
        {
            var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? userInfo : userInfo[..colon]);
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var setting = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            if (key.Equals("sslmode", StringComparison.OrdinalIgnoreCase)) setting = setting.Replace("-", "", StringComparison.Ordinal);
            // libpq's names where they differ from Npgsql's.
            builder[key.ToLowerInvariant() switch
            {
                "sslmode" => "SSL Mode",
                "application_name" => "Application Name",
                "connect_timeout" => "Timeout",
                _ => key,
            }] = setting;
        }

        return builder;
    }
}
