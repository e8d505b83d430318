public enum CiteTraceVersion {
    public static let string = "0.1.0"
}
