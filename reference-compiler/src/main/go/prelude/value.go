package lisette

import "reflect"

// Ptr returns a pointer to a copy of v: the Go form of `&value` when the value is not addressable (a call result), and of recursive enum payloads.
func Ptr[T any](v T) *T {
	return &v
}

// DeepEqual reports whether a and b are equal, comparing what pointers point to: `==` on values holding recursive enum payloads (which are pointers).
func DeepEqual[T any](a, b T) bool {
	return reflect.DeepEqual(a, b)
}
