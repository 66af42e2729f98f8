package lisette

import "fmt"

// Range is Lisette's half-open range start..end.
type Range[T any] struct {
	Start T
	End   T
}

// RangeInclusive is Lisette's closed range start..=end.
type RangeInclusive[T any] struct {
	Start T
	End   T
}

// RangeFrom is Lisette's unbounded-above range start.. .
type RangeFrom[T any] struct {
	Start T
}

// RangeTo is Lisette's range ..end, excluding end.
type RangeTo[T any] struct {
	End T
}

// RangeToInclusive is Lisette's range ..=end, including end.
type RangeToInclusive[T any] struct {
	End T
}

// String prints r in Lisette syntax, e.g. 1..5.
func (r Range[T]) String() string { return fmt.Sprintf("%v..%v", r.Start, r.End) }

// String prints r in Lisette syntax, e.g. 1..=5.
func (r RangeInclusive[T]) String() string { return fmt.Sprintf("%v..=%v", r.Start, r.End) }

// String prints r in Lisette syntax, e.g. 1.. .
func (r RangeFrom[T]) String() string { return fmt.Sprintf("%v..", r.Start) }

// String prints r in Lisette syntax, e.g. ..5.
func (r RangeTo[T]) String() string { return fmt.Sprintf("..%v", r.End) }

// String prints r in Lisette syntax, e.g. ..=5.
func (r RangeToInclusive[T]) String() string { return fmt.Sprintf("..=%v", r.End) }
