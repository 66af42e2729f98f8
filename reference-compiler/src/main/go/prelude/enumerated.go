package lisette

// EnumeratedSlice is Lisette's EnumeratedSlice<T> (from slice.enumerate()): the same backing slice, viewed as (index, element) pairs.
type EnumeratedSlice[T any] []T

// SliceEnumerate returns s viewed as an EnumeratedSlice, without copying.
func SliceEnumerate[T any](s []T) EnumeratedSlice[T] { return EnumeratedSlice[T](s) }

// EnumeratedSliceFilter returns a new, non-nil slice of the (index, element) pairs of s for which f holds.
func EnumeratedSliceFilter[T any](s EnumeratedSlice[T], f func(Tuple2[int, T]) bool) []Tuple2[int, T] {
	out := make([]Tuple2[int, T], 0)
	for i, v := range s {
		if p := (Tuple2[int, T]{First: i, Second: v}); f(p) {
			out = append(out, p)
		}
	}
	return out
}

// EnumeratedSliceMap returns a new, non-nil slice holding f applied to each (index, element) pair of s.
func EnumeratedSliceMap[T, U any](s EnumeratedSlice[T], f func(Tuple2[int, T]) U) []U {
	out := make([]U, len(s))
	for i, v := range s {
		out[i] = f(Tuple2[int, T]{First: i, Second: v})
	}
	return out
}

// EnumeratedSliceFold folds the (index, element) pairs of s from the left, starting with acc.
func EnumeratedSliceFold[T, U any](s EnumeratedSlice[T], acc U, f func(U, Tuple2[int, T]) U) U {
	for i, v := range s {
		acc = f(acc, Tuple2[int, T]{First: i, Second: v})
	}
	return acc
}

// EnumeratedSliceFind returns Some of the first (index, element) pair of s for which f holds, or None.
func EnumeratedSliceFind[T any](s EnumeratedSlice[T], f func(Tuple2[int, T]) bool) Option[Tuple2[int, T]] {
	for i, v := range s {
		if p := (Tuple2[int, T]{First: i, Second: v}); f(p) {
			return Option[Tuple2[int, T]]{Tag: OptionSome, SomeVal: p}
		}
	}
	return Option[Tuple2[int, T]]{}
}
