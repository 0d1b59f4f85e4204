import Foundation
import Testing

@testable import Model

/// One test per row of the scan rules, with its exceptions; a field absent from `values` is unknown.
@Suite struct ScanFactTests {
    @Test func dockerAndDockerfileType() {
        #expect(TestRepository(["README.md": "hi"]).values[.docker] == nil)
        #expect(TestRepository(["README.md": "hi"]).values[.dockerfileType] == nil)
        let prod = TestRepository(["Dockerfile": "FROM alpine\n"])
        #expect(prod.values[.docker] == .flag(true))
        #expect(prod.values[.dockerfileType] == .text("production"))
        let both = TestRepository(["app/Containerfile": "FROM a\n", "Testing/Dockerfile": "FROM b\n"])
        #expect(both.values[.dockerfileType] == .text("both"))
        let onlyTests = TestRepository([
            "Dockerfile.test": "FROM alpine\nUSER app\n", "ci/integration-tests.dockerfile": "FROM x\n",
        ])
        #expect(onlyTests.values[.dockerfileType] == .text("test"))
        // No production Dockerfile: every Dockerfile fact is unknown.
        for field in [FactField.multiStage, .baseImage, .minimalBase, .nonRoot, .healthcheck, .secretsFree] {
            #expect(onlyTests.values[field] == nil)
        }
        // A compose service that builds is Docker too.
        let composeOnly = TestRepository(["docker-compose.yml": "services:\n  api:\n    build:\n      context: .\n"])
        #expect(composeOnly.values[.docker] == .flag(true))
        #expect(composeOnly.source(.docker) == "docker-compose.yml:4")
        let imageOnly = TestRepository(["compose.yaml": "services:\n  db:\n    image: postgres:16\n"])
        #expect(imageOnly.values[.docker] == nil)
        #expect(imageOnly.values[.compose] == .flag(true))
    }

    @Test func fileNamesAreCaseSensitiveAndSkippedFoldersAreNotEntered() {
        let repo = TestRepository([
            "dockerfile": "FROM a\n", "DOCKERFILE": "FROM a\n", "docker-compose.yml.bak": "x",
            "node_modules/pkg/Dockerfile": "FROM a\n", "vendor/x/Dockerfile": "FROM a\n",
            "third_party/y/compose.yaml": "services: {}\n", ".git/Dockerfile": "FROM a\n",
        ])
        #expect(repo.values[.docker] == nil)
        #expect(repo.values[.compose] == .flag(false))
        let files = RepositoryFiles(
            root: TestRepository([
                "web.Dockerfile": "", "Dockerfile.dev": "", "a/b/api.dockerfile": "",
                "docker-compose.prod.yml": "", "compose.yml": "",
            ]).root)
        #expect(files.dockerfiles == ["Dockerfile.dev", "a/b/api.dockerfile", "web.Dockerfile"])
        #expect(files.composeFiles == ["compose.yml", "docker-compose.prod.yml"])
    }

    @Test func productionDockerfileChoice() {
        // The first build's literal file, relative to the root, ./ dropped.
        var repo = TestRepository([
            "Dockerfile": "FROM debian\n",
            "deploy/prod.Dockerfile": "FROM alpine\nUSER app\n",
            ".github/workflows/a.yml":
                "on: push\njobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          file: ./deploy/prod.Dockerfile\n",
        ])
        #expect(repo.facts.productionDockerfile == "deploy/prod.Dockerfile")
        #expect(repo.values[.baseImage] == .text("alpine"))
        // Without a file: {context}/Dockerfile.
        repo = TestRepository([
            "Dockerfile": "FROM debian\n", "svc/Dockerfile": "FROM alpine\n",
            ".github/workflows/a.yml": "jobs:\n  b:\n    steps:\n      - run: docker build -t x svc\n",
        ])
        #expect(repo.facts.productionDockerfile == "svc/Dockerfile")
        // A build whose file does not exist (or is not literal) falls back to the root Dockerfile.
        repo = TestRepository([
            "Containerfile": "FROM debian\n", "a/Dockerfile": "FROM alpine\n",
            ".github/workflows/a.yml": "jobs:\n  b:\n    steps:\n      - run: docker build -f ${{ matrix.df }} .\n",
        ])
        #expect(repo.facts.productionDockerfile == "Containerfile")
        // Else the shallowest production Dockerfile, ties by path; test ones never.
        repo = TestRepository([
            "b/Dockerfile": "FROM b\n", "a/Dockerfile": "FROM a\n", "x/y/Dockerfile": "FROM y\n",
            "Dockerfile.test": "FROM t\n",
        ])
        #expect(repo.facts.productionDockerfile == "a/Dockerfile")
    }

