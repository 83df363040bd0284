extension Double {
    /// `5` rather than `5.0` for whole numbers, so messages read like the template.
    var compactText: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
