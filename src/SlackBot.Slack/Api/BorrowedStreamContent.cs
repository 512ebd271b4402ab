using System.Net;

namespace SlackBot.Slack.Api;

/// <summary>
/// Sends a caller's stream without taking ownership of it: unlike StreamContent it never disposes the stream,
/// and a seekable stream is rewound so a rate-limited upload can be sent again.
/// </summary>
internal sealed class BorrowedStreamContent : HttpContent
{
    private readonly Stream _stream;
    private readonly long _start;

    public BorrowedStreamContent(Stream stream)
    {
        _stream = stream;
        _start = stream.CanSeek ? stream.Position : 0;
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        if (_stream.CanSeek)
        {
            _stream.Position = _start;
        }

        await _stream.CopyToAsync(stream, cancellationToken);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _stream.CanSeek ? _stream.Length - _start : 0;
        return _stream.CanSeek;
    }
}
