import CLibXML2

/// What an element is to the text: the publisher vocabularies (JATS, TEI) map their element
/// names onto these few roles, and ``XMLBlockWalker`` does the rest.
enum XMLElementRole: Equatable {
    /// Ends the paragraph before and after it (`p`, `sec`, `list-item`).
    case block
    /// A heading paragraph that opens a section (`sec/title`, `div/head`).
    case heading
    /// Text flows through it (`italic`, `hi`, unknown elements).
    case inline
    /// Inline, but set off from its neighbours by a space (a figure's `head` and `figDesc`,
    /// which files write back to back).
    case spacedInline
    /// Left out with everything inside (tables, formulas, reference lists, markers).
    case skip
    /// A footnote or endnote: moved out of the flow into the Notes section.
    case note
    /// A container of notes (`fn-group`): its notes are collected, the rest left out.
    case noteGroup
    /// A pointer to reference entries, with their ids.
    case callout([String])
    /// Inline whitespace (`lb`, `break`).
    case space
}

/// Maps one XML vocabulary's elements onto roles.
protocol XMLVocabulary {
    /// The role of `node` (an element); it may look at the parent (`title` under `caption`).
    func role(of node: XMLNodes.Node) -> XMLElementRole
    /// Whether `node` (found inside a ``XMLElementRole/noteGroup``) is a note.
    func isNote(_ node: XMLNodes.Node) -> Bool
}

/// Walks XML content into an ``XMLTextAssembler`` following a vocabulary, setting notes aside
/// to be rendered as a Notes section after the body. Iterative (hostile documents nest deeply).
struct XMLBlockWalker<Vocabulary: XMLVocabulary> {
    let vocabulary: Vocabulary
    var assembler = XMLTextAssembler()
    /// Notes met so far, in document order, not yet rendered.
    private(set) var notes: [XMLNodes.Node] = []
    private var headingDepth = 0

    init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Appends the content of `node`'s children.
    mutating func walkChildren(of node: XMLNodes.Node) {
        HTMLTree.walk(children: node.pointee.children, of: UnsafeMutableRawPointer(node),
                      enter: { enter($0) }, leave: { leave($0) })
        endBlock()
    }

    /// Appends `node` itself as content (its own role decides).
    mutating func walk(_ node: XMLNodes.Node) {
        guard enter(node) else { return }
        walkChildren(of: node)
        leave(node)
    }

    /// Appends a heading paragraph of our own ("Abstract", "Notes", "References").
    mutating func appendHeading(_ text: String) {
        endBlock()
        assembler.appendParagraph(text, isHeading: true)
    }

    /// Renders the notes met so far (and notes inside them) under a "Notes" heading.
    mutating func appendNotes() {
        guard !notes.isEmpty else { return }
        appendHeading("Notes")
        var index = 0
        while index < notes.count {   // notes met inside notes are appended and rendered too
            walkChildren(of: notes[index])
            index += 1
        }
        notes.removeAll()
    }

    /// Ends the current paragraph.
    mutating func endBlock() {
        if headingDepth == 0 { assembler.endParagraph() }
    }

    private mutating func enter(_ node: XMLNodes.Node) -> Bool {
        if let content = XMLNodes.textContent(node) {
            assembler.appendText(content)
            return false
        }
        if let entity = XMLNodes.entityText(node) {
            assembler.appendText(entity)
            return false
        }
        guard node.pointee.type == XML_ELEMENT_NODE else { return false }
        switch vocabulary.role(of: node) {
        case .inline: return true
        case .spacedInline: assembler.appendSpace(); return true
        case .skip: return false
        case .space: assembler.appendSpace(); return false
        case .note: notes.append(node); return false
        case .noteGroup:
            notes += noteChildren(of: node)
            return false
        case .callout(let targets): assembler.beginCallout(targets: targets); return true
        case .block: endBlock(); return true
        case .heading:
            endBlock()
            headingDepth += 1
            return true
        }
    }

    private mutating func leave(_ node: XMLNodes.Node) {
        guard node.pointee.type == XML_ELEMENT_NODE else { return }
        switch vocabulary.role(of: node) {
        case .callout: assembler.endCallout()
        case .block: endBlock()
        case .spacedInline: assembler.appendSpace()
        case .heading:
            headingDepth -= 1
            if headingDepth == 0 { assembler.endParagraph(isHeading: true) }
        default: break
        }
    }

    /// The notes inside a note group, at any depth.
    private func noteChildren(of group: XMLNodes.Node) -> [XMLNodes.Node] {
        var found = [XMLNodes.Node]()
        HTMLTree.walk(children: group.pointee.children, of: UnsafeMutableRawPointer(group), enter: { child in
            guard child.pointee.type == XML_ELEMENT_NODE else { return false }
            if vocabulary.isNote(child) { found.append(child); return false }
            return true
        }, leave: { _ in })
        return found
    }
}
