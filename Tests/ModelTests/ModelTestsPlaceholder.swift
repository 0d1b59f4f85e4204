// The Model tests live on the main branch; this file only keeps SwiftPM from warning that
// the ModelTests target has no sources in the tui worktree. Delete it when merging.
