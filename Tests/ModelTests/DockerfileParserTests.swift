import Testing

@testable import Model

@Suite struct DockerfileLexerTests {
    @Test func directivesOnlyAtTheTopAndBacktickEscape() {
        let text =
            "# syntax=docker/dockerfile:1.7\n# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir `\n    C:\\ `\n    /w\n# escape=\\\nUSER app\n"
        let syntax = DockerfileLexer.parse(text)
        #expect(syntax.escape == "`")
        #expect(syntax.directives["syntax"] == "docker/dockerfile:1.7")
        #expect(syntax.instructions.map(\.keyword) == [.from, .run, .user])
        #expect(syntax.instructions[1].arguments == "dir     C:\\     /w")
        #expect(syntax.instructions[2].line == 8)
    }

    @Test func aDirectiveAfterAnInstructionOrBlankLineIsAComment() {
        let syntax = DockerfileLexer.parse("\n# escape=`\nFROM a\nRUN x \\\n  y\n")
        #expect(syntax.escape == "\\")
        #expect(syntax.instructions[1].arguments == "x   y")
    }

    @Test func commentAndEmptyLinesInsideAContinuationAreDropped() {
        let text = """
            RUN apt-get update && \\
                # the comment says USER root
                apt-get install -y curl \\

                && rm -rf /var/lib/apt/lists/*
            USER app
            """
        let syntax = DockerfileLexer.parse(text)
        #expect(syntax.instructions.count == 2)
        #expect(
            syntax.instructions[0].arguments
                == "apt-get update &&     apt-get install -y curl     && rm -rf /var/lib/apt/lists/*")
        #expect(syntax.instructions[1].keyword == .user)
        #expect(syntax.instructions[1].line == 6)
    }

    @Test func byteOrderMarkAndCRLF() {
        let syntax = DockerfileLexer.parse(
            "\u{FEFF}# escape=`\r\nfrom alpine:3.20\r\nuser nobody\r\n  \r\n\r\nhealthcheck NONE\r\n")
        #expect(syntax.escape == "`")
        #expect(syntax.instructions.map(\.keyword) == [.from, .user, .healthcheck])
        #expect(syntax.instructions.first?.arguments == "alpine:3.20")
        #expect(syntax.instructions.last?.line == 6)
        // As in BuildKit, blank lines inside a continuation are skipped, not an end.
        let joined = DockerfileLexer.parse("FROM a\r\nRUN a \\\r\n\r\n   \r\n  b\r\nUSER x\r\n")
        #expect(joined.instructions.map(\.arguments) == ["a", "a   b", "x"])
    }

    @Test func heredocBodiesAreNotInstructions() {
        let text = """
            FROM debian
            RUN <<EOF
            USER root
            FROM evil
            EOF
            COPY <<-"CONF" /etc/app.conf
            \tHEALTHCHECK NONE
            \tCONF
            RUN <<A cat > /a && <<'B' cat > /b
            USER a
            A
            USER b
            B
            RUN cat <<<'not a heredoc'
            USER app
            """
        let syntax = DockerfileLexer.parse(text)
        #expect(syntax.instructions.map(\.keyword) == [.from, .run, .copy, .run, .run, .user])
        #expect(
            syntax.instructions[1].heredocs == [
                DockerfileHeredoc(name: "EOF", stripsTabs: false, quoted: false, content: "USER root\nFROM evil\n")
            ])
        #expect(syntax.instructions[2].heredocs.first?.content == "HEALTHCHECK NONE\n")
        #expect(syntax.instructions[2].heredocs.first?.quoted == true)
        #expect(syntax.instructions[3].heredocs.map(\.name) == ["A", "B"])
        #expect(syntax.instructions[5].arguments == "app")
        #expect(syntax.instructions[5].line == 15)
    }

    @Test func jsonFormHasNoHeredocs() {
        let syntax = DockerfileLexer.parse("RUN [\"sh\", \"-c\", \"cat <<EOF\"]\nUSER app\n")
        #expect(syntax.instructions.count == 2)
    }

    @Test func unterminatedHeredocTakesTheRestAndDoesNotCrash() {
        let syntax = DockerfileLexer.parse("FROM a\nRUN <<EOF\necho\nUSER root\n")
        #expect(syntax.instructions.count == 2)
    }

    @Test func emptyAndGarbageInput() {
        #expect(DockerfileLexer.parse("").instructions.isEmpty)
        #expect(DockerfileLexer.parse("\\\n\\").instructions.isEmpty)
        #expect(Dockerfile("# only a comment\n").finalStage == nil)
        #expect(Dockerfile("{{ not a dockerfile }}").stages.isEmpty)
    }
}

