package lisette

import (
	"strings"
	"testing"
)

func TestStringRuneAt(t *testing.T) {
	tests := []struct {
		s    string
		i    int
		want rune
	}{
		{"abc", 0, 'a'},
		{"abc", 2, 'c'},
		{"h\u00e9llo", 1, '\u00e9'},
		{"h\u00e9llo", 2, 'l'},
		{"\u65e5\u672c\u8a9e", 2, '\u8a9e'},
		{"a\xffb", 1, '\uFFFD'}, // invalid UTF-8 decodes like []rune(s)
		{"a\xffb", 2, 'b'},
	}
	for _, tt := range tests {
		if got := StringRuneAt(tt.s, tt.i); got != tt.want {
			t.Errorf("StringRuneAt(%q, %d) = %q, want %q", tt.s, tt.i, got, tt.want)
		}
		if want := []rune(tt.s)[tt.i]; tt.want != want {
			t.Errorf("table disagrees with []rune(%q)[%d] = %q", tt.s, tt.i, want)
		}
	}
}

func TestStringRuneAtOutOfRangePanics(t *testing.T) {
	tests := []struct {
		s    string
		i    int
		want string
	}{
		{"abc", 3, "lisette: rune index 3 out of range for string with 3 runes"},
		{"h\u00e9", 2, "lisette: rune index 2 out of range for string with 2 runes"},
		{"abc", -1, "lisette: rune index -1 out of range for string with 3 runes"},
		{"", 0, "lisette: rune index 0 out of range for string with 0 runes"},
	}
	for _, tt := range tests {
		r := RecoverBlock(func() rune { return StringRuneAt(tt.s, tt.i) })
		if !r.IsErr() {
			t.Errorf("StringRuneAt(%q, %d) did not panic", tt.s, tt.i)
			continue
		}
		if got := r.ErrVal.Message(); got != tt.want {
			t.Errorf("panic message = %q, want %q", got, tt.want)
		}
	}
}

func TestStringRuneAtDoesNotAllocate(t *testing.T) {
	s := strings.Repeat("\u00e9", 10)
	if n := testing.AllocsPerRun(100, func() { _ = StringRuneAt(s, 9) }); n != 0 {
		t.Errorf("allocs = %v, want 0", n)
	}
}
