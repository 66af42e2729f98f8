package lisette

// CompareBools orders booleans as Lisette does (false < true): it returns -1, 0 or +1.
// Go has no ordering operators on bool, so `a < b` on booleans lowers to
// `lisette.CompareBools(a, b) < 0`.
func CompareBools(a, b bool) int {
	switch {
	case a == b:
		return 0
	case b:
		return -1
	default:
		return 1
	}
}
