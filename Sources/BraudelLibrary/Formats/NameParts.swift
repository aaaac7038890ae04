import BraudelText

/// Family names that carry their particle ("de la Vega", "van der Linden") split for export
/// formats that keep the particle apart; the particles are the project's one list.
enum NameParts {
    static func particleAndFamily(_ surname: String) -> (String?, String) {
        let words = surname.split(separator: " ").map(String.init)
        var k = 0
        while k < words.count - 1, NameParticles.all.contains(words[k].lowercased()) { k += 1 }
        guard k > 0 else { return (nil, surname) }
        return (words[..<k].joined(separator: " "), words[k...].joined(separator: " "))
    }
}