@Suite struct DockerfileStageTests {
    @Test func argDefaultsAreSubstitutedIntoFrom() {
        let file = Dockerfile(
            """
            ARG REGISTRY=docker.io
            ARG PY=3.12
            ARG VARIANT
            ARG IMAGE=${REGISTRY}/library/python:${PY}-slim
            FROM $IMAGE AS base
            FROM ${NODE:-node}:${NODE_TAG:-20}-alpine
            FROM python:$VARIANT
            """)
        #expect(file.globalArguments.map(\.name) == ["REGISTRY", "PY", "VARIANT", "IMAGE"])
        #expect(
            file.stages.map(\.base) == [
                .image("docker.io/library/python:3.12-slim"), .image("node:20-alpine"), .unknown,
            ])
        #expect(file.stages[0].name == "base")
    }

    @Test func anArgDefaultingToItselfHasNoDefault() {
        let file = Dockerfile("ARG U=${U}\nFROM ubuntu:$U\n")
        #expect(file.globalArguments.first?.value == nil)
        #expect(file.stages.first?.base == .unknown)
    }

    @Test func platformFlagsAndCaseInsensitiveAsAndStageReferences() {
        let file = Dockerfile(
            """
            FROM --platform=$BUILDPLATFORM golang:1.22 As Build
            from build AS test
            FROM gcr.io/distroless/static:nonroot
            FROM 1
            FROM BUILD
            """)
        #expect(
            file.stages.map(\.base) == [
                .image("golang:1.22"), .stage(0), .image("gcr.io/distroless/static:nonroot"), .stage(1), .stage(0),
            ])
        #expect(file.stages.map(\.name) == ["build", "test", nil, nil, nil])
    }

    @Test func onbuildInstructionsAreNotThisImages() {
        let facts = DockerfileFacts(
            Dockerfile("FROM alpine\nUSER app\nONBUILD USER root\nONBUILD HEALTHCHECK CMD true\n"))
        #expect(facts.nonRoot == LineFinding(true, line: 2))
        #expect(facts.healthcheck?.value == false)
    }
}

@Suite struct DockerfileFactTests {
    private func facts(_ text: String) -> DockerfileFacts { DockerfileFacts(Dockerfile(text)) }

    @Test func multiStageAndBaseImageFollowStages() {
        let f = facts(
            """
            ARG GO=1.22
            FROM golang:${GO}-alpine AS build
            RUN go build
            FROM build AS final
            USER 65532:65532
            """)
        #expect(f.multiStage == LineFinding(true, line: 4))
        #expect(f.baseImage == LineFinding("golang:1.22-alpine", line: 2))
        #expect(f.minimalBase?.value == true)
        #expect(f.nonRoot == LineFinding(true, line: 5))
        let single = facts("FROM ubuntu:24.04\nCMD [\"bash\"]\n")
        #expect(single.multiStage == LineFinding(false, line: 1))
        #expect(single.minimalBase?.value == false)
    }

    @Test func minimalLooksAtThePathAndTagNotTheHost() {
        #expect(ImageReference("slim.example.com/team/app:1.0").isMinimal == false)
        #expect(ImageReference("registry.local:5000/python:3.12-SLIM").isMinimal)
        #expect(ImageReference("scratch").isMinimal)
        #expect(ImageReference("cgr.dev/chainguard/static@sha256:abc").isMinimal)
        #expect(ImageReference("mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy-chiseled").isMinimal == false)
        #expect(ImageReference("localhost/micro:1").host == "localhost")
    }

