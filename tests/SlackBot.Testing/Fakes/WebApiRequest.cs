using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SlackBot.Testing.Fakes;

/// <summary>A Web API request as read off the wire: query/form arguments and JSON-body arguments kept apart, because
/// Slack ignores JSON bodies for methods that do not accept them.</summary>
internal sealed record WebApiRequest(
    JsonObject QueryAndForm,
    JsonObject? JsonBody,
    string? ContentType,
    bool MissingCharset,
    string? BodyError)
{
    /// <summary>Everything the client sent, merged, for the call record.</summary>
    public JsonObject AllArgs()
    {
        var all = (JsonObject)QueryAndForm.DeepClone();
        if (JsonBody is not null)
        {
            foreach (var (name, value) in JsonBody)
            {
                all[name] = value?.DeepClone();
            }
        }

        return all;
    }

    public static async Task<WebApiRequest> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var args = new JsonObject();
        foreach (var (name, value) in request.Query)
        {
            args[name] = value.Count > 0 ? value[0] : "";
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return new WebApiRequest(args, null, request.ContentType, false, null);
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            foreach (var (name, value) in form)
            {
                args[name] = value.Count > 0 ? value[0] : "";
            }

            return new WebApiRequest(args, null, request.ContentType, false, null);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !string.Equals(mediaType.MediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new WebApiRequest(args, null, request.ContentType, false, null);
        }

        var missingCharset = !string.Equals(mediaType.CharSet?.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase);
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        JsonNode? parsed;
        try
        {
            parsed = body.Length == 0 ? null : JsonNode.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            return new WebApiRequest(args, null, request.ContentType, missingCharset, "invalid_json");
        }

        return parsed is JsonObject json
            ? new WebApiRequest(args, json, request.ContentType, missingCharset, null)
            : new WebApiRequest(args, null, request.ContentType, missingCharset, "json_not_object");
    }
}
