extension RandomAccessCollection {
    /// The first index whose element satisfies `belongs`, or `endIndex`, in a collection
    /// partitioned by it (every element that fails comes before every one that satisfies):
    /// a binary search, as swift-algorithms' method of the same name. The engine's lookups
    /// inside a document (the quote, paragraph or article at an offset) use it, so a long
    /// document costs a logarithm per lookup, not a scan.
    func partitioningIndex(where belongs: (Element) throws -> Bool) rethrows -> Index {
        var low = startIndex
        var n = count
        while n > 0 {
            let half = n / 2
            let mid = index(low, offsetBy: half)
            if try belongs(self[mid]) {
                n = half
            } else {
                low = index(after: mid)
                n -= half + 1
            }
        }
        return low
    }
}
