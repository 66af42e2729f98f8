package lisette

import (
	"errors"
	"fmt"
	"testing"
)

func TestMakeTuples(t *testing.T) {
	t2 := MakeTuple2(1, "a")
	t3 := MakeTuple3(1, "a", true)
	t4 := MakeTuple4(1, "a", true, 2.5)
	t5 := MakeTuple5(1, "a", true, 2.5, 'x')
	tests := []struct {
		name      string
		got, want any
	}{
		{"Tuple2", t2, Tuple2[int, string]{First: 1, Second: "a"}},
		{"Tuple3", t3, Tuple3[int, string, bool]{First: 1, Second: "a", Third: true}},
		{"Tuple4", t4, Tuple4[int, string, bool, float64]{First: 1, Second: "a", Third: true, Fourth: 2.5}},
		{"Tuple5", t5, Tuple5[int, string, bool, float64, rune]{First: 1, Second: "a", Third: true, Fourth: 2.5, Fifth: 'x'}},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %#v, want %#v", tt.name, tt.got, tt.want)
		}
	}
}

func TestTupleString(t *testing.T) {
	tests := []struct {
		v    fmt.Stringer
		want string
	}{
		{MakeTuple2(1, "a"), `(1, "a")`},
		{MakeTuple2("", ""), `("", "")`},
		{MakeTuple3(1, "a", true), `(1, "a", true)`},
		{MakeTuple4(1, "a", true, 2.5), `(1, "a", true, 2.5)`},
		{MakeTuple5(1, "a", true, 2.5, MakeOptionNone[int]()), `(1, "a", true, 2.5, None)`},
		{MakeTuple2(MakeTuple2(1, 2), errors.New("e")), `((1, 2), "e")`},
		{MakeTuple2[error, []string](nil, []string{"x"}), `(<nil>, [x])`},
	}
	for _, tt := range tests {
		if got := tt.v.String(); got != tt.want {
			t.Errorf("String() = %s, want %s", got, tt.want)
		}
	}
}

func TestTupleIsComparable(t *testing.T) {
	m := map[Tuple2[int, string]]bool{MakeTuple2(1, "a"): true}
	if !m[MakeTuple2(1, "a")] || m[MakeTuple2(1, "b")] {
		t.Error("tuples should work as map keys")
	}
}
