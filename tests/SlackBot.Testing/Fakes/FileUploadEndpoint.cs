using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SlackBot.Testing.Fakes;

/// <summary><c>POST /upload/v1/{fileId}</c>: the upload_url from files.getUploadURLExternal. Takes the raw body, or the
/// first file of a multipart form, and answers "OK - &lt;bytes&gt;" as Slack's upload host does.</summary>
internal sealed class FileUploadEndpoint(FakeSlackContext context)
{
    public async Task HandleAsync(HttpContext http)
    {
        var id = http.Request.RouteValues["fileId"] as string ?? "";
        byte[] content;
        if (http.Request.HasFormContentType)
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            using var copy = new MemoryStream();
            if (form.Files.Count > 0)
            {
                await form.Files[0].CopyToAsync(copy, http.RequestAborted);
            }

            content = copy.ToArray();
        }
        else
        {
            using var copy = new MemoryStream();
            await http.Request.Body.CopyToAsync(copy, http.RequestAborted);
            content = copy.ToArray();
        }

        var stored = context.Files.TryUpdate(id, file => file with { Content = content });
        http.Response.StatusCode = stored ? 200 : 404;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(
            stored ? string.Create(CultureInfo.InvariantCulture, $"OK - {content.Length}") : "file_not_found",
            http.RequestAborted);
    }
}
