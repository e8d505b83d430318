extension String {
    /// The string of `scalars`, encoded to UTF-8 in one pass.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` goes through unspecialized generic
    /// code, one scalar at a time; building each paragraph, slice and quote text that way
    /// was most of segmentation's time.
    init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        var capacity = 0
        for s in scalars { capacity += UTF8.width(s) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var i = 0
            for s in scalars {
                UTF8.encode(s) { buffer[i] = $0; i += 1 }
            }
            return i
        }
    }
}
