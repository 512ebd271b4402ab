namespace SlackBot.Cli;

/// <summary>Process exit codes, the same for every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Bad arguments or settings: the message says which.</summary>
    public const int Usage = 2;
    /// <summary>Something outside the program is not usable: a path that is not an export, a token Slack refuses.</summary>
    public const int Unusable = 3;
}
