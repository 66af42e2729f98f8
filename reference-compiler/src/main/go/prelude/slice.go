package lisette

import (
	"slices"
	"strings"
)

// SliceGet returns Some(s[i]), or None when i is out of range (including negative).
func SliceGet[T any](s []T, i int) Option[T] {
	if uint(i) < uint(len(s)) {
		return Option[T]{Tag: OptionSome, SomeVal: s[i]}
	}
	return Option[T]{}
}

// SliceFilter returns a new, non-nil slice of the elements of s for which f holds.
func SliceFilter[T any](s []T, f func(T) bool) []T {
	out := make([]T, 0)
	for _, v := range s {
		if f(v) {
			out = append(out, v)
		}
	}
	return out
}

// SliceMap returns a new, non-nil slice holding f applied to each element of s.
func SliceMap[T, U any](s []T, f func(T) U) []U {
	out := make([]U, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

// SliceFold folds s from the left, starting with acc.
func SliceFold[T, U any](s []T, acc U, f func(U, T) U) U {
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

// SliceFind returns Some of the first element of s for which f holds, or None.
func SliceFind[T any](s []T, f func(T) bool) Option[T] {
	for _, v := range s {
		if f(v) {
			return Option[T]{Tag: OptionSome, SomeVal: v}
		}
	}
	return Option[T]{}
}

// SliceAny reports whether f holds for at least one element of s (false when empty).
func SliceAny[T any](s []T, f func(T) bool) bool {
	return slices.ContainsFunc(s, f)
}

// SliceAll reports whether f holds for every element of s (true when empty).
func SliceAll[T any](s []T, f func(T) bool) bool {
	for _, v := range s {
		if !f(v) {
			return false
		}
	}
	return true
}

// SliceContains reports whether v is an element of s.
func SliceContains[T comparable](s []T, v T) bool {
	return slices.Contains(s, v)
}

// SliceJoin concatenates the elements of s, separated by sep.
func SliceJoin(s []string, sep string) string {
	return strings.Join(s, sep)
}

// SliceRange returns s[lo:hi:hi], a sub-slice whose capacity equals its length, so that appending to it never writes into s.
func SliceRange[S ~[]E, E any](s S, lo, hi int) S {
	return s[lo:hi:hi]
}

// SliceFrom returns s[lo:len(s):len(s)], a suffix whose capacity equals its length.
func SliceFrom[S ~[]E, E any](s S, lo int) S {
	return s[lo:len(s):len(s)]
}
