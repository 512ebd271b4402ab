using LiteDB;
using SlackBot.Storage.LiteDb;

namespace SlackBot.Tests.Storage;

public class LiteDbDatabaseTests
{
    [Test]
    public void A_transaction_keeps_all_of_its_writes_or_none()
    {
        using var database = LiteDbDatabase.InMemory();
        var notes = database.Collection<BsonDocument>("notes");

        database.InTransaction(() => notes.Insert(new BsonDocument { ["_id"] = "kept" }));
        Assert.Throws<InvalidOperationException>(() => database.InTransaction<bool>(() =>
        {
            notes.Insert(new BsonDocument { ["_id"] = "first" });
            notes.Insert(new BsonDocument { ["_id"] = "second" });
            throw new InvalidOperationException("the work failed half-way");
        }));

        Assert.That(notes.FindAll().Select(note => note["_id"].AsString), Is.EqualTo(new[] { "kept" }));
    }

    [Test]
    public void Transactions_do_not_nest_and_the_outer_one_is_rolled_back()
    {
        using var database = LiteDbDatabase.InMemory();
        var notes = database.Collection<BsonDocument>("notes");

        var failure = Assert.Throws<InvalidOperationException>(() => database.InTransaction(() =>
        {
            notes.Insert(new BsonDocument { ["_id"] = "outer" });
            return database.InTransaction(() => notes.Insert(new BsonDocument { ["_id"] = "inner" }));
        }));

        Assert.Multiple(() =>
        {
            Assert.That(failure?.Message, Does.Contain("do not nest"));
            Assert.That(notes.Count(), Is.Zero);
        });
    }
}
