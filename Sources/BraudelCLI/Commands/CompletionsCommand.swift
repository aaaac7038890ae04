import ArgumentParser

/// `braudel completions bash|zsh|fish`: the shell completion script, generated from the commands
/// and options themselves.
struct CompletionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "completions",
        abstract: "Print a shell completion script (bash, zsh or fish).",
        discussion: """
        bash: braudel completions bash > ~/.local/share/bash-completion/completions/braudel
        zsh:  braudel completions zsh > "${fpath[1]}/_braudel"
        fish: braudel completions fish > ~/.config/fish/completions/braudel.fish
        """)

    @Argument(help: "bash, zsh or fish.") var shell: CompletionShell

    func run() throws {
        Printer.write(Braudel.completionScript(for: shell))
    }
}

extension CompletionShell: @retroactive ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
