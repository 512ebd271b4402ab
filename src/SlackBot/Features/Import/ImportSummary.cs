namespace SlackBot.Features.Import;

/// <summary>What an import did; counts of what changed, so a second import of the same export shows zeros.</summary>
public sealed record ImportSummary
{
    public int ChannelsRead { get; init; }
    public int MessagesRead { get; init; }
    public int Incidents { get; init; }
    public int IncidentsChanged { get; init; }
    public int Moments { get; init; }
    public int MomentsChanged { get; init; }
    public int QuestionsFound { get; init; }
    public int Findings { get; init; }
    public int FindingsChanged { get; init; }
    public int Problems { get; init; }

    public bool ChangedAnything => IncidentsChanged + MomentsChanged + FindingsChanged > 0;
}

/// <summary>Progress of a long import: the channel being read and the days read so far.</summary>
public sealed record ImportProgress(string Channel, int ChannelIndex, int ChannelCount, int DaysRead);
