import GRDB

/// Plain SQLite connections for tests that need a database Braudel did not create.
enum DatabaseQueueFactory {
    static func make(path: String) throws -> DatabaseQueue {
        try DatabaseQueue(path: path)
    }
}
