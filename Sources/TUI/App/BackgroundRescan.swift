import Foundation
import Model
import Synchronization

/// Reads repositories for `R` off the keyboard's thread; the run loop collects the results.
final class BackgroundRescan: Sendable {
    private let finished = Mutex<[Event]>([])
    private let running = Mutex(0)

    func start(project: String, folder: String) {
        running.withLock { $0 += 1 }
        DispatchQueue(label: "dockledger.rescan").async {
            let facts = RepositoryFacts(RepositoryFiles(root: folder))
            self.finished.withLock { $0.append(.rescanned(project: project, facts)) }
            self.running.withLock { $0 -= 1 }
        }
    }

    /// Whether the run loop should keep polling for results.
    var isBusy: Bool { running.withLock { $0 > 0 } || finished.withLock { !$0.isEmpty } }

    func take() -> [Event] {
        finished.withLock { events in
            defer { events = [] }
            return events
        }
    }
}
