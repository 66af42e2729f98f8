package lisette

import (
	"slices"
	"strconv"
	"testing"
)

func TestSliceGet(t *testing.T) {
	xs := []string{"a", "b", "c"}
	tests := []struct {
		name string
		s    []string
		i    int
		want Option[string]
	}{
		{"first", xs, 0, MakeOptionSome("a")},
		{"last", xs, 2, MakeOptionSome("c")},
		{"past end", xs, 3, MakeOptionNone[string]()},
		{"negative", xs, -1, MakeOptionNone[string]()},
		{"very negative", xs, -1 << 62, MakeOptionNone[string]()},
		{"huge", xs, 1 << 62, MakeOptionNone[string]()},
		{"empty", []string{}, 0, MakeOptionNone[string]()},
		{"nil", nil, 0, MakeOptionNone[string]()},
		{"beyond len within cap", make([]string, 1, 10), 5, MakeOptionNone[string]()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SliceGet(tt.s, tt.i); got != tt.want {
				t.Errorf("SliceGet(%v, %d) = %v, want %v", tt.s, tt.i, got, tt.want)
			}
		})
	}
}

func TestSliceFilter(t *testing.T) {
	even := func(n int) bool { return n%2 == 0 }
	tests := []struct {
		name string
		in   []int
		want []int
	}{
		{"mixed", []int{1, 2, 3, 4}, []int{2, 4}},
		{"none match", []int{1, 3}, []int{}},
		{"all match", []int{2, 4}, []int{2, 4}},
		{"nil input", nil, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := slices.Clone(tt.in)
			got := SliceFilter(in, even)
			if got == nil || !slices.Equal(got, tt.want) {
				t.Errorf("SliceFilter(%v) = %#v, want non-nil %v", tt.in, got, tt.want)
			}
			if !slices.Equal(in, tt.in) {
				t.Errorf("input mutated: %v", in)
			}
		})
	}
	// The result must not alias the input.
	in := []int{2, 4}
	out := SliceFilter(in, even)
	out[0] = 99
	if in[0] != 2 {
		t.Error("SliceFilter result aliases its input")
	}
}

func TestSliceMap(t *testing.T) {
	tests := []struct {
		in   []int
		want []string
	}{
		{[]int{1, 22}, []string{"1", "22"}},
		{[]int{}, []string{}},
		{nil, []string{}},
	}
	for _, tt := range tests {
		got := SliceMap(tt.in, strconv.Itoa)
		if got == nil || !slices.Equal(got, tt.want) {
			t.Errorf("SliceMap(%v) = %#v, want non-nil %v", tt.in, got, tt.want)
		}
	}
}

func TestSliceFold(t *testing.T) {
	tests := []struct {
		in   []int
		acc  string
		want string
	}{
		{[]int{1, 2, 3}, ">", ">123"},
		{nil, "start", "start"},
	}
	for _, tt := range tests {
		got := SliceFold(tt.in, tt.acc, func(acc string, n int) string { return acc + strconv.Itoa(n) })
		if got != tt.want {
			t.Errorf("SliceFold(%v, %q) = %q, want %q", tt.in, tt.acc, got, tt.want)
		}
	}
}

func TestSliceFind(t *testing.T) {
	gt := func(n int) func(int) bool { return func(v int) bool { return v > n } }
	tests := []struct {
		in   []int
		pred func(int) bool
		want Option[int]
	}{
		{[]int{1, 5, 7}, gt(4), MakeOptionSome(5)},
		{[]int{1, 5, 7}, gt(10), MakeOptionNone[int]()},
		{[]int{0}, gt(-1), MakeOptionSome(0)},
		{nil, gt(0), MakeOptionNone[int]()},
	}
	for _, tt := range tests {
		if got := SliceFind(tt.in, tt.pred); got != tt.want {
			t.Errorf("SliceFind(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestSliceAnyAll(t *testing.T) {
	pos := func(n int) bool { return n > 0 }
	tests := []struct {
		in       []int
		any, all bool
	}{
		{[]int{1, 2}, true, true},
		{[]int{1, -2}, true, false},
		{[]int{-1, -2}, false, false},
		{nil, false, true},
	}
	for _, tt := range tests {
		if got := SliceAny(tt.in, pos); got != tt.any {
			t.Errorf("SliceAny(%v) = %v, want %v", tt.in, got, tt.any)
		}
		if got := SliceAll(tt.in, pos); got != tt.all {
			t.Errorf("SliceAll(%v) = %v, want %v", tt.in, got, tt.all)
		}
	}
}

func TestSliceAllStopsEarly(t *testing.T) {
	calls := 0
	SliceAll([]int{1, -1, 2, 3}, func(n int) bool { calls++; return n > 0 })
	if calls != 2 {
		t.Errorf("SliceAll evaluated %d elements, want 2", calls)
	}
}

func TestSliceContains(t *testing.T) {
	tests := []struct {
		in   []string
		v    string
		want bool
	}{
		{[]string{"a", "b"}, "b", true},
		{[]string{"a", "b"}, "c", false},
		{[]string{""}, "", true},
		{nil, "", false},
	}
	for _, tt := range tests {
		if got := SliceContains(tt.in, tt.v); got != tt.want {
			t.Errorf("SliceContains(%q, %q) = %v, want %v", tt.in, tt.v, got, tt.want)
		}
	}
}

func TestSliceJoin(t *testing.T) {
	tests := []struct {
		in   []string
		sep  string
		want string
	}{
		{[]string{"a", "b", "c"}, ", ", "a, b, c"},
		{[]string{"solo"}, "-", "solo"},
		{[]string{}, "-", ""},
		{nil, "-", ""},
		{[]string{"", ""}, "/", "/"},
	}
	for _, tt := range tests {
		if got := SliceJoin(tt.in, tt.sep); got != tt.want {
			t.Errorf("SliceJoin(%q, %q) = %q, want %q", tt.in, tt.sep, got, tt.want)
		}
	}
}

func TestSliceGetDoesNotAllocate(t *testing.T) {
	xs := []int{1, 2, 3}
	n := testing.AllocsPerRun(100, func() {
		_ = SliceGet(xs, 1).UnwrapOr(0) + SliceGet(xs, -1).UnwrapOr(0)
		_ = SliceFind(xs, func(v int) bool { return v == 3 })
	})
	if n != 0 {
		t.Errorf("allocs = %v, want 0", n)
	}
}

var sinkInt int

func BenchmarkSliceGet(b *testing.B) {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	for i := 0; b.Loop(); i++ {
		sinkInt += SliceGet(xs, i&15-4).UnwrapOr(0)
	}
}

func BenchmarkSliceGetHandWritten(b *testing.B) {
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8}
	for i := 0; b.Loop(); i++ {
		j := i&15 - 4
		v := 0
		if j >= 0 && j < len(xs) {
			v = xs[j]
		}
		sinkInt += v
	}
}

func TestSliceRangeAndFromCapEqualsLen(t *testing.T) {
	xs := make([]int, 5, 10)
	r := SliceRange(xs, 1, 3)
	if len(r) != 2 || cap(r) != 2 {
		t.Errorf("SliceRange: len %d cap %d, want 2 2", len(r), cap(r))
	}
	f := SliceFrom(xs, 2)
	if len(f) != 3 || cap(f) != 3 {
		t.Errorf("SliceFrom: len %d cap %d, want 3 3", len(f), cap(f))
	}
	f = append(f, 9)
	if xs[:6][5] == 9 {
		t.Error("appending to SliceFrom wrote into the parent's spare capacity")
	}
}
