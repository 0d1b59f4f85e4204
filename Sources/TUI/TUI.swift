public enum TUIPlaceholderForBuild {}
