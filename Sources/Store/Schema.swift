import GRDB

/// The store's tables, built by named migrations that run once each, in order, and are
/// recorded in GRDB's `grdb_migrations` table. A new version of the schema is a new migration
/// appended here; shipped migrations never change.
///
/// The data model (v1):
/// - `files`: every ingested file, keyed by the SHA-256 of its bytes and the dataset it was
///   read as; the data rows point to the file they came from (`file_id`).
/// - `teams`, `roles`, `periods`: catalogues of the names that people, targets, reports and
///   KPI values use; a period keeps its kind and first and last day.
/// - One table per ``Dataset``, named after it, whose primary key is the dataset's natural
///   key (``Dataset/keyColumns``). Optional key parts (a raise's entity or source, a KPI
///   value's period) are stored as `''`, "not given", so the key stays unique.
/// - `runs`: one row per pipeline run; `results`: every result of a run as JSON text, keyed
///   by run, kind and a key unique within the kind.
///
/// v2 adds the campaigns' `owner` (the entity credited with a campaign; NULL for none), so
/// that campaign results can be scored on the owner's scorecard. A campaigns file read before
/// had its `owner` column ignored, so v2 forgets the stored campaigns and their files: the next
/// run reads them again, owners included.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try db.execute(sql: version1) }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                DELETE FROM campaigns;
                DELETE FROM files WHERE dataset = 'campaigns';
                ALTER TABLE campaigns ADD COLUMN owner TEXT;
                """)
        }
        return migrator
    }

    private static let version1 = """
        CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL,
            dataset TEXT NOT NULL,
            path TEXT NOT NULL,
            rows_added INTEGER NOT NULL,
            rows_skipped INTEGER NOT NULL,
            ingested_at TEXT NOT NULL,
            UNIQUE (sha256, dataset)
        );
        CREATE TABLE teams (name TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE roles (name TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE periods (
            label TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            start TEXT NOT NULL,
            end TEXT NOT NULL CHECK (end >= start)
        ) WITHOUT ROWID;
        CREATE TABLE people (
            entity TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            team TEXT NOT NULL REFERENCES teams(name),
            role TEXT NOT NULL REFERENCES roles(name),
            file_id INTEGER NOT NULL REFERENCES files(id)
        ) WITHOUT ROWID;
        CREATE TABLE targets (
            entity TEXT NOT NULL,
            period TEXT NOT NULL REFERENCES periods(label),
            kpi TEXT NOT NULL,
            target REAL NOT NULL CHECK (target >= 0),
            file_id INTEGER NOT NULL REFERENCES files(id),
            PRIMARY KEY (entity, period, kpi)
        ) WITHOUT ROWID;
        CREATE TABLE actuals (
            entity TEXT NOT NULL,
            kpi TEXT NOT NULL,
            date TEXT NOT NULL,
            amount REAL NOT NULL CHECK (amount >= 0),
            file_id INTEGER NOT NULL REFERENCES files(id),
            PRIMARY KEY (entity, kpi, date)
        ) WITHOUT ROWID;
        CREATE TABLE raises (
            entity TEXT NOT NULL,
            source TEXT NOT NULL,
            date TEXT NOT NULL,
            amount REAL NOT NULL CHECK (amount >= 0),
            file_id INTEGER NOT NULL REFERENCES files(id),
            PRIMARY KEY (entity, source, date)
        ) WITHOUT ROWID;
        CREATE TABLE campaigns (
            campaign TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            channel TEXT NOT NULL,
            start TEXT NOT NULL,
            end TEXT NOT NULL CHECK (end >= start),
            cost REAL NOT NULL CHECK (cost >= 0),
            revenue REAL NOT NULL CHECK (revenue >= 0),
            leads INTEGER CHECK (leads >= 0),
            customers INTEGER CHECK (customers >= 0),
            file_id INTEGER NOT NULL REFERENCES files(id)
        ) WITHOUT ROWID;
        CREATE TABLE channel_spend (
            channel TEXT NOT NULL,
            date TEXT NOT NULL,
            spend REAL NOT NULL CHECK (spend >= 0),
            file_id INTEGER NOT NULL REFERENCES files(id),
            PRIMARY KEY (channel, date)
        ) WITHOUT ROWID;
        CREATE TABLE reports (
            entity TEXT NOT NULL,
            period TEXT NOT NULL REFERENCES periods(label),
            measure TEXT NOT NULL,
            value REAL NOT NULL,
            file_id INTEGER NOT NULL REFERENCES files(id),
            PRIMARY KEY (entity, period, measure)
        ) WITHOUT ROWID;
        CREATE TABLE kpi_values (
            entity TEXT NOT NULL,
            period TEXT NOT NULL,
            kpi TEXT NOT NULL,
            role TEXT NOT NULL REFERENCES roles(name),
            team TEXT NOT NULL,
            value REAL NOT NULL,
            file_id INTEGER NOT NULL REFERENCES files(id),
            PRIMARY KEY (entity, period, kpi)
        ) WITHOUT ROWID;
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            project TEXT NOT NULL,
            as_of TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed'))
        );
        CREATE TABLE results (
            run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            json TEXT NOT NULL CHECK (json_valid(json)),
            PRIMARY KEY (run_id, kind, key)
        ) WITHOUT ROWID;
        """
}
