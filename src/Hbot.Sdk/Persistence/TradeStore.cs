using System.Globalization;
using Hbot.Sdk.Events;
using Hbot.Sdk.Markets;
using Hbot.Sdk.Orders;
using Microsoft.Data.Sqlite;

namespace Hbot.Sdk.Persistence;

/// <summary>
/// The bot's trade history in SQLite (WAL mode, full sync): orders, fills (unique by exchange and trade id) and
/// balance snapshots. Written by <see cref="TradeStoreWriter"/> as events happen; read back at start so realized PnL
/// and the orders left open by an earlier run are known. Decimals are stored as text so no precision is lost.
/// </summary>
public sealed class TradeStore
{
    /// <summary>The file name inside the bot's data folder.</summary>
    public const string FileName = "trades.db";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS orders (
            client_order_id TEXT PRIMARY KEY,
            exchange_order_id TEXT,
            exchange TEXT NOT NULL,
            pair TEXT NOT NULL,
            side TEXT NOT NULL,
            order_type TEXT,
            price TEXT,
            amount TEXT,
            state TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            reason TEXT);
        CREATE INDEX IF NOT EXISTS orders_state ON orders(state);
        CREATE TABLE IF NOT EXISTS fills (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            exchange TEXT NOT NULL,
            trade_id TEXT NOT NULL,
            client_order_id TEXT NOT NULL,
            exchange_order_id TEXT,
            pair TEXT NOT NULL,
            side TEXT NOT NULL,
            price TEXT NOT NULL,
            amount TEXT NOT NULL,
            fee_asset TEXT NOT NULL,
            fee_amount TEXT NOT NULL,
            is_maker INTEGER NOT NULL,
            timestamp INTEGER NOT NULL,
            UNIQUE (exchange, trade_id));
        CREATE TABLE IF NOT EXISTS balances (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            timestamp INTEGER NOT NULL,
            exchange TEXT NOT NULL,
            asset TEXT NOT NULL,
            total TEXT NOT NULL,
            available TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS risk_days (
            day TEXT PRIMARY KEY,
            start_pnl TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS pnl_baseline (
            pair TEXT PRIMARY KEY,
            position TEXT NOT NULL,
            average_cost TEXT NOT NULL,
            created_at INTEGER NOT NULL);
        """;

    private readonly string _connectionString;

    /// <summary>Opens (and creates when missing) the store at <paramref name="path"/>.</summary>
    public TradeStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;" + Schema;
        command.ExecuteNonQuery();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Every stored fill (of one pair, or all), oldest first.</summary>
    public async Task<IReadOnlyList<TradeFill>> GetFillsAsync(TradingPair? pair, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT client_order_id, exchange_order_id, trade_id, pair, side, price, amount, fee_asset, fee_amount, is_maker, timestamp FROM fills"
            + (pair is null ? "" : " WHERE pair = $pair") + " ORDER BY timestamp, id";
        if (pair is { } p) command.Parameters.AddWithValue("$pair", p.ToString());
        var fills = new List<TradeFill>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            fills.Add(new TradeFill(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                TradingPair.Parse(reader.GetString(3)), Enum.Parse<TradeSide>(reader.GetString(4)), Dec(reader.GetString(5)),
                Dec(reader.GetString(6)), reader.GetString(7), Dec(reader.GetString(8)), reader.GetInt64(9) != 0, Time(reader.GetInt64(10))));
        }
        return fills;
    }

    /// <summary>Stored orders, oldest first; only those not in a terminal state when <paramref name="openOnly"/>.</summary>
    public async Task<IReadOnlyList<StoredOrder>> GetOrdersAsync(bool openOnly, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT client_order_id, exchange_order_id, exchange, pair, side, order_type, price, amount, state, created_at, updated_at, reason FROM orders"
            + (openOnly ? " WHERE state NOT IN ('Filled', 'Cancelled', 'Failed')" : "") + " ORDER BY created_at, client_order_id";
        var orders = new List<StoredOrder>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            orders.Add(new StoredOrder(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                TradingPair.Parse(reader.GetString(3)), Enum.Parse<TradeSide>(reader.GetString(4)),
                reader.IsDBNull(5) ? null : Enum.Parse<OrderType>(reader.GetString(5)),
                reader.IsDBNull(6) ? null : Dec(reader.GetString(6)), reader.IsDBNull(7) ? null : Dec(reader.GetString(7)),
                Enum.Parse<OrderState>(reader.GetString(8)), Time(reader.GetInt64(9)), Time(reader.GetInt64(10)),
                reader.IsDBNull(11) ? null : reader.GetString(11)));
        }
        return orders;
    }

    /// <summary>The latest snapshot of each asset's balance on an exchange.</summary>
    public async Task<IReadOnlyList<Balance>> GetLatestBalancesAsync(string exchange, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT asset, total, available FROM balances WHERE id IN (SELECT MAX(id) FROM balances WHERE exchange = $exchange GROUP BY asset) ORDER BY asset";
        command.Parameters.AddWithValue("$exchange", exchange);
        var balances = new List<Balance>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            balances.Add(new Balance(reader.GetString(0), Dec(reader.GetString(1)), Dec(reader.GetString(2))));
        return balances;
    }

    /// <summary>The PnL baseline of a pair, recording <paramref name="initial"/> first when there is none yet.</summary>
    public async Task<PnlBaseline> GetOrAddBaselineAsync(TradingPair pair, PnlBaseline initial, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT OR IGNORE INTO pnl_baseline (pair, position, average_cost, created_at) VALUES ($pair, $position, $cost, $at)";
            insert.Parameters.AddWithValue("$pair", pair.ToString());
            insert.Parameters.AddWithValue("$position", Text(initial.Position));
            insert.Parameters.AddWithValue("$cost", Text(initial.AverageCost));
            insert.Parameters.AddWithValue("$at", initial.CreatedAt.ToUnixTimeMilliseconds());
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT position, average_cost, created_at FROM pnl_baseline WHERE pair = $pair";
        select.Parameters.AddWithValue("$pair", pair.ToString());
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new PnlBaseline(Dec(reader.GetString(0)), Dec(reader.GetString(1)), Time(reader.GetInt64(2)));
    }

    /// <summary>The PnL a UTC day's loss is measured from, when a run recorded it.</summary>
    public async Task<decimal?> GetRiskDayStartAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT start_pnl FROM risk_days WHERE day = $day";
        command.Parameters.AddWithValue("$day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string text ? Dec(text) : null;
    }

    /// <summary>
    /// Records that orders left open by an earlier run are gone (reconciled by the connector at start);
    /// returns how many rows changed.
    /// </summary>
    public async Task<int> CloseOrdersAsync(IEnumerable<string> clientOrderIds, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = 0;
        foreach (var id in clientOrderIds)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE orders SET state = 'Cancelled', reason = $reason, updated_at = $at WHERE client_order_id = $id AND state NOT IN ('Filled', 'Cancelled', 'Failed')";
            command.Parameters.AddWithValue("$reason", reason);
            command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$id", id);
            changed += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>Records the PnL a UTC day's loss is measured from (the first record of a day wins).</summary>
    internal static void WriteRiskDayStart(SqliteConnection connection, DateOnly day, decimal startPnl)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, transaction, "INSERT OR IGNORE INTO risk_days (day, start_pnl) VALUES ($day, $pnl)",
            ("$day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$pnl", Text(startPnl)));
        transaction.Commit();
    }

    /// <summary>Writes a batch of events in one transaction; returns rows written per table.</summary>
    internal (int Orders, int Fills, int Balances) Write(SqliteConnection connection, IReadOnlyList<TradingEvent> events)
    {
        int orders = 0, fills = 0, balances = 0;
        using var transaction = connection.BeginTransaction();
        foreach (var e in events)
        {
            switch (e)
            {
                case OrderCreatedEvent c:
                    orders += Execute(connection, transaction, """
                        INSERT INTO orders (client_order_id, exchange_order_id, exchange, pair, side, order_type, price, amount, state, created_at, updated_at)
                        VALUES ($id, $xid, $exchange, $pair, $side, $type, $price, $amount, 'Open', $at, $at)
                        ON CONFLICT(client_order_id) DO UPDATE SET exchange_order_id = COALESCE(excluded.exchange_order_id, exchange_order_id),
                            order_type = excluded.order_type, price = excluded.price, amount = excluded.amount, updated_at = excluded.updated_at
                        """,
                        ("$id", c.ClientOrderId), ("$xid", c.ExchangeOrderId), ("$exchange", c.Exchange), ("$pair", c.Pair.ToString()),
                        ("$side", c.Side.ToString()), ("$type", c.OrderType.ToString()), ("$price", c.OrderType == OrderType.Market ? null : Text(c.Price)),
                        ("$amount", Text(c.Amount)), ("$at", c.Timestamp.ToUnixTimeMilliseconds()));
                    break;
                case OrderFilledEvent f:
                    var fill = f.Fill;
                    var inserted = Execute(connection, transaction, """
                        INSERT OR IGNORE INTO fills (exchange, trade_id, client_order_id, exchange_order_id, pair, side, price, amount, fee_asset, fee_amount, is_maker, timestamp)
                        VALUES ($exchange, $trade, $id, $xid, $pair, $side, $price, $amount, $feeAsset, $fee, $maker, $at)
                        """,
                        ("$exchange", f.Exchange), ("$trade", fill.TradeId), ("$id", fill.ClientOrderId), ("$xid", fill.ExchangeOrderId),
                        ("$pair", fill.Pair.ToString()), ("$side", fill.Side.ToString()), ("$price", Text(fill.Price)), ("$amount", Text(fill.Amount)),
                        ("$feeAsset", fill.FeeAsset), ("$fee", Text(fill.FeeAmount)), ("$maker", fill.IsMaker ? 1 : 0), ("$at", fill.Timestamp.ToUnixTimeMilliseconds()));
                    fills += inserted;
                    if (inserted > 0)
                        orders += SetState(connection, transaction, fill.ClientOrderId, OrderState.PartiallyFilled, null, fill.Timestamp, onlyFrom: "'Open', 'PendingCreate'");
                    break;
                case OrderCompletedEvent done:
                    orders += SetState(connection, transaction, done.ClientOrderId, OrderState.Filled, null, done.Timestamp);
                    break;
                case OrderCancelledEvent x:
                    orders += Upsert(connection, transaction, x.ClientOrderId, x.Exchange, x.Pair, x.Side, OrderState.Cancelled, null, x.Timestamp);
                    break;
                case OrderFailedEvent failed:
                    orders += Upsert(connection, transaction, failed.ClientOrderId, failed.Exchange, failed.Pair, failed.Side, OrderState.Failed, failed.Reason, failed.Timestamp);
                    break;
                case BalanceChangedEvent b:
                    balances += Execute(connection, transaction,
                        "INSERT INTO balances (timestamp, exchange, asset, total, available) VALUES ($at, $exchange, $asset, $total, $available)",
                        ("$at", b.Timestamp.ToUnixTimeMilliseconds()), ("$exchange", b.Exchange), ("$asset", b.Balance.Asset),
                        ("$total", Text(b.Balance.Total)), ("$available", Text(b.Balance.Available)));
                    break;
            }
        }
        transaction.Commit();
        return (orders, fills, balances);
    }

    /// <summary>Whether the store records this kind of event.</summary>
    internal static bool Records(TradingEvent e) =>
        e is OrderCreatedEvent or OrderFilledEvent or OrderCompletedEvent or OrderCancelledEvent or OrderFailedEvent or BalanceChangedEvent;

    /// <summary>Opens a connection to the store.</summary>
    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // Full sync: a committed fill survives a power cut, not only a process kill.
        command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;";
        command.ExecuteNonQuery();
        return connection;
    }

    private static int SetState(SqliteConnection connection, SqliteTransaction transaction, string id, OrderState state, string? reason, DateTimeOffset at, string? onlyFrom = null) =>
        Execute(connection, transaction,
            "UPDATE orders SET state = $state, reason = COALESCE($reason, reason), updated_at = $at WHERE client_order_id = $id"
            + (onlyFrom is null ? "" : $" AND state IN ({onlyFrom})"),
            ("$state", state.ToString()), ("$reason", reason), ("$at", at.ToUnixTimeMilliseconds()), ("$id", id));

    private static int Upsert(SqliteConnection connection, SqliteTransaction transaction, string id, string exchange, TradingPair pair, TradeSide side, OrderState state, string? reason, DateTimeOffset at) =>
        Execute(connection, transaction, """
            INSERT INTO orders (client_order_id, exchange, pair, side, state, created_at, updated_at, reason)
            VALUES ($id, $exchange, $pair, $side, $state, $at, $at, $reason)
            ON CONFLICT(client_order_id) DO UPDATE SET state = excluded.state, reason = COALESCE(excluded.reason, reason), updated_at = excluded.updated_at
            """,
            ("$id", id), ("$exchange", exchange), ("$pair", pair.ToString()), ("$side", side.ToString()), ("$state", state.ToString()),
            ("$at", at.ToUnixTimeMilliseconds()), ("$reason", reason));

    private static int Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command.ExecuteNonQuery();
    }

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static decimal Dec(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(long unixMilliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds);
}
