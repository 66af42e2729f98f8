package lisette

import (
	"strconv"
	"unicode/utf8"
)

// StringRuneAt returns the i-th rune (not byte) of s, decoding UTF-8; it panics when i is out of range.
func StringRuneAt(s string, i int) rune {
	if i >= 0 {
		n := 0
		for _, r := range s {
			if n == i {
				return r
			}
			n++
		}
	}
	panic(runeIndexError(s, i))
}

// runeIndexError builds the panic message of an out-of-range StringRuneAt.
func runeIndexError(s string, i int) string {
	return "lisette: rune index " + strconv.Itoa(i) + " out of range for string with " +
		strconv.Itoa(utf8.RuneCountInString(s)) + " runes"
}
