package lisette

import "strings"

// Tuple2 is Lisette's (A, B).
type Tuple2[A, B any] struct {
	First  A
	Second B
}

// Tuple3 is Lisette's (A, B, C).
type Tuple3[A, B, C any] struct {
	First  A
	Second B
	Third  C
}

// Tuple4 is Lisette's (A, B, C, D).
type Tuple4[A, B, C, D any] struct {
	First  A
	Second B
	Third  C
	Fourth D
}

// Tuple5 is Lisette's (A, B, C, D, E).
type Tuple5[A, B, C, D, E any] struct {
	First  A
	Second B
	Third  C
	Fourth D
	Fifth  E
}

// MakeTuple2 returns (a, b).
func MakeTuple2[A, B any](a A, b B) Tuple2[A, B] {
	return Tuple2[A, B]{First: a, Second: b}
}

// MakeTuple3 returns (a, b, c).
func MakeTuple3[A, B, C any](a A, b B, c C) Tuple3[A, B, C] {
	return Tuple3[A, B, C]{First: a, Second: b, Third: c}
}

// MakeTuple4 returns (a, b, c, d).
func MakeTuple4[A, B, C, D any](a A, b B, c C, d D) Tuple4[A, B, C, D] {
	return Tuple4[A, B, C, D]{First: a, Second: b, Third: c, Fourth: d}
}

// MakeTuple5 returns (a, b, c, d, e).
func MakeTuple5[A, B, C, D, E any](a A, b B, c C, d D, e E) Tuple5[A, B, C, D, E] {
	return Tuple5[A, B, C, D, E]{First: a, Second: b, Third: c, Fourth: d, Fifth: e}
}

// formatTuple prints elems in Lisette tuple syntax: (1, "a").
func formatTuple(elems ...any) string {
	var b strings.Builder
	b.WriteByte('(')
	for i, e := range elems {
		if i > 0 {
			b.WriteString(", ")
		}
		writeValue(&b, e)
	}
	b.WriteByte(')')
	return b.String()
}

// String prints t in Lisette syntax, e.g. (1, "a").
func (t Tuple2[A, B]) String() string { return formatTuple(t.First, t.Second) }

// String prints t in Lisette syntax, e.g. (1, "a", true).
func (t Tuple3[A, B, C]) String() string { return formatTuple(t.First, t.Second, t.Third) }

// String prints t in Lisette syntax, e.g. (1, "a", true, 2.5).
func (t Tuple4[A, B, C, D]) String() string {
	return formatTuple(t.First, t.Second, t.Third, t.Fourth)
}

// String prints t in Lisette syntax, e.g. (1, "a", true, 2.5, None).
func (t Tuple5[A, B, C, D, E]) String() string {
	return formatTuple(t.First, t.Second, t.Third, t.Fourth, t.Fifth)
}
