using System.Text.RegularExpressions;
using SlackBot.Features.Import;
using SlackBot.Features.Incidents;
using SlackBot.Features.Workspace;
using SlackBot.Features.Moments;
using SlackBot.Features.Questions;
using Microsoft.Extensions.DependencyInjection;
using SlackBot.Storage;
using SlackBot.Features.Findings;
using SlackBot.Features.Import.Export;

namespace SlackBot.Cli;

/// <summary>The learning engine, assembled for offline use from the settings: the same detector, bank and signals the bot uses.</summary>
public sealed class LearningToolkit
{
    public LearningToolkit(CliSettings settings)
    {
        Settings = settings;
        Bank = QuestionBank.Load(settings.QuestionDelivery.BankPath);
        Composer = new QuestionComposer(Bank);
        Replay = new ExportReplay(new MomentDetector(), Composer, settings.Moments.MarkReaction);
        Signals = new ResolutionSignals(settings.Incidents.ResolutionPhrases);
        IncidentChannels = ConfiguredPattern.Create(settings.Incidents.ChannelPattern);
    }

    public CliSettings Settings { get; }
    public QuestionBank Bank { get; }
    public QuestionComposer Composer { get; }
    public ExportReplay Replay { get; }
    public ResolutionSignals Signals { get; }
    public Regex IncidentChannels { get; }

    /// <summary>The replay for one export: people mentioned in cues are named from the export's users.</summary>
    public ExportReplay ReplayFor(SlackExport export) => Replay.WithNames(id => export.User(id)?.Label);

    /// <summary>The importer writing to <paramref name="storage"/> (see <see cref="CliStorage"/>).</summary>
    public ExportImporter Importer(IServiceProvider storage, SlackExport export) =>
        new(storage.GetRequiredService<IUnitOfWork>(), storage.GetRequiredService<IIncidentStore>(), storage.GetRequiredService<IMomentStore>(),
            storage.GetRequiredService<IFindingStore>(), storage.GetRequiredService<IUserCache>(), ReplayFor(export), Signals, Settings.Findings.CaptureReaction,
            TimeProvider.System);
}
