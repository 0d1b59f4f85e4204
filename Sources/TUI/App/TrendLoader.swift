import Dispatch
import Model
import Synchronization

/// Reads the ledger's git history off the main thread when the dashboard opens, so a repository
/// with hundreds of commits never delays the first frame; the points arrive as an event.
final class TrendLoader: Sendable {
    private enum Progress {
        case running
        case finished(Event)
        case delivered
    }

    private let progress = Mutex(Progress.running)

    init(path: String) {
        DispatchQueue(label: "dockledger.trend").async {
            let event: Event
            do { event = .trend(.loaded(try GitHistory.points(for: path) ?? [])) } catch {
                event = .trend(.failed("\(error)"))
            }
            self.progress.withLock { $0 = .finished(event) }
        }
    }

    /// Whether the run loop should keep polling for the result.
    var isBusy: Bool { progress.withLock { if case .delivered = $0 { false } else { true } } }

    /// The result, once.
    func take() -> Event? {
        progress.withLock { p in
            guard case .finished(let event) = p else { return nil }
            p = .delivered
            return event
        }
    }
}
