namespace SlackBot.Slack.Api;

/// <summary>
/// Sorts Slack error codes into those that will fail again however often the call is repeated and those
/// that a later attempt may get past. Codes in neither set (e.g. already_reacted) need the caller's judgement.
/// </summary>
public static class SlackErrors
{
    public const string RateLimited = "ratelimited";

    private static readonly HashSet<string> Permanent = new(StringComparer.Ordinal)
    {
        "channel_not_found",
        "not_in_channel",
        "is_archived",
        "msg_too_long",
        "no_text",
        "invalid_blocks",
        "invalid_blocks_format",
        "invalid_attachments",
        "invalid_metadata_format",
        "invalid_metadata_schema",
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "no_permission",
        "missing_scope",
        "not_allowed_token_type",
        "ekm_access_denied",
        "cant_update_message",
        "edit_window_closed",
        "message_not_found",
        "thread_not_found",
        "user_not_found",
        "user_not_visible",
        "user_not_in_channel",
        "users_not_found",
        "invalid_arguments",
        "invalid_arg_name",
        "invalid_array_arg",
        "invalid_charset",
        "invalid_form_data",
        "invalid_post_type",
        "invalid_json",
        "json_not_object",
        "invalid_name",
        "invalid_cursor",
        "invalid_trigger_id",
        "expired_trigger_id",
        "exchanged_trigger_id",
        "view_too_large",
        "not_found",
        "duplicate_external_id",
        "hash_conflict",
        "restricted_action",
        "restricted_action_read_only_channel",
        "restricted_action_thread_only_channel",
        "restricted_action_non_threadable_channel",
        "team_access_not_granted",
        "method_deprecated",
        "deprecated_endpoint",
        "too_many_reactions",
        "too_many_attachments",
        "upgrade_required",
    };

    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal)
    {
        RateLimited,
        "rate_limited",
        "internal_error",
        "fatal_error",
        "service_unavailable",
        "request_timeout",
    };

    /// <summary>Repeating the same call cannot succeed: fix the arguments, the token or the channel first.</summary>
    public static bool IsPermanent(string error) => Permanent.Contains(error);

    /// <summary>Slack was busy or failed internally; the same call may succeed later.</summary>
    public static bool IsTransient(string error) => Transient.Contains(error);
}
