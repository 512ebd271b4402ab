using System.Globalization;
using System.Text;
using SlackBot.Features.Moments;

namespace SlackBot.Tests.Moments;

/// <summary>
/// Precision and recall per category over a set: recall counts the labelled moments of a category that were
/// found at all (whatever category the detector gave them); precision counts the detections given a category
/// that are labelled moments of any kind. So the table says "what kinds of moment does it miss" and "which
/// category's evidence fires on noise", apart from the category mix-ups reported as category accuracy.
/// </summary>
public sealed class CategoryScores
{
    private readonly Dictionary<MomentCategory, (int Found, int Labelled)> recall = [];
    private readonly Dictionary<MomentCategory, (int Right, int Detected)> precision = [];

    public void Add(LabeledMessage label, MomentDetection? detection)
    {
        if (label.Moment && MomentCategories.TryParse(label.Category, out var labelled))
        {
            var (found, total) = recall.GetValueOrDefault(labelled);
            recall[labelled] = (found + (detection is null ? 0 : 1), total + 1);
        }

        if (detection is not null)
        {
            var (right, detected) = precision.GetValueOrDefault(detection.Category);
            precision[detection.Category] = (right + (label.Moment ? 1 : 0), detected + 1);
        }
    }

    public override string ToString()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"  {"category",-30} {"precision",-14} {"recall",-14}");
        foreach (var category in MomentCategories.All)
        {
            var (right, detected) = precision.GetValueOrDefault(category);
            var (found, labelled) = recall.GetValueOrDefault(category);
            table.AppendLine(CultureInfo.InvariantCulture,
                $"  {category.Key(),-30} {Ratio(right, detected),-14} {Ratio(found, labelled),-14}");
        }

        return table.ToString();
    }

    private static string Ratio(int part, int whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{(double)part / whole:0.00} ({part}/{whole})");
}
