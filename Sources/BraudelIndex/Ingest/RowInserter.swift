import GRDB
import GRDBSQLite

/// A value bound to one parameter of an INSERT.
enum BoundValue {
    case integer(Int64)
    case real(Double)
    case text(String)
    case null

    init(_ value: Int) { self = .integer(Int64(value)) }
    init(_ value: Int64?) { self = value.map(BoundValue.integer) ?? .null }
    init(_ value: String?) { self = value.map(BoundValue.text) ?? .null }
    init(_ value: Bool) { self = .integer(value ? 1 : 0) }
}

/// Runs one prepared INSERT many times, binding values straight through the SQLite C API.
/// GRDB's `execute(arguments:)` boxes every value as an existential, converts it to a
/// `DatabaseValue` and validates the argument list on each call: for sentence and mention rows,
/// the writer's commonest statements, that bookkeeping cost more than SQLite's own insert.
struct RowInserter {
    private let statement: Statement
    private let db: Database

    /// Prepares (or reuses from the connection's cache) `sql`.
    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.cachedStatement(sql: sql)
    }

    /// Inserts one row and returns its rowid. Throws SQLite's error (constraint, I/O) as GRDB does.
    @discardableResult
    func insert(_ values: [BoundValue]) throws -> Int64 {
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
            case .real(let number): code = sqlite3_bind_double(handle, index, number)
            case .null: code = sqlite3_bind_null(handle, index)
            case .text(var string):
                code = string.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { chars in
                        // An empty string must stay text: a nil pointer would bind NULL.
                        guard let base = chars.baseAddress, chars.count > 0 else {
                            return sqlite3_bind_text(handle, index, "", 0, Self.transient)
                        }
                        return sqlite3_bind_text(handle, index, base, Int32(chars.count), Self.transient)
                    }
                }
            }
            guard code == SQLITE_OK else { throw error(code) }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw error(code) }
        return db.lastInsertedRowID
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before the bind call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private func error(_ code: Int32) -> DatabaseError {
        let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
