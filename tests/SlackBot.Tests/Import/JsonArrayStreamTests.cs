using System.Text;
using System.Text.Json;
using SlackBot.Features.Import.Export;

namespace SlackBot.Tests.Import;

/// <summary>The element-by-element walk over a file that is one JSON array, however the bytes arrive.</summary>
public sealed class JsonArrayStreamTests
{
    private static IEnumerable<TestCaseData> DayFiles() =>
        Fixtures.In("Import/basic-export/inc-payments-timeout", "*.json")
            .Select(file => new TestCaseData(file).SetArgDisplayNames(Path.GetFileName(file)));

    [TestCaseSource(nameof(DayFiles))]
    public void Elements_arriving_a_byte_at_a_time_are_the_same_as_those_of_the_whole_file(string file)
    {
        var bytes = Fixtures.Bytes(file);
        using var document = JsonDocument.Parse(bytes);
        var expected = document.RootElement.EnumerateArray().Select(element => element.GetRawText()).ToList();

        var elements = ReadAll(new TrickleStream(bytes));

        Assert.That(elements, Is.EqualTo(expected));
    }

    [Test]
    public void Elements_larger_than_the_read_buffer_and_many_of_them_are_all_handed_over_whole()
    {
        var hugeText = new string('x', 200_000);
        var json = "[" + string.Join(",", Enumerable.Range(0, 2_000).Select(i =>
            i == 1_000 ? $$"""{"ts": "{{i}}.000000", "text": "{{hugeText}}"}""" : $$"""{"ts": "{{i}}.000000", "text": "message {{i}}"}""")) + "]";

        var elements = ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Multiple(() =>
        {
            Assert.That(elements, Has.Count.EqualTo(2_000));
            Assert.That(elements[1_000], Has.Length.GreaterThan(200_000));
            Assert.That(elements.Select(element => JsonDocument.Parse(element).RootElement.GetProperty("ts").GetString()),
                Is.EqualTo(Enumerable.Range(0, 2_000).Select(i => $"{i}.000000")));
        });
    }

    [TestCase("[]", 0)]
    [TestCase(" \n [ ] \n ", 0)]
    [TestCase("[1, \"two\", {\"three\": 3}, [4], null, true]", 6)]
    [TestCase("// a comment\n[ {\"a\": 1}, /* another */ {\"b\": 2}, ]", 2)]
    public void Any_kind_of_element_is_counted_and_comments_and_trailing_commas_are_tolerated(string json, int count)
    {
        Assert.That(ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(json))), Has.Count.EqualTo(count));
    }

    [Test]
    public void Each_element_comes_with_its_first_token()
    {
        var kinds = new List<JsonTokenType>();
        JsonArrayStream.ReadElements(new MemoryStream("[{}, [], \"s\", 1]"u8.ToArray()), (_, kind, _) => kinds.Add(kind));

        Assert.That(kinds, Is.EqualTo(new[] { JsonTokenType.StartObject, JsonTokenType.StartArray, JsonTokenType.String, JsonTokenType.Number }));
    }

    [TestCase("", Description = "empty file")]
    [TestCase("[{\"a\": 1}", Description = "array never closed")]
    [TestCase("[{\"a\": 1}] trailing", Description = "content after the array")]
    [TestCase("[{\"a\": }]", Description = "broken element")]
    [TestCase("[1] [2]", Description = "two arrays")]
    public void A_file_that_is_not_valid_json_ends_the_walk_with_a_json_exception(string json)
    {
        Assert.That(() => ReadAll(new TrickleStream(Encoding.UTF8.GetBytes(json))), Throws.InstanceOf<JsonException>());
    }

    [TestCase("{\"a\": [1, 2]}", JsonTokenType.StartObject)]
    [TestCase("\"just a string\"", JsonTokenType.String)]
    [TestCase("17", JsonTokenType.Number)]
    public void A_file_that_is_json_but_not_an_array_says_what_it_found(string json, JsonTokenType found)
    {
        Assert.That(() => ReadAll(new MemoryStream(Encoding.UTF8.GetBytes(json))),
            Throws.TypeOf<NotAJsonArrayException>().With.Property(nameof(NotAJsonArrayException.Found)).EqualTo(found));
    }

    private static List<string> ReadAll(Stream stream)
    {
        var elements = new List<string>();
        JsonArrayStream.ReadElements(stream, (element, _, index) =>
        {
            Assert.That(index, Is.EqualTo(elements.Count));
            elements.Add(Encoding.UTF8.GetString(element));
        });
        return elements;
    }

    /// <summary>A stream that hands out one byte per read, the worst case for a reader that refills its buffer.</summary>
    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }
}