    @Test func dockerfileFactsCarryFileAndLine() {
        let repo = TestRepository([
            "Dockerfile":
                "# syntax=docker/dockerfile:1\nFROM node:20 AS build\nRUN npm ci\nFROM gcr.io/distroless/nodejs20-debian12\nCOPY --from=build /app /app\n"
        ])
        #expect(repo.values[.multiStage] == .flag(true))
        #expect(repo.source(.multiStage) == "Dockerfile:4")
        #expect(repo.values[.baseImage] == .text("gcr.io/distroless/nodejs20-debian12"))
        #expect(repo.values[.minimalBase] == .flag(true))
        #expect(repo.values[.nonRoot] == .flag(false))
        #expect(repo.values[.healthcheck] == .flag(false))
        #expect(repo.values[.secretsFree] == .flag(true))
        // USER $VAR without a default: unknown, not false.
        #expect(TestRepository(["Dockerfile": "FROM a\nUSER $U\n"]).values[.nonRoot] == nil)
    }

    @Test func healthcheckFromCompose() {
        let repo = TestRepository([
            "Dockerfile": "FROM a\n",
            "compose.yaml": "services:\n  app:\n    build: .\n    healthcheck:\n      test: [\"CMD\", \"true\"]\n",
        ])
        #expect(repo.values[.healthcheck] == .flag(true))
        #expect(repo.source(.healthcheck) == "compose.yaml:5")
        let disabled = TestRepository([
            "Dockerfile": "FROM a\n",
            "compose.yaml":
                "services:\n  app:\n    build: .\n    healthcheck:\n      disable: true\n  db:\n    image: pg\n    healthcheck:\n      test: x\n",
        ])
        #expect(disabled.values[.healthcheck] == .flag(false))
    }

    @Test func composeAndVolumes() {
        #expect(TestRepository(["Dockerfile": "FROM a\n"]).values[.compose] == .flag(false))
        #expect(TestRepository(["Dockerfile": "FROM a\n"]).values[.volumes] == .flag(false))
        let service = TestRepository([
            "docker-compose.dev.yaml":
                "services:\n  app:\n    image: a\n    ports:\n      - 22:22\n    volumes:\n      - ./src:/src\n"
        ])
        #expect(service.values[.compose] == .flag(true))
        #expect(service.values[.volumes] == .flag(true))
        let topLevel = TestRepository(["compose.yml": "services:\n  a:\n    image: x\nvolumes:\n  data: {}\n"])
        #expect(topLevel.values[.volumes] == .flag(true))
        let none = TestRepository(["compose.yml": "services:\n  a:\n    image: x\n"])
        #expect(none.values[.volumes] == .flag(false))
        // Not YAML: noted, read as saying nothing.
        let broken = TestRepository(["compose.yml": "services: [\n"])
        #expect(broken.values[.compose] == .flag(true))
        #expect(broken.facts.notes == ["compose.yml: not valid YAML, not read"])
    }

    @Test func ciWithoutFilesLeavesCIFlagsUnknown() {
        let repo = TestRepository(["Dockerfile": "FROM a\n"])
        #expect(repo.values[.ciEnabled] == .flag(false))
        #expect(repo.values[.automatedReleases] == .flag(false))
        for field in [FactField.buildx, .ghaCache, .multiArch, .platforms, .registryName] {
            #expect(repo.values[field] == nil)
        }
    }

