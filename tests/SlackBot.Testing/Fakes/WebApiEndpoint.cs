using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SlackBot.Testing.Fakes;

/// <summary><c>/api/{method}</c>: reads the arguments, applies any queued fault, checks the token, runs the method and
/// records the call before answering, so a client that has its answer can already see the call in the log.</summary>
internal sealed class WebApiEndpoint(FakeSlackContext context)
{
    private const string JsonBodyIgnoredHint =
        "[fake] this method does not read JSON bodies; Slack expects its arguments as a query string or form";

    public async Task HandleAsync(HttpContext http)
    {
        var method = http.Request.RouteValues["method"] as string ?? "";
        var at = context.Clock.GetUtcNow();
        string? authorization = http.Request.Headers.Authorization.Count > 0 ? http.Request.Headers.Authorization[0] : null;
        var request = await WebApiRequest.ReadAsync(http.Request, http.RequestAborted);
        var answer = await AnswerAsync(method, request, authorization, http.RequestAborted);
        if (answer.Reset)
        {
            // Recorded with status 0: no HTTP answer was given. Abort() resets the connection mid-exchange.
            context.Calls.Add(new RecordedCall(method, http.Request.Method, request.AllArgs(), authorization,
                request.ContentType, at, 0, ""));
            http.Abort();
            return;
        }

        context.Calls.Add(new RecordedCall(method, http.Request.Method, request.AllArgs(), authorization,
            request.ContentType, at, answer.Status, answer.Body));

        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = answer.ContentType;
        if (answer.RetryAfterSeconds is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        await http.Response.WriteAsync(answer.Body, http.RequestAborted);
    }

    private async Task<WebApiAnswer> AnswerAsync(string method, WebApiRequest request, string? authorization, CancellationToken cancellationToken)
    {
        var fault = context.Faults.TryTake(method);
        if (fault is SlowFault slow)
        {
            await context.Calls.HoldAsync(method, Task.Delay(slow.Delay, context.Clock, cancellationToken));
        }

        switch (fault)
        {
            case RateLimitFault rateLimit:
                return Json(429, ErrorBody("ratelimited", [], request.MissingCharset)) with { RetryAfterSeconds = rateLimit.RetryAfterSeconds };
            case ServerErrorFault { AfterProcessing: false } serverError:
                return ServerError(serverError.Status);
            case ErrorFault error:
                return Json(200, ErrorBody(error.Error, [], request.MissingCharset));
            case ConnectionResetFault { AfterProcessing: false }:
                return ResetAnswer;
        }

        var answer = Process(method, request, authorization);
        return fault switch
        {
            ServerErrorFault { AfterProcessing: true } late => ServerError(late.Status),
            ConnectionResetFault { AfterProcessing: true } => ResetAnswer,
            _ => answer,
        };
    }

    private WebApiAnswer Process(string method, WebApiRequest request, string? authorization)
    {
        if (!WebApiMethods.All.TryGetValue(method, out var spec))
        {
            return Json(404, new JsonObject { ["ok"] = false, ["error"] = "unknown_method", ["req_method"] = method });
        }

        if (Authorize(spec.Token, authorization) is { } authError)
        {
            return Json(200, ErrorBody(authError, [], request.MissingCharset));
        }

        if (request.BodyError is { } bodyError)
        {
            return Json(200, ErrorBody(bodyError, [], request.MissingCharset));
        }

        var args = (JsonObject)request.QueryAndForm.DeepClone();
        if (spec.ReadsJsonBody && request.JsonBody is not null)
        {
            foreach (var (name, value) in request.JsonBody)
            {
                args[name] = value?.DeepClone();
            }
        }

        try
        {
            var result = spec.Handle(new WebApiCall(new WebApiArgs(args), context));
            if (request.MissingCharset)
            {
                AddWarning(result, "missing_charset");
            }

            return Json(200, result);
        }
        catch (WebApiError error)
        {
            var jsonIgnored = !spec.ReadsJsonBody && request.JsonBody is { Count: > 0 };
            string[] messages = jsonIgnored ? [.. error.Messages, JsonBodyIgnoredHint] : [.. error.Messages];
            return Json(200, ErrorBody(error.Error, messages, request.MissingCharset));
        }
        catch (Exception shapeError) when (shapeError is InvalidOperationException or FormatException)
        {
            // An argument of the wrong JSON type (a number where Slack wants a string, say): Slack rejects the call.
            return Json(200, ErrorBody("invalid_arguments", [$"[fake] {shapeError.Message}"], request.MissingCharset));
        }
    }

    private string? Authorize(TokenKind kind, string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return "not_authed";
        }

        const string Scheme = "Bearer ";
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return "invalid_auth";
        }

        var token = authorization[Scheme.Length..].Trim();
        var identity = context.Identity;
        var (wanted, other) = kind == TokenKind.Bot
            ? (identity.BotToken, identity.AppToken)
            : (identity.AppToken, identity.BotToken);
        return token == wanted ? null : token == other ? "not_allowed_token_type" : "invalid_auth";
    }

    private static JsonObject ErrorBody(string error, IReadOnlyList<string> messages, bool missingCharset)
    {
        var body = new JsonObject { ["ok"] = false, ["error"] = error };
        if (messages.Count > 0)
        {
            body["response_metadata"] = new JsonObject { ["messages"] = SlackJsonWriter.ArrayOf(messages) };
        }

        if (missingCharset)
        {
            AddWarning(body, "missing_charset");
        }

        return body;
    }

    /// <summary>Slack reports warnings twice: a comma-separated <c>warning</c> and a <c>response_metadata.warnings</c> array.</summary>
    internal static void AddWarning(JsonObject body, string warning)
    {
        var existing = body["warning"]?.GetValue<string>();
        body["warning"] = string.IsNullOrEmpty(existing) ? warning : $"{existing},{warning}";
        if (body["response_metadata"] is not JsonObject metadata)
        {
            metadata = new JsonObject();
            body["response_metadata"] = metadata;
        }

        if (metadata["warnings"] is not JsonArray warnings)
        {
            warnings = [];
            metadata["warnings"] = warnings;
        }

        warnings.Add(warning);
    }

    private WebApiAnswer Json(int status, JsonObject body) =>
        new(status, context.WriteJson(body), "application/json; charset=utf-8", null);

    private static WebApiAnswer ServerError(int status) =>
        new(status, $"fake slack: injected HTTP {status.ToString(CultureInfo.InvariantCulture)}", "text/plain; charset=utf-8", null);

    private static readonly WebApiAnswer ResetAnswer = new(0, "", "", null) { Reset = true };

    private sealed record WebApiAnswer(int Status, string Body, string ContentType, int? RetryAfterSeconds)
    {
        public bool Reset { get; init; }
    }
}
