package lisette

import (
	"slices"
	"strconv"
	"testing"
)

func TestSliceEnumerate(t *testing.T) {
	xs := []string{"a", "b"}
	e := SliceEnumerate(xs)
	if len(e) != 2 || &e[0] != &xs[0] {
		t.Fatal("SliceEnumerate must reuse the backing array")
	}
	var got []Tuple2[int, string]
	for i, v := range e {
		got = append(got, MakeTuple2(i, v))
	}
	if want := []Tuple2[int, string]{{0, "a"}, {1, "b"}}; !slices.Equal(got, want) {
		t.Errorf("range over EnumeratedSlice = %v, want %v", got, want)
	}
}

func TestEnumeratedSliceFilter(t *testing.T) {
	evenIndex := func(p Tuple2[int, string]) bool { return p.First%2 == 0 }
	tests := []struct {
		in   []string
		want []Tuple2[int, string]
	}{
		{[]string{"a", "b", "c"}, []Tuple2[int, string]{{0, "a"}, {2, "c"}}},
		{nil, []Tuple2[int, string]{}},
	}
	for _, tt := range tests {
		// A plain []T is accepted where EnumeratedSlice[T] is expected.
		got := EnumeratedSliceFilter(tt.in, evenIndex)
		if got == nil || !slices.Equal(got, tt.want) {
			t.Errorf("EnumeratedSliceFilter(%q) = %v, want non-nil %v", tt.in, got, tt.want)
		}
	}
}

func TestEnumeratedSliceMap(t *testing.T) {
	label := func(p Tuple2[int, string]) string { return strconv.Itoa(p.First) + p.Second }
	tests := []struct {
		in   EnumeratedSlice[string]
		want []string
	}{
		{SliceEnumerate([]string{"a", "b"}), []string{"0a", "1b"}},
		{nil, []string{}},
	}
	for _, tt := range tests {
		got := EnumeratedSliceMap(tt.in, label)
		if got == nil || !slices.Equal(got, tt.want) {
			t.Errorf("EnumeratedSliceMap(%q) = %v, want non-nil %v", tt.in, got, tt.want)
		}
	}
}

func TestEnumeratedSliceFold(t *testing.T) {
	weighted := func(acc int, p Tuple2[int, int]) int { return acc + p.First*p.Second }
	tests := []struct {
		in   []int
		acc  int
		want int
	}{
		{[]int{5, 6, 7}, 100, 100 + 0*5 + 1*6 + 2*7},
		{nil, 3, 3},
	}
	for _, tt := range tests {
		if got := EnumeratedSliceFold(tt.in, tt.acc, weighted); got != tt.want {
			t.Errorf("EnumeratedSliceFold(%v, %d) = %d, want %d", tt.in, tt.acc, got, tt.want)
		}
	}
}

func TestEnumeratedSliceFind(t *testing.T) {
	tests := []struct {
		in   []string
		want Option[Tuple2[int, string]]
	}{
		{[]string{"x", "b", "b"}, MakeOptionSome(MakeTuple2(1, "b"))},
		{[]string{"x"}, MakeOptionNone[Tuple2[int, string]]()},
		{nil, MakeOptionNone[Tuple2[int, string]]()},
	}
	for _, tt := range tests {
		got := EnumeratedSliceFind(tt.in, func(p Tuple2[int, string]) bool { return p.Second == "b" })
		if got != tt.want {
			t.Errorf("EnumeratedSliceFind(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