    @Test func ciFilesWithoutBuilds() {
        let repo = TestRepository([
            "Dockerfile": "FROM a\n",
            ".github/workflows/test.yaml": "on: [push]\njobs:\n  t:\n    steps:\n      - run: swift test\n",
        ])
        #expect(repo.values[.ciEnabled] == .flag(false))
        #expect(repo.values[.buildx] == .flag(false))
        #expect(repo.values[.ghaCache] == .flag(false))
        #expect(repo.values[.multiArch] == .flag(false))
        #expect(repo.values[.platforms] == nil)
        #expect(repo.values[.registryName] == nil)
        #expect(repo.values[.automatedReleases] == .flag(false))
    }

    private func workflow(_ yaml: String, extra: [String: String] = [:]) -> TestRepository {
        var files = extra
        files["Dockerfile"] = files["Dockerfile"] ?? "FROM a\n"
        files[".github/workflows/ci.yml"] = yaml
        return TestRepository(files)
    }

    @Test func imageBuildKinds() {
        let runLine = workflow(
            "jobs:\n  b:\n    steps:\n      - run: |\n          echo hi\n          docker buildx build \\\n            --platform linux/amd64,linux/arm64 \\\n            --cache-from type=gha --cache-to type=gha,mode=max \\\n            -t ghcr.io/acme/app --push .\n"
        )
        #expect(runLine.values[.ciEnabled] == .flag(true))
        #expect(runLine.source(.ciEnabled) == ".github/workflows/ci.yml:6")
        #expect(runLine.values[.buildx] == .flag(true))
        #expect(runLine.values[.ghaCache] == .flag(true))
        #expect(runLine.values[.platforms] == .list(["linux/amd64", "linux/arm64"]))
        #expect(runLine.values[.multiArch] == .flag(true))
        #expect(runLine.values[.registryName] == .text("ghcr.io"))
        let compose = workflow(
            "jobs:\n  b:\n    steps:\n      - run: docker compose -f docker-compose.ci.yml build api\n")
        #expect(compose.values[.ciEnabled] == .flag(true))
        #expect(compose.values[.buildx] == .flag(false))
        let kaniko = workflow("jobs:\n  b:\n    steps:\n      - uses: aevea/action-kaniko@master\n")
        #expect(kaniko.values[.ciEnabled] == .flag(true))
        let buildah = workflow("jobs:\n  b:\n    steps:\n      - uses: redhat-actions/buildah-build@v2\n")
        #expect(buildah.values[.ciEnabled] == .flag(true))
        let reusable = workflow(
            "jobs:\n  call:\n    uses: acme/shared/.github/workflows/docker-publish.yml@v1\n    with:\n      platforms: linux/amd64,linux/arm64/v8\n      tags: acme/app:1\n"
        )
        #expect(reusable.values[.ciEnabled] == .flag(true))
        #expect(reusable.values[.platforms] == .list(["linux/amd64", "linux/arm64/v8"]))
        let notABuild = workflow(
            "jobs:\n  b:\n    steps:\n      - run: docker run --rm alpine echo build\n      - uses: actions/checkout@v4\n"
        )
        #expect(notABuild.values[.ciEnabled] == .flag(false))
    }

    @Test func gitLabScriptLines() {
        let repo = TestRepository([
            "Dockerfile": "FROM a\n",
            ".gitlab-ci.yml": """
            stages: [build]
            variables:
              IMAGE: $CI_REGISTRY_IMAGE
            build:
              stage: build
              script:
                - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_TAG .
                - docker push registry.gitlab.com/acme/app:$CI_COMMIT_TAG
              rules:
                - if: $CI_COMMIT_TAG
            """,
        ])
        #expect(repo.values[.ciEnabled] == .flag(true))
        #expect(repo.values[.registryName] == .text("registry.gitlab.com"))
        #expect(repo.values[.automatedReleases] == .flag(true))
    }

