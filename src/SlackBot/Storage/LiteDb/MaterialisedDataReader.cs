using LiteDB;

namespace SlackBot.Storage.LiteDb;

/// <summary>
/// A query result already read to the end, with the cursor behaviour of LiteDB's own reader: <see cref="Read"/> moves to
/// the first value, then to each next one. Reading it touches no page, so it needs no engine lock.
/// </summary>
internal sealed class MaterialisedDataReader(IReadOnlyList<BsonValue> values, string collection) : IBsonDataReader
{
    private int _index = -1;

    public bool HasValues => values.Count > 0;

    public BsonValue Current => _index >= 0 && _index < values.Count ? values[_index] : null!;

    public string Collection => collection;

    public BsonValue this[string field] => Current.AsDocument[field] ?? BsonValue.Null;

    public bool Read()
    {
        if (_index >= values.Count) return false;
        _index++;
        return _index < values.Count;
    }

    public void Dispose()
    {
    }
}
