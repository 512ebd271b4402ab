namespace SlackBot.Slack.Api;

/// <summary>
/// Reads the whole answer inside each attempt, so the per-attempt timeout also covers a body that stalls after
/// the headers arrived, and a body cut off mid-way counts as a failed attempt the read retry can repeat.
/// Slack's answers are small JSON documents, so buffering costs nothing worth measuring.
/// </summary>
internal sealed class AttemptBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch (IOException exception)
        {
            response.Dispose();
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "Slack's answer ended before its body was complete.", exception);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