    @Test func workflowExpressions() {
        let repo = workflow(
            """
            env:
              REGISTRY: docker.io
              IMAGE: ${{ env.REGISTRY }}/acme/app
            jobs:
              build:
                strategy:
                  matrix:
                    platform: ["linux/amd64", "linux/arm64"]
                    include:
                      - platform: linux/arm/v7
                      - platform: "linux/s390x,linux/ppc64le"
                steps:
                  - uses: docker/build-push-action@v6
                    with:
                      platforms: ${{ matrix.platform }}
                      push: true
                      tags: ${{ env.IMAGE }}:${{ github.sha }}
            """)
        #expect(
            repo.values[.platforms]
                == .list(["linux/amd64", "linux/arm64", "linux/arm/v7", "linux/s390x", "linux/ppc64le"]))
        #expect(repo.values[.registryName] == .text("Docker Hub"))
        // Unknown expressions never become values.
        let unknown = workflow(
            "jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          platforms: ${{ inputs.platforms }}\n          push: true\n          tags: ${{ steps.meta.outputs.tags }}\n"
        )
        #expect(unknown.values[.platforms] == nil)
        #expect(unknown.values[.multiArch] == .flag(false))
        #expect(unknown.values[.registryName] == nil)
    }

    @Test func registryNames() {
        #expect(RegistryName.ofImage("nginx") == "Docker Hub")
        #expect(RegistryName.ofImage("acme/app:1") == "Docker Hub")
        #expect(RegistryName.ofImage("docker.io/acme/app") == "Docker Hub")
        #expect(RegistryName.ofImage("index.docker.io/acme/app") == "Docker Hub")
        #expect(RegistryName.ofImage("ghcr.io/\u{FFFC}:latest") == "ghcr.io")
        #expect(RegistryName.ofImage("123456789012.dkr.ecr.eu-west-1.amazonaws.com/app") == "ECR")
        #expect(RegistryName.ofImage("\u{FFFC}.dkr.ecr.\u{FFFC}.amazonaws.com/app") == "ECR")
        #expect(RegistryName.ofImage("public.ecr.aws/acme/app") == "ECR")
        #expect(RegistryName.ofImage("quay.io/acme/app") == "quay.io")
        #expect(RegistryName.ofImage("localhost:5000/app") == "localhost:5000")
        #expect(RegistryName.ofImage("\u{FFFC}/app") == nil)
        #expect(RegistryName.ofImage("\u{FFFC}") == nil)
        #expect(RegistryName.ofHost("") == "Docker Hub")
    }

    @Test func registryFromPushesThenLogin() {
        // Tags of a build that does not push do not count; the login's registry then does.
        let login = workflow(
            "jobs:\n  b:\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          registry: quay.io\n      - uses: docker/build-push-action@v6\n        with:\n          push: false\n          tags: ghcr.io/a/b\n"
        )
        #expect(login.values[.registryName] == .text("quay.io"))
        let hub = workflow(
            "jobs:\n  b:\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          username: x\n")
        #expect(hub.values[.registryName] == .text("Docker Hub"))
        // outputs push=true pushes.
        let outputs = workflow(
            "jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          outputs: type=image,push=true\n          tags: public.ecr.aws/a/b\n"
        )
        #expect(outputs.values[.registryName] == .text("ECR"))
    }

    @Test func automatedReleases() {
        let tags = workflow(
            "on:\n  push:\n    tags: ['v*']\njobs:\n  b:\n    steps:\n      - run: docker push acme/app:latest\n")
        #expect(tags.values[.automatedReleases] == .flag(true))
        #expect(tags.values[.registryName] == .text("Docker Hub"))
        let release = workflow(
            "on:\n  release:\n    types: [published]\njobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          push: ${{ github.event_name == 'release' }}\n"
        )
        #expect(release.values[.automatedReleases] == .flag(true))
        // Pushing on branches only, or releasing without pushing, is not automated releases.
        let branches = workflow(
            "on:\n  push:\n    branches: [main]\njobs:\n  b:\n    steps:\n      - run: docker build --push -t a/b .\n")
        #expect(branches.values[.automatedReleases] == .flag(false))
        let noPush = workflow("on: release\njobs:\n  b:\n    steps:\n      - run: docker build -t a/b .\n")
        #expect(noPush.values[.automatedReleases] == .flag(false))
        // The push must be in the same workflow as the tag trigger.
        let split = TestRepository([
            "Dockerfile": "FROM a\n",
            ".github/workflows/a.yml": "on: release\njobs:\n  x:\n    steps:\n      - run: echo\n",
            ".github/workflows/b.yml": "on: push\njobs:\n  x:\n    steps:\n      - run: docker push a/b\n",
        ])
        #expect(split.values[.automatedReleases] == .flag(false))
        let reusable = workflow("on:\n  release: {}\njobs:\n  call:\n    uses: ./.github/workflows/docker.yml\n")
        #expect(reusable.values[.automatedReleases] == .flag(true))
    }

    @Test func bakeFileTargets() {
        let repo = workflow(
            "jobs:\n  b:\n    steps:\n      - uses: docker/bake-action@v5\n        with:\n          push: true\n",
            extra: [
                "docker-bake.hcl": """
                variable "TAG" { default = "latest" }
                target "app" {
                  context = "."
                  dockerfile = "build/app.Dockerfile"
                  platforms = [
                    "linux/amd64",
                    "linux/arm64",
                  ]
                  tags = ["ghcr.io/acme/app:${TAG}"]
                  cache-from = ["type=gha"]
                }
                """,
                "build/app.Dockerfile": "FROM alpine\nUSER 1000\n",
            ])
        #expect(repo.values[.ciEnabled] == .flag(true))
        #expect(repo.values[.buildx] == .flag(true))
        #expect(repo.values[.ghaCache] == .flag(true))
        #expect(repo.values[.platforms] == .list(["linux/amd64", "linux/arm64"]))
        #expect(repo.values[.registryName] == .text("ghcr.io"))
        #expect(repo.facts.productionDockerfile == "build/app.Dockerfile")
    }

    @Test func yaml11PitfallsAreReadAsWritten() {
        // `on` stays a key (not true); `22:22` stays text; `yes` stays text.
        let tree = YAMLTree.parse("on:\n  release: {}\nports:\n  - 22:22\nflag: yes\n")
        #expect(tree?["on"]?["release"] != nil)
        #expect(tree?["ports"]?.texts == ["22:22"])
        #expect(tree?["flag"]?.text == "yes")
        #expect(YAMLTree.parse("a: [") == nil)
    }

    @Test func composeMergeKeys() {
        let repo = TestRepository([
            "docker-compose.yml":
                "x-base: &base\n  build: .\n  volumes: [\"./a:/a\"]\nservices:\n  app:\n    <<: *base\n    command: run\n"
        ])
        #expect(repo.values[.docker] == .flag(true))
        #expect(repo.values[.volumes] == .flag(true))
    }

    @Test func bigFilesAndOutsideSymlinksAreSkippedWithANote() throws {
        let repo = TestRepository(["compose.yaml": String(repeating: "# padding\n", count: 110_000)])
        let outside = TestRepository(["Dockerfile": "FROM evil\n"])
        try FileManager.default.createSymbolicLink(
            atPath: repo.root + "/Dockerfile", withDestinationPath: outside.root + "/Dockerfile")
        try FileManager.default.createSymbolicLink(
            atPath: repo.root + "/inside.Dockerfile", withDestinationPath: repo.root + "/compose.yaml")
        let facts = repo.facts
        #expect(facts.notes.contains("Dockerfile: symlink leaving the scanned folder, not followed"))
        #expect(facts.notes.contains { $0.hasPrefix("compose.yaml: over 1 MB") })
        #expect(RepositoryFiles(root: repo.root).dockerfiles == ["inside.Dockerfile"])
        #expect(!facts.facts.contains { $0.value == .text("evil") })
    }
}

@Suite struct ScanYAMLShapesTests {
    @Test func severalDocumentsAndListInputs() {
        let repo = TestRepository([
            "Dockerfile": "FROM a\n",
            ".gitlab-ci.yml":
                "spec:\n  inputs:\n    stage:\n      default: build\n---\nbuild:\n  script:\n    - docker build -t registry.example.com/a/b .\n    - docker push registry.example.com/a/b\n",
            ".github/workflows/x.yml":
                "jobs:\n  b:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          platforms:\n            - linux/amd64\n            - linux/riscv64\n",
        ])
        #expect(repo.values[.ciEnabled] == .flag(true))
        #expect(repo.values[.platforms] == .list(["linux/amd64", "linux/riscv64"]))
        #expect(repo.values[.registryName] == .text("registry.example.com"))
        #expect(YAMLTree.parse("") == .map([], line: 1))
    }
}
