package lisette

import (
	"maps"
	"testing"
)

func TestMapGet(t *testing.T) {
	m := map[string]int{"a": 1, "zero": 0}
	tests := []struct {
		m    map[string]int
		k    string
		want Option[int]
	}{
		{m, "a", MakeOptionSome(1)},
		{m, "zero", MakeOptionSome(0)},
		{m, "missing", MakeOptionNone[int]()},
		{nil, "a", MakeOptionNone[int]()},
	}
	for _, tt := range tests {
		if got := MapGet(tt.m, tt.k); got != tt.want {
			t.Errorf("MapGet(%v, %q) = %v, want %v", tt.m, tt.k, got, tt.want)
		}
	}
}

func TestMapFrom(t *testing.T) {
	tests := []struct {
		name  string
		pairs []Tuple2[string, int]
		want  map[string]int
	}{
		{"distinct", []Tuple2[string, int]{{"a", 1}, {"b", 2}}, map[string]int{"a": 1, "b": 2}},
		{"later wins", []Tuple2[string, int]{{"a", 1}, {"b", 2}, {"a", 3}}, map[string]int{"a": 3, "b": 2}},
		{"empty", nil, map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MapFrom(tt.pairs)
			if got == nil || !maps.Equal(got, tt.want) {
				t.Errorf("MapFrom = %v, want non-nil %v", got, tt.want)
			}
		})
	}
}

func TestMapClone(t *testing.T) {
	tests := []struct {
		name string
		in   map[string]int
	}{
		{"populated", map[string]int{"a": 1}},
		{"empty", map[string]int{}},
		{"nil", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MapClone(tt.in)
			if got == nil || !maps.Equal(got, tt.in) {
				t.Fatalf("MapClone = %v, want non-nil copy of %v", got, tt.in)
			}
			got["new"] = 9 // must not panic, must not touch the original
			if _, ok := tt.in["new"]; ok {
				t.Error("MapClone result aliases its input")
			}
		})
	}
}

func TestMapGetDoesNotAllocate(t *testing.T) {
	m := map[string]int{"a": 1}
	if n := testing.AllocsPerRun(100, func() { _ = MapGet(m, "a").UnwrapOr(0) }); n != 0 {
		t.Errorf("allocs = %v, want 0", n)
	}
}
