using System.Text.Json;

namespace SlackBot.Benchmarks;

/// <summary>
/// Writes a synthetic Slack workspace export with the shape of a real one (users, channels, day files with
/// threads, reactions, files, edits and app messages) for the benchmarks that read exports.
/// </summary>
internal static class GeneratedExport
{
    private static readonly string[] People = [.. Enumerable.Range(1, 40).Select(i => $"U0PERSON{i:D2}")];

    public static void Write(string folder, int channelCount, int daysPerChannel, int messagesPerDay)
    {
        Directory.CreateDirectory(folder);
        WriteArray(Path.Combine(folder, "users.json"), writer =>
        {
            foreach (var id in People)
            {
                writer.WriteStartObject();
                writer.WriteString("id", id);
                writer.WriteString("name", id.ToLowerInvariant());
                writer.WriteString("real_name", "Person " + id[^2..]);
                writer.WriteString("tz", "Europe/Berlin");
                writer.WriteBoolean("is_bot", false);
                writer.WriteEndObject();
            }
        });

        WriteArray(Path.Combine(folder, "channels.json"), writer =>
        {
            for (var channel = 0; channel < channelCount; channel++)
            {
                writer.WriteStartObject();
                writer.WriteString("id", $"C0BENCH{channel:D3}");
                writer.WriteString("name", ChannelName(channel));
                writer.WriteString("created", "1700000000");
                writer.WriteEndObject();
            }
        });

        var random = new Random(42);
        var start = new DateOnly(2026, 1, 1);
        for (var channel = 0; channel < channelCount; channel++)
        {
            var channelFolder = Path.Combine(folder, ChannelName(channel));
            Directory.CreateDirectory(channelFolder);
            for (var day = 0; day < daysPerChannel; day++)
            {
                var date = start.AddDays(day);
                var dayStart = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
                WriteArray(Path.Combine(channelFolder, $"{date:yyyy-MM-dd}.json"), writer => WriteDay(writer, dayStart, random, messagesPerDay));
            }
        }
    }

    /// <summary>Channel names match the default incident pattern, so replay reads them all.</summary>
    public static string ChannelName(int channel) => $"inc-bench-{channel:D2}";

    /// <summary>
    /// A day of a busy channel: mostly people, with user_profile blocks as real exports have them; every
    /// tenth message starts a thread with a reply later in the day, some carry reactions, files or edits,
    /// and every twenty-fifth is from an app.
    /// </summary>
    private static void WriteDay(Utf8JsonWriter writer, long dayStart, Random random, int messagesPerDay)
    {
        for (var i = 0; i < messagesPerDay; i++)
        {
            var ts = $"{dayStart + i * 60}.{i:D6}";
            var user = People[random.Next(People.Length)];
            writer.WriteStartObject();
            writer.WriteString("type", "message");
            if (i % 25 == 24)
            {
                writer.WriteString("text", "Deploy of checkout-api 4.12." + i + " finished in 3m12s");
                writer.WriteString("user", "U0DEPLOYBOT");
                writer.WriteString("ts", ts);
                writer.WriteString("bot_id", "B0DEPLOYBOT");
                writer.WriteStartObject("bot_profile");
                writer.WriteString("id", "B0DEPLOYBOT");
                writer.WriteString("name", "deploybot");
                writer.WriteString("app_id", "A0DEPLOYBOT");
                writer.WriteNumber("updated", 1700000000);
                writer.WriteEndObject();
                writer.WriteEndObject();
                continue;
            }

            writer.WriteString("client_msg_id", Guid.NewGuid().ToString());
            writer.WriteString("text", Text(random, i));
            writer.WriteString("user", user);
            writer.WriteString("ts", ts);
            writer.WriteString("team", "T0BENCH");
            writer.WriteStartObject("user_profile");
            writer.WriteString("avatar_hash", "g0123456789a");
            writer.WriteString("image_72", "https://secure.gravatar.com/avatar/0123456789abcdef.jpg?s=72");
            writer.WriteString("first_name", "Person");
            writer.WriteString("real_name", "Person " + user[^2..]);
            writer.WriteString("display_name", user.ToLowerInvariant());
            writer.WriteString("team", "T0BENCH");
            writer.WriteString("name", user.ToLowerInvariant());
            writer.WriteBoolean("is_restricted", false);
            writer.WriteBoolean("is_ultra_restricted", false);
            writer.WriteEndObject();

            if (i % 10 == 0 && i + 5 < messagesPerDay)
            {
                var reply = $"{dayStart + (i + 5) * 60}.{i + 5:D6}";
                writer.WriteString("thread_ts", ts);
                writer.WriteString("reply_count", "1");
                writer.WriteString("latest_reply", reply);
                writer.WriteStartArray("replies");
                writer.WriteStartObject();
                writer.WriteString("user", user);
                writer.WriteString("ts", reply);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }
            else if (i % 10 == 5)
            {
                writer.WriteString("thread_ts", $"{dayStart + (i - 5) * 60}.{i - 5:D6}");
                writer.WriteString("parent_user_id", user);
            }

            if (i % 7 == 0)
            {
                writer.WriteStartArray("reactions");
                writer.WriteStartObject();
                writer.WriteString("name", "+1");
                writer.WriteStartArray("users");
                writer.WriteStringValue(People[random.Next(People.Length)]);
                writer.WriteStringValue(People[random.Next(People.Length)]);
                writer.WriteEndArray();
                writer.WriteNumber("count", 2);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            if (i % 50 == 3)
            {
                writer.WriteStartArray("files");
                writer.WriteStartObject();
                writer.WriteString("id", $"F0BENCH{i:D4}");
                writer.WriteString("name", "graph.png");
                writer.WriteString("title", "latency graph");
                writer.WriteString("mimetype", "image/png");
                writer.WriteNumber("size", 48213);
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            if (i % 13 == 0)
            {
                writer.WriteStartObject("edited");
                writer.WriteString("user", user);
                writer.WriteString("ts", $"{dayStart + i * 60 + 30}.000000");
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }
    }

    private static readonly string[] Phrases =
    [
        "p99 is back under 400ms", "looking at the pool graph now", "+1", "I usually check the retry queue first",
        "can someone take the status page?", "rolled back the config, watching", "weird, the CPU graph is flat",
        "handing over to the evening shift", "here's the query I keep for this", "ack",
    ];

    private static string Text(Random random, int i) =>
        $"{Phrases[random.Next(Phrases.Length)]} <https://grafana.example.com/d/{i}|dashboard> {Phrases[random.Next(Phrases.Length)]}";

    private static void WriteArray(string path, Action<Utf8JsonWriter> writeElements)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartArray();
        writeElements(writer);
        writer.WriteEndArray();
    }
}
