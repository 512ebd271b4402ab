namespace SlackBot.Features.Import.Export;

/// <summary>Exports write unset values as missing, null or "" depending on their age; all three mean "not set".</summary>
internal static class Optional
{
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
