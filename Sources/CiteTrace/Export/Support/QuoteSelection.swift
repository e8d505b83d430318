/// Some of a graph's quotes, as positions in `graph.quotes`, read as a collection of
/// `MatchedQuote`.
///
/// The report's lookup tables group the same quotes by article and by speech; holding
/// positions instead of copies of each `MatchedQuote` (a few hundred bytes inline, and
/// a retain of every string and edit script on each copy) keeps those tables small.
struct QuoteSelection: RandomAccessCollection, Sendable {
    /// The graph's quotes, shared, not copied.
    let all: [MatchedQuote]
    /// Positions in `all`, in selection order.
    let positions: [Int]

    init(all: [MatchedQuote], positions: [Int]) {
        self.all = all
        self.positions = positions
    }

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }
    /// Lends the quote in place (`_read`): a plain getter would return a copy, retaining
    /// every string and edit script of it, even to read one field.
    subscript(index: Int) -> MatchedQuote {
        _read { yield all[positions[index]] }
    }

    /// The quotes at `indices` of this selection, in that order.
    func picking(_ indices: [Int]) -> QuoteSelection {
        QuoteSelection(all: all, positions: indices.map { positions[$0] })
    }
}
