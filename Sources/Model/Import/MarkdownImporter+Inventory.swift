import Foundation

/// Project Inventory rows: name, chora-base version, Dockerfile type, image size, build times,
/// platforms and active/archived. A cell that cannot be read is reported and left unknown; the
/// project itself is still imported.
extension MarkdownImporter {
    mutating func readInventory(_ table: MarkdownDocument.Table, _ c: Columns) {
        for (line, cells) in dataRows(table, c, what: "Project Inventory") {
            let name = MarkdownDocument.plain(c.cell(cells, "project name"))
            if MarkdownInventoryCells.isBlank(name) {
                report(line, "Project Inventory row without a project name; row skipped")
                continue
            }
            if ledger.project(named: name) != nil {
                report(line, "project \"\(name)\" is listed twice; this row skipped")
                continue
            }
            if name.count > 100 {
                report(line, "project name \"\(name.prefix(20))...\" is longer than 100 characters; row skipped")
                continue
            }
            ledger.projects.append(project(name, cells, c, line: line))
        }
    }

    private mutating func project(_ name: String, _ cells: [String], _ c: Columns, line: Int) -> Project {
        var p = Project(name: name)
        // The team, in documents written since the Owner column was added.
        let owner = MarkdownDocument.plain(c.cell(cells, "owner"))
        p.owner = MarkdownInventoryCells.isBlank(owner) ? nil : owner
        let version = MarkdownDocument.plain(c.cell(cells, "chora-base version"))
        p.choraBaseVersion = MarkdownInventoryCells.isBlank(version) ? nil : version
        p.status = MarkdownInventoryCells.parseStatus(c.cell(cells, "status"))

        let type: DockerfileType??
        do { type = try MarkdownInventoryCells.parseDockerfileType(c.cell(cells, "dockerfile type")) } catch {
            report(line, "\(name): \(error.message); Docker kept with an unknown type")
            type = .some(nil)
        }
        guard let dockerfileType = type else {
            let measured = ["image size", "build time", "multi-arch"].filter {
                !MarkdownInventoryCells.isBlank(c.cell(cells, $0))
            }
            if !measured.isEmpty {
                report(
                    line,
                    "\(name): Dockerfile Type says no Docker, so \(measured.joined(separator: ", ")) was not imported")
            }
            return p
        }
        var d = DockerSetup()
        d.dockerfileType = dockerfileType
        do { d.imageSizeMB = try MarkdownInventoryCells.parseImageSize(c.cell(cells, "image size")) } catch {
            report(line, "\(name): \(error.message); left unknown")
        }
        do {
            let times = try MarkdownInventoryCells.parseBuildTime(c.cell(cells, "build time"))
            d.buildTimeUncachedS = times.uncached
            d.buildTimeCachedS = times.cached
        } catch {
            report(line, "\(name): \(error.message); left unknown")
        }
        do { d.platforms = try MarkdownInventoryCells.parsePlatforms(c.cell(cells, "multi-arch")) } catch {
            report(line, "\(name): \(error.message); left unknown")
        }
        p.docker = d
        return p
    }
}
