using Microsoft.Data.Sqlite;

namespace StdSearch.Benchmarks.Search;

/// <summary>
/// Peer: SQLite FTS5 with its trigram tokenizer (Microsoft.Data.Sqlite's bundled SQLite). One FTS5 table holds the
/// clause text and the standard id; level and year are UNINDEXED columns for filters. Queries are what a fair user
/// writes: a phrase in double quotes for words and phrases of three or more characters (trigram MATCH), ranked by
/// bm25 (<c>ORDER BY rank</c>); two-character words cannot match a trigram index, so they fall back to
/// <c>LIKE '%word%'</c> (which FTS5 serves from the trigram index only for three or more characters: a scan), without
/// ranking; ids are a phrase MATCH on the id column in the printed form. Journal off and one transaction for the load.
/// </summary>
internal sealed class SqliteFts5Engine : IScaleEngine
{
    private readonly string _path;
    private readonly SqliteConnection _connection;

    public SqliteFts5Engine(string folder)
    {
        Directory.CreateDirectory(folder);
        _path = Path.Combine(folder, "fts5.db");
        _connection = new SqliteConnection($"Data Source={_path}");
    }

    public string Name => "SQLite FTS5 trigram";

    public void OpenExisting() => _connection.Open();

    public void Index(IEnumerable<ScaleStandard> standards)
    {
        File.Delete(_path);
        _connection.Open();
        Execute("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
        Execute("CREATE VIRTUAL TABLE clauses USING fts5(sid, num UNINDEXED, heading, body, level UNINDEXED, year UNINDEXED, tokenize='trigram');");
        using var tx = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO clauses(sid, num, heading, body, level, year) VALUES ($sid, $num, $heading, $body, $level, $year)";
        var sid = insert.Parameters.Add("$sid", SqliteType.Text);
        var num = insert.Parameters.Add("$num", SqliteType.Text);
        var heading = insert.Parameters.Add("$heading", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var level = insert.Parameters.Add("$level", SqliteType.Text);
        var year = insert.Parameters.Add("$year", SqliteType.Integer);
        insert.Prepare();
        foreach (var standard in standards)
        {
            foreach (var c in standard.Clauses)
            {
                sid.Value = c.StandardId;
                num.Value = c.Number;
                heading.Value = c.Heading;
                body.Value = c.Text;
                level.Value = c.Level;
                year.Value = c.Year;
                insert.ExecuteNonQuery();
            }
        }

        tx.Commit();
        Execute("INSERT INTO clauses(clauses) VALUES('optimize');");
    }

    public int Search(ScaleQuery query)
    {
        using var cmd = _connection.CreateCommand();
        string Quote(string s) => "\"" + s.Replace("\"", "\"\"") + "\"";
        bool Short(string s) => s.Length < 3;
        switch (query.Kind)
        {
            case ScaleQueryKind.Id:
                cmd.CommandText = "SELECT rowid FROM clauses WHERE clauses MATCH $q ORDER BY rank LIMIT 10";
                cmd.Parameters.AddWithValue("$q", "sid : " + Quote(query.Id));
                break;
            case ScaleQueryKind.And:
            {
                var a = query.Terms[0];
                var b = query.Terms[1];
                var match = new List<string>();
                var like = new List<string>();
                foreach (var t in new[] { a, b }) (Short(t) ? like : match).Add(t);
                var where = new List<string>();
                if (match.Count > 0)
                {
                    where.Add("clauses MATCH $q");
                    cmd.Parameters.AddWithValue("$q", string.Join(" AND ", match.Select(Quote)));
                }

                for (var i = 0; i < like.Count; i++)
                {
                    where.Add($"(body LIKE $l{i} OR heading LIKE $l{i})");
                    cmd.Parameters.AddWithValue($"$l{i}", "%" + like[i] + "%");
                }

                cmd.CommandText = $"SELECT rowid FROM clauses WHERE {string.Join(" AND ", where)}{(match.Count > 0 ? " ORDER BY rank" : "")} LIMIT 10";
                break;
            }
            default:
            {
                var term = query.Terms[0];
                var filter = query.Kind == ScaleQueryKind.Filtered ? " AND level = $level AND year >= $year" : "";
                if (filter.Length > 0)
                {
                    cmd.Parameters.AddWithValue("$level", query.Level);
                    cmd.Parameters.AddWithValue("$year", query.FromYear);
                }

                if (Short(term))
                {
                    cmd.CommandText = $"SELECT rowid FROM clauses WHERE (body LIKE $l OR heading LIKE $l){filter} LIMIT 10";
                    cmd.Parameters.AddWithValue("$l", "%" + term + "%");
                }
                else
                {
                    cmd.CommandText = $"SELECT rowid FROM clauses WHERE clauses MATCH $q{filter} ORDER BY rank LIMIT 10";
                    cmd.Parameters.AddWithValue("$q", "{heading body} : " + Quote(term));
                }

                break;
            }
        }

        var n = 0;
        using var reader = cmd.ExecuteReader();
        while (reader.Read()) n++;
        return n;
    }

    public long SizeOnDisk() => new FileInfo(_path).Length;

    public void Dispose()
    {
        _connection.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
