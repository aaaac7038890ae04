import ArgumentParser
import BraudelReports

/// What is done to the command line before ArgumentParser sees it.
enum CommandLineArguments {
    /// Options every command that takes them accepts before the subcommand as well as after it
    /// (`braudel --index X cites`), with whether each takes a value.
    static let commonOptions: [String: Bool] = ["--index": true, "--lexicon": true, "--format": true]

    /// The subcommand names of `braudel`.
    static var subcommandNames: [String] {
        Braudel.configuration.subcommands.map { $0._commandName } + ["help"]
    }

    /// `arguments` with the common options found before the first subcommand moved after the
    /// last word, where the subcommand's own option groups parse them.
    static func hoistingCommonOptions(_ arguments: [String]) -> [String] {
        let (leading, rest) = splittingLeadingCommonOptions(arguments)
        guard !leading.isEmpty else { return arguments }
        var moved = rest
        let end = moved.firstIndex(of: "--") ?? moved.count
        moved.insert(contentsOf: leading, at: end)
        return moved
    }

    /// True when nothing but common options was given: no command to run.
    static func namesNoCommand(_ arguments: [String]) -> Bool {
        splittingLeadingCommonOptions(arguments).rest.isEmpty
    }

    /// The common options before the first other word, and the rest.
    private static func splittingLeadingCommonOptions(_ arguments: [String]) -> (leading: [String], rest: [String]) {
        var leading = [String](), rest = arguments[...]
        while let first = rest.first, first.hasPrefix("--") {
            let name = String(first.split(separator: "=", maxSplits: 1)[0])
            guard let takesValue = commonOptions[name] else { break }
            leading.append(first)
            rest = rest.dropFirst()
            if takesValue, !first.contains("="), let value = rest.first {
                leading.append(value)
                rest = rest.dropFirst()
            }
        }
        return (leading, Array(rest))
    }

    /// The first word, after any common options, when it names no command, or the second when
    /// the first is a command group (`lexicon`) and it names none of the group's commands; with
    /// the names it could have meant and the command whose help lists them.
    static func unknownSubcommand(in arguments: [String]) -> (word: String, candidates: [String], help: String)? {
        let hoisted = hoistingCommonOptions(arguments)
        guard let first = hoisted.first, !first.hasPrefix("-") else { return nil }
        guard let command = Braudel.configuration.subcommands.first(where: { $0._commandName == first }) else {
            return first == "help" ? nil : (first, subcommandNames, "braudel")
        }
        let group = command.configuration.subcommands.map { $0._commandName }
        guard !group.isEmpty, hoisted.count > 1, !hoisted[1].hasPrefix("-"), !group.contains(hoisted[1]) else { return nil }
        return (hoisted[1], group, "braudel \(first)")
    }

    /// What bare `braudel` prints: the commands in one screen, and where to read more.
    static var shortUsage: String {
        """
        Usage: braudel <command> [options]
        Commands: \(Braudel.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }.joined(separator: ", "))
        Start with `braudel index FOLDER`, then e.g. `braudel search 'concept:hegemony'`.
        See `braudel --help` or `braudel help <command>`.

        """
    }
}
