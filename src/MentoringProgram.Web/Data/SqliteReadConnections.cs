using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MentoringProgram.Web.Data;

/// <summary>
/// Open SQLite connections that keep their queries prepared, for reads outside a transaction. SQLite compiles every
/// statement before running it, and a page's one or two statements are large (a list's count, page and topics; the
/// home page's union of what to do next): compiling them was a third of the staff home page and a tenth of the
/// request list (issue 12). Microsoft.Data.Sqlite keeps a statement only as long as its command and EF Core's
/// connection is closed after each query, so nothing outlives a request; these connections stay open and keep one
/// prepared command per query text, as Npgsql's automatic preparation does for PostgreSQL (ADR 0023).
/// Only for a database file: an in-memory database is private to its connection.
/// </summary>
public sealed class SqliteReadConnections(string connectionString) : IDisposable
{
    /// <summary>Idle connections kept; more are opened under load and closed when returned.</summary>
    private const int MaxIdle = 32;

    /// <summary>Distinct query texts a connection keeps prepared before it starts again (the app has a few hundred).</summary>
    private const int MaxStatements = 512;

    /// <summary>Query texts this cannot run (one that needs a function EF Core adds to its own connections), left to EF.</summary>
    private readonly ConcurrentDictionary<string, bool> _declined = new(StringComparer.Ordinal);

    private readonly ConcurrentBag<Lease> _idle = [];
    private long _prepared;
    private int _idleCount;
    private bool _disposed;

    /// <summary>Statements prepared so far, over every connection: it stops growing once the app's queries are prepared.</summary>
    public long Prepared => Interlocked.Read(ref _prepared);

    public static bool Serves(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode != SqliteOpenMode.Memory
            && !string.IsNullOrWhiteSpace(builder.DataSource)
            && !builder.DataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Runs EF Core's query on a connection of its own with the statement already prepared, or returns null to leave it
    /// to EF Core: inside a transaction (which must see its own writes), for anything but a LINQ query, or for a
    /// statement this cannot prepare.
    /// </summary>
    public DbDataReader? TryExecute(DbCommand command, CommandSource source)
    {
        if (source != CommandSource.LinqQuery || command.Transaction is not null || command is not SqliteCommand query
            || _declined.ContainsKey(query.CommandText))
        {
            return null;
        }
        var lease = Rent();
        try
        {
            var prepared = lease.CommandFor(query, out var isNew);
            if (isNew)
            {
                Interlocked.Increment(ref _prepared);
            }
            return new LeasedDataReader(prepared.ExecuteReader(CommandBehavior.Default), () => Return(lease));
        }
        catch (SqliteException)
        {
            // EF Core runs it and reports its own error if it is one; a statement that failed to prepare here is not tried again.
            if (_declined.Count < MaxStatements)
            {
                _declined.TryAdd(query.CommandText, true);
            }
            lease.Forget(query.CommandText);
            Return(lease);
            return null;
        }
    }

    private Lease Rent()
    {
        if (_idle.TryTake(out var lease))
        {
            Interlocked.Decrement(ref _idleCount);
            return lease;
        }
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return new Lease(connection);
    }

    private void Return(Lease lease)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            lease.Dispose();
            return;
        }
        _idle.Add(lease);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var lease))
        {
            lease.Dispose();
        }
    }

    /// <summary>One open connection and its prepared commands; used by one query at a time.</summary>
    private sealed class Lease(SqliteConnection connection) : IDisposable
    {
        private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

        public SqliteCommand CommandFor(SqliteCommand query, out bool isNew)
        {
            isNew = !_commands.TryGetValue(query.CommandText, out var prepared);
            if (prepared is null)
            {
                if (_commands.Count >= MaxStatements)
                {
                    DisposeCommands();
                }
                prepared = connection.CreateCommand();
                prepared.CommandText = query.CommandText;
                _commands[query.CommandText] = prepared;
            }
            prepared.CommandTimeout = query.CommandTimeout;
            // EF Core's own parameters, as it made them (names, types, values): its command is never run.
            prepared.Parameters.Clear();
            foreach (SqliteParameter parameter in query.Parameters)
            {
                prepared.Parameters.Add(parameter);
            }
            return prepared;
        }

        public void Forget(string commandText)
        {
            if (_commands.Remove(commandText, out var command))
            {
                command.Dispose();
            }
        }

        private void DisposeCommands()
        {
            foreach (var command in _commands.Values)
            {
                command.Dispose();
            }
            _commands.Clear();
        }

        public void Dispose()
        {
            DisposeCommands();
            connection.Dispose();
        }
    }
}
