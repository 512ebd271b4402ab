using LiteDB;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Tests.Storage;

public class RangeQueryTests
{
    [Test]
    public void Different_bounds_share_one_expression_text_so_LiteDB_compiles_it_once()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RangeQuery.Above("$.Sequence", 1L).Source, Is.EqualTo(RangeQuery.Above("$.Sequence", 987_654L).Source));
            Assert.That(RangeQuery.Between("$.At", new DateTime(2026, 1, 1), new DateTime(2026, 1, 8)).Source,
                Is.EqualTo(RangeQuery.Between("$.At", new DateTime(2026, 3, 1), new DateTime(2026, 3, 8)).Source));
            // What this replaces: LiteDB's own helper writes the bound into the text, one compiled delegate per value.
            Assert.That(Query.GT("$.Sequence", 1L).Source, Is.Not.EqualTo(Query.GT("$.Sequence", 2L).Source));
        });
    }

    [Test]
    public void The_bounds_still_select_by_index()
    {
        using var database = new LiteDatabase(new MemoryStream());
        var rows = database.GetCollection("rows");
        for (var i = 1; i <= 20; i++) rows.Insert(new BsonDocument { ["_id"] = i, ["N"] = i * 10 });
        rows.EnsureIndex("N");

        var above = rows.Find(RangeQuery.Above("$.N", 170)).Select(row => row["N"].AsInt32);
        var between = rows.Find(RangeQuery.Between("$.N", 30, 50)).Select(row => row["N"].AsInt32);
        var plan = rows.Query().Where(RangeQuery.Between("$.N", 30, 50)).GetPlan();

        Assert.Multiple(() =>
        {
            Assert.That(above, Is.EqualTo(new[] { 180, 190, 200 }));
            Assert.That(between, Is.EqualTo(new[] { 30, 40, 50 }));
            Assert.That(plan["index"]["expr"].AsString, Is.EqualTo("$.N"));
        });
    }
}
