/// Where an image is pushed, named as the ledger names registries.
public enum RegistryName {
    /// The registry of an image reference whose host part is known; nil when unknown.
    public static func ofImage(_ image: String) -> String? {
        let text = image.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let slash = text.firstIndex(of: "/") else {
            // One component: a Docker Hub library image, if all of it is known.
            return PartialText.isLiteral(text) ? "Docker Hub" : nil
        }
        let first = String(text[..<slash])
        if !PartialText.isLiteral(first) { return ecrPattern(first) ? "ECR" : nil }
        if first.contains(".") || first.contains(":") || first == "localhost" { return ofHost(first) }
        return "Docker Hub"
    }

    /// A registry host (`docker/login-action`'s `registry`) named; nil when unknown.
    public static func ofHost(_ host: String) -> String? {
        let host = host.trimmingCharacters(in: .whitespaces).lowercased()
        if host.isEmpty || host == "docker.io" || host == "index.docker.io" { return "Docker Hub" }
        if !PartialText.isLiteral(host) { return ecrPattern(host) ? "ECR" : nil }
        if host == "ghcr.io" { return "ghcr.io" }
        if host == "public.ecr.aws" || ecrPattern(host) { return "ECR" }
        return host
    }

    /// `*.dkr.ecr.*.amazonaws.com`, where unknown parts may stand for the account or region.
    static func ecrPattern(_ host: String) -> Bool {
        let h = host.lowercased()
        guard h.hasSuffix(".amazonaws.com"), let range = h.range(of: ".dkr.ecr.") else { return false }
        return range.lowerBound > h.startIndex
    }
}