    @Test func nonRootRules() {
        #expect(facts("FROM alpine\nUSER root\n").nonRoot?.value == false)
        #expect(facts("FROM alpine\nUSER 0:0\n").nonRoot?.value == false)
        #expect(facts("FROM alpine\nUSER app:root\n").nonRoot?.value == true)
        #expect(facts("FROM alpine\nUSER app\nUSER root\n").nonRoot == LineFinding(false, line: 3))
        #expect(facts("FROM alpine\n").nonRoot == LineFinding(false, line: 1))
        #expect(facts("FROM gcr.io/distroless/base-debian12:nonroot\n").nonRoot?.value == true)
        #expect(facts("FROM cgr.dev/chainguard/python:latest\n").nonRoot?.value == true)
        // USER $VAR: known from an ARG default in the stage or a global ARG it redeclares; else unknown.
        #expect(facts("FROM alpine\nUSER $APP_USER\n").nonRoot == nil)
        #expect(facts("FROM alpine\nARG APP_USER=app\nUSER $APP_USER\n").nonRoot?.value == true)
        #expect(facts("ARG UID=0\nFROM alpine\nARG UID\nUSER ${UID}\n").nonRoot?.value == false)
        #expect(facts("FROM alpine\nENV RUNAS=nobody\nUSER ${RUNAS}:${RUNAS}\n").nonRoot?.value == true)
        // Inherited from the stage it builds on; a later USER in the final stage wins.
        #expect(facts("FROM alpine AS base\nUSER app\nFROM base\nRUN true\n").nonRoot == LineFinding(true, line: 2))
        #expect(facts("FROM alpine AS base\nUSER app\nFROM base\nUSER root\n").nonRoot?.value == false)
        // A USER in an unrelated earlier stage is not inherited.
        #expect(facts("FROM alpine AS build\nUSER app\nFROM debian\n").nonRoot?.value == false)
        // Unknown base and no USER: nothing says.
        #expect(facts("FROM $BASE\n").nonRoot == nil)
    }

    @Test func healthcheckRules() {
        #expect(
            facts("FROM a\nHEALTHCHECK --interval=30s CMD curl -f http://localhost/ || exit 1\n").healthcheck
                == LineFinding(true, line: 2))
        #expect(facts("FROM a\nHEALTHCHECK CMD true\nHEALTHCHECK NONE\n").healthcheck?.value == false)
        #expect(facts("FROM a AS b\nHEALTHCHECK CMD [\"/bin/check\"]\nFROM b\n").healthcheck?.value == true)
        #expect(facts("FROM a AS b\nHEALTHCHECK CMD true\nFROM c\n").healthcheck?.value == false)
        #expect(facts("FROM a\nhealthcheck \\\n  --retries=3 \\\n  cmd wget -q localhost\n").healthcheck?.value == true)
    }

    @Test func secretsRules() {
        #expect(facts("FROM a\nENV APP_ENV=prod\nCOPY . .\n").secretsFree?.value == true)
        #expect(facts("FROM a\nENV DB_PASSWORD=hunter2\n").secretsFree == LineFinding(false, line: 2))
        #expect(facts("FROM a\nENV GITHUB_TOKEN $GITHUB_TOKEN\n").secretsFree?.value == false)
        #expect(facts("FROM a\nENV API_KEY=\n").secretsFree?.value == true)
        #expect(facts("ARG NPM_TOKEN\nFROM a\nARG AWS_SECRET_ACCESS_KEY\n").secretsFree?.value == true)
        #expect(facts("ARG NPM_TOKEN=abc123\nFROM a\n").secretsFree == LineFinding(false, line: 1))
        #expect(facts("FROM a\nARG Apikey=${APIKEY:-dev-key}\n").secretsFree?.value == false)
        #expect(facts("FROM a\nARG SECRET=$OTHER\n").secretsFree?.value == true)
        #expect(facts("FROM a\nCOPY .env /app/\n").secretsFree?.value == false)
        #expect(facts("FROM a\nCOPY .env.example /app/.env\n").secretsFree?.value == true)
        #expect(facts("FROM a\nADD --chown=app keys/id_rsa /root/.ssh/\n").secretsFree?.value == false)
        #expect(facts("FROM a\nCOPY [\"certs/server.pem\", \"/etc/ssl/\"]\n").secretsFree?.value == false)
        #expect(facts("FROM a\nCOPY --chmod=600 [\"tls.key\", \"/etc/ssl/\"]\n").secretsFree?.value == false)
        #expect(facts("FROM a\nCOPY <<EOF /app/.env\nX=1\nEOF\n").secretsFree?.value == true)
        #expect(facts("FROM a\nRUN <<EOF\nENV PASSWORD=x\nEOF\n").secretsFree?.value == true)
        // Any stage counts, not just the final one.
        #expect(facts("FROM a AS build\nCOPY id_ed25519 /k\nFROM b\n").secretsFree?.value == false)
    }
}
