namespace SlackBot.Testing.Fakes;

/// <summary>Keeps enough of a credential to tell its kind (Bearer xoxb-, xapp-) and hides the rest, so recorded calls
/// can be printed in test output.</summary>
public static class SecretMask
{
    public static string Mask(string? secret)
    {
        if (secret is null)
        {
            return "(none)";
        }

        var scheme = "";
        var value = secret;
        var space = secret.IndexOf(' ', StringComparison.Ordinal);
        if (space >= 0)
        {
            scheme = secret[..(space + 1)];
            value = secret[(space + 1)..];
        }

        var dash = value.IndexOf('-', StringComparison.Ordinal);
        var visible = dash is >= 0 and <= 4 ? value[..(dash + 1)] : "";
        return $"{scheme}{visible}***";
    }
}
