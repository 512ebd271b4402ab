namespace SlackBot.Tests.Storage.Contract;

// The PostgreSQL implementation runs the same contracts as LiteDB (LiteDbContracts.cs), one line per fixture.
