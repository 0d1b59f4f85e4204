import Foundation
import Model

/// `dockledger-bench --scan [N]`: generates N repositories (Dockerfile, compose file, two
/// workflows, a few dozen source files each) and times a scan of the folder: find, read, apply.
func scanBenchmark(repositories count: Int, in folder: URL) throws {
    let root = folder.appendingPathComponent("repos-\(count)").path
    let dockerfile = """
        # syntax=docker/dockerfile:1.7
        ARG PY=3.12
        FROM python:${PY}-slim AS build
        WORKDIR /src
        COPY requirements.txt .
        RUN pip install --prefix=/install -r requirements.txt
        FROM python:${PY}-slim
        COPY --from=build /install /usr/local
        COPY . /app
        USER app
        HEALTHCHECK CMD python -c "import urllib.request; urllib.request.urlopen('http://localhost:8000/health')"
        CMD ["gunicorn", "app:app"]

        """
    let compose =
        "services:\n  app:\n    build: .\n    ports:\n      - 8000:8000\n    volumes:\n      - ./data:/data\n  db:\n    image: postgres:16\n"
    let release = """
        name: release
        on:
          push:
            tags: ['v*']
        env:
          REGISTRY: ghcr.io
        jobs:
          image:
            runs-on: ubuntu-latest
            strategy:
              matrix:
                platform: [linux/amd64, linux/arm64]
            steps:
              - uses: actions/checkout@v4
              - uses: docker/setup-buildx-action@v3
              - uses: docker/login-action@v3
                with:
                  registry: ${{ env.REGISTRY }}
              - uses: docker/build-push-action@v6
                with:
                  platforms: ${{ matrix.platform }}
                  push: true
                  tags: ${{ env.REGISTRY }}/${{ github.repository }}:${{ github.ref_name }}
                  cache-from: type=gha
                  cache-to: type=gha,mode=max

        """
    let test =
        "name: test\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest -q\n"
    let fm = FileManager.default
    for i in 0..<count {
        let repo = root + "/service-\(i)"
        try fm.createDirectory(atPath: repo + "/.github/workflows", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: repo + "/.git", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: repo + "/node_modules/dep", withIntermediateDirectories: true)
        try Data(dockerfile.utf8).write(to: URL(fileURLWithPath: repo + "/Dockerfile"))
        try Data(compose.utf8).write(to: URL(fileURLWithPath: repo + "/compose.yaml"))
        try Data(release.utf8).write(to: URL(fileURLWithPath: repo + "/.github/workflows/release.yml"))
        try Data(test.utf8).write(to: URL(fileURLWithPath: repo + "/.github/workflows/test.yml"))
        for folder in ["src", "src/api", "tests"] {
            try fm.createDirectory(atPath: repo + "/" + folder, withIntermediateDirectories: true)
            for f in 0..<10 {
                try Data("x = \(f)\n".utf8).write(to: URL(fileURLWithPath: "\(repo)/\(folder)/m\(f).py"))
            }
        }
        try Data("FROM python:3.12\n".utf8).write(to: URL(fileURLWithPath: repo + "/tests/Dockerfile"))
    }
    let start = DispatchTime.now().uptimeNanoseconds
    let repositories = LedgerScan.repositories(at: root)
    let scanned = LedgerScan.read(repositories.map { ($0, root) })
    var ledger = Ledger.new(today: "2026-11-27")
    let scans = LedgerScan.apply(scanned, to: &ledger, projectName: nil, day: "2026-11-27", overwriteManual: false)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let facts = scans.reduce(0) { $0 + $1.found.facts.count }
    print(
        String(
            format: "scan of %d repositories: %.2f s (%d facts, %d projects)", count, elapsed, facts,
            ledger.projects.count))
}
