using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace SlackBot.Tests.Hostile;

/// <summary>
/// Inputs that parsers meet from people who mean harm or from broken tools: real Slack payloads with bytes flipped,
/// cut short, spliced with nasty tokens; random JSON whose known keys hold the wrong kinds of value; and the committed
/// corpus in <c>Fixtures/Fuzz</c>. Built from a seed with <see cref="Random"/>, so a failing seed replays exactly.
/// </summary>
internal static class HostileBytes
{
    /// <summary>Tokens spliced into payloads: escapes, surrogates, huge numbers, nesting, NULs, invalid UTF-8.</summary>
    private static readonly byte[][] Nasty =
    [
        .. new[]
        {
            "\"\\uD800\"", "\"\\uDFFF\\uD800\"", "\\u0000", "\0", "1e999999", "-1e-999999", "123456789012345678901234567890123456789",
            "-0", "NaN", "Infinity", "[[[[[[[[[[[[[[[[", "]]]]]]]]", "{\"a\":", "}}}}", "\\", "\"", ",,", "null", "true", "\"\"",
            "\"type\":\"event_callback\"", "\"event_id\":1", "\"event\":[]", "\"payload\":\"x\"", "\"envelope_id\":{}", "%", "%zz", "%00",
            "%C3%28", "&&", "==", "payload=", "+", "<!channel>", "<@U0ALICE|x>", "\u202e", "\ufeff", "\ud83d\udd25", "'", "\r\n",
        }.Select(Encoding.UTF8.GetBytes),
        [0xC3, 0x28], [0xFF], [0xFE, 0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xEF, 0xBB, 0xBF], [0x80],
    ];

    private static readonly string[] Keys =
    [
        "type", "event", "event_id", "event_time", "team_id", "api_app_id", "challenge", "token", "authorizations", "minute_rate_limited",
        "channel", "user", "text", "ts", "thread_ts", "event_ts", "subtype", "bot_id", "message", "previous_message", "item", "reaction",
        "envelope_id", "payload", "accepts_response_payload", "retry_attempt", "retry_reason", "connection_info", "num_connections",
        "debug_info", "reason", "app_id", "command", "channel_id", "user_id", "trigger_id", "response_url", "view", "private_metadata",
        "actions", "action_id", "value", "state", "values", "container", "id", "name", "callback_id", "blocks", "elements",
    ];

    private static readonly string[] Words =
    [
        "event_callback", "url_verification", "app_rate_limited", "message", "reaction_added", "events_api", "slash_commands",
        "interactive", "hello", "disconnect", "block_actions", "view_submission", "/learn", "C0INC1", "U0ALICE", "1700000000.000100",
        "", " ", "\u0000", "\uD800", "<!here>", "&amp;", "refresh_requested", "warning",
    ];

    /// <summary>Real-shaped payload bytes to start mutating from.</summary>
    public static Gen<byte[]> Mutated(IReadOnlyList<byte[]> seeds) =>
        Gen.Int.Select(seed => Mutate(seeds, new Random(seed)));

    /// <summary>JSON objects built from Slack's own keys whose values are of any kind, nested a few levels.</summary>
    public static Gen<byte[]> Shaped(params string[] roots) =>
        Gen.Int.Select(seed =>
        {
            var random = new Random(seed);
            var root = RandomObject(random, 0);
            if (roots.Length > 0 && random.Next(4) > 0) root["type"] = roots[random.Next(roots.Length)];
            return Encoding.UTF8.GetBytes(root.ToJsonString());
        });

    /// <summary>Raw random bytes, short and long.</summary>
    public static Gen<byte[]> Noise { get; } = Gen.Frequency(
        (4, Gen.Byte.Array[0, 200]),
        (1, Gen.Byte.Array[1_000, 20_000]));

    /// <summary>Every file of the committed corpus plus the generated giants (10 MB bodies, 100,000-deep nesting).</summary>
    public static IEnumerable<TestCaseData> Corpus() =>
        Fixtures.In("Fuzz").Where(path => !path.EndsWith(".md", StringComparison.Ordinal))
            .Select(path => new TestCaseData(Fixtures.Bytes(path)).SetArgDisplayNames(Path.GetFileName(path)))
            .Concat(Giants().Select(giant => new TestCaseData(giant.Bytes).SetArgDisplayNames(giant.Name)));

    private static IEnumerable<(string Name, byte[] Bytes)> Giants()
    {
        yield return ("10MB-of-a", Encoding.ASCII.GetBytes(new string('a', 10 * 1024 * 1024)));
        yield return ("10MB-json-string", Encoding.ASCII.GetBytes("{\"type\":\"event_callback\",\"event_id\":\"Ev1\",\"event\":{\"type\":\"message\",\"text\":\"" + new string('x', 10 * 1024 * 1024) + "\"}}"));
        yield return ("10MB-form-value", Encoding.ASCII.GetBytes("command=/learn&text=" + new string('%', 10 * 1024 * 1024)));
        yield return ("100k-deep-arrays", Encoding.ASCII.GetBytes(new string('[', 100_000) + new string(']', 100_000)));
        yield return ("100k-deep-objects", Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000)));
        yield return ("100k-keys", Encoding.ASCII.GetBytes("{" + string.Join(',', Enumerable.Range(0, 100_000).Select(i => $"\"k{i}\":{i}")) + "}"));
        yield return ("100k-duplicate-keys", Encoding.ASCII.GetBytes("{" + string.Join(',', Enumerable.Repeat("\"type\":\"hello\"", 100_000)) + "}"));
        yield return ("yaml-100k-deep", Encoding.ASCII.GetBytes("questions:\n" + new string('[', 100_000) + new string(']', 100_000)));
        yield return ("yaml-alias-bomb", Encoding.ASCII.GetBytes(YamlAliasBomb()));
    }

    // Nine levels of ten aliases each: a billion nodes if expanded, a few hundred bytes on disk.
    private static string YamlAliasBomb()
    {
        var yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
        for (var level = 1; level <= 9; level++)
            yaml.Append($"a{level}: &a{level} [{string.Join(',', Enumerable.Repeat($"*a{level - 1}", 10))}]\n");
        return yaml.Append("questions: *a9\n").ToString();
    }

    private static byte[] Mutate(IReadOnlyList<byte[]> seeds, Random random)
    {
        var bytes = new List<byte>(seeds[random.Next(seeds.Count)]);
        var mutations = 1 + random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16)));
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(64));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default:
                    bytes.InsertRange(at, Nasty[random.Next(Nasty.Length)]);
                    break;
            }
        }

        return [.. bytes];
    }

    private static JsonObject RandomObject(Random random, int depth)
    {
        var json = new JsonObject();
        var count = random.Next(depth == 0 ? 8 : 5);
        for (var i = 0; i < count; i++) json[Keys[random.Next(Keys.Length)]] = RandomValue(random, depth + 1);
        return json;
    }

    private static JsonNode? RandomValue(Random random, int depth) => random.Next(depth > 4 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(3) switch { 0 => random.Next(), 1 => -random.NextInt64(), _ => long.MaxValue }),
        3 => JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-300, 300))),
        4 or 5 => JsonValue.Create(Words[random.Next(Words.Length)]),
        6 => JsonValue.Create(new string((char)random.Next(0x20, 0xFFFF), random.Next(40))),
        7 => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => RandomValue(random, depth + 1))]),
        _ => RandomObject(random, depth),
    };
}
