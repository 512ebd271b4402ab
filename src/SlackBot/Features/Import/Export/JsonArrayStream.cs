using System.Buffers;
using System.Text.Json;

namespace SlackBot.Features.Import.Export;

/// <summary>Receives one element of a top-level JSON array: its raw UTF-8 bytes, its first token and its position.</summary>
internal delegate void JsonArrayElementHandler(ReadOnlySpan<byte> element, JsonTokenType kind, int index);

/// <summary>
/// Walks a file whose whole content is one JSON array and hands each element over as soon as its bytes are
/// in, so a file is never held whole: memory is bounded by the largest single element. A bad element is
/// the handler's business (it can skip it); a file that is not JSON, or not an array, ends the walk with a
/// <see cref="JsonException"/> or <see cref="NotAJsonArrayException"/>.
/// </summary>
internal static class JsonArrayStream
{
    private const int InitialBufferSize = 16 * 1024;

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads the array to its end and returns how many elements it had.</summary>
    public static int ReadElements(Stream stream, JsonArrayElementHandler onElement)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            var walk = new Walk();
            var start = 0;
            var end = 0;
            var atStartOfFile = true;
            while (true)
            {
                var finalBlock = Fill(stream, ref buffer, ref start, ref end);
                if (atStartOfFile)
                {
                    // Windows tools like to begin UTF-8 files with a byte-order mark, which the JSON reader refuses.
                    if (end - start < Utf8Bom.Length && !finalBlock) continue;
                    if (buffer.AsSpan(start, end - start).StartsWith(Utf8Bom)) start += Utf8Bom.Length;
                    atStartOfFile = false;
                }

                start += walk.Advance(buffer.AsSpan(start, end - start), finalBlock, onElement);
                if (finalBlock) return walk.Count;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Keeps the unread bytes at the front of the buffer and reads more after them, growing the buffer when
    /// an element does not fit. Returns true once the stream is exhausted.
    /// </summary>
    private static bool Fill(Stream stream, ref byte[] buffer, ref int start, ref int end)
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        return read == 0;
    }

    /// <summary>Where the walk is between buffers: the reader's state and how far into the array it got.</summary>
    private sealed class Walk
    {
        private JsonReaderState state = new(ReaderOptions);
        private bool insideArray;

        public int Count { get; private set; }

        /// <summary>Hands over every complete element in <paramref name="data"/> and returns the bytes used.</summary>
        public int Advance(ReadOnlySpan<byte> data, bool finalBlock, JsonArrayElementHandler onElement)
        {
            var reader = new Utf8JsonReader(data, finalBlock, state);
            while (true)
            {
                // The point to come back to when an element is cut off by the end of the buffer.
                var checkpoint = reader.CurrentState;
                var checkpointBytes = (int)reader.BytesConsumed;

                if (!reader.Read()) break;

                if (!insideArray)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        throw new NotAJsonArrayException(reader.TokenType);
                    }

                    insideArray = true;
                    continue;
                }

                if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 0)
                {
                    // Anything after the closing bracket other than whitespace makes the reader throw on its next Read.
                    continue;
                }

                var kind = reader.TokenType;
                var elementStart = (int)reader.TokenStartIndex;
                if (!reader.TrySkip())
                {
                    state = checkpoint;
                    return checkpointBytes;
                }

                onElement(data[elementStart..(int)reader.BytesConsumed], kind, Count);
                Count++;
            }

            state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }
    }
}
