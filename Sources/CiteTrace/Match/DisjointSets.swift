/// Union–find over `0..<count` with path halving; `find` gives each group's least member.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra == rb { return }
        // The smaller root wins, so a group's root is its first member.
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
