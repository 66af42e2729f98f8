package lisette

import (
	"encoding/json"
	"strconv"
	"strings"
)

// OptionTag discriminates the variants of Option.
type OptionTag uint8

const (
	// OptionNone is the tag of None; it is the zero tag, so the zero Option is None.
	OptionNone OptionTag = iota
	// OptionSome is the tag of Some, whose payload is SomeVal.
	OptionSome
)

// String returns the Lisette variant name ("None" or "Some").
func (t OptionTag) String() string {
	switch t {
	case OptionNone:
		return "None"
	case OptionSome:
		return "Some"
	}
	return "OptionTag(" + strconv.Itoa(int(t)) + ")"
}

// Option is Lisette's Option<T>: Some(SomeVal) when Tag is OptionSome, otherwise None; the zero value is None.
type Option[T any] struct {
	Tag     OptionTag
	SomeVal T
}

// MakeOptionSome returns Some(v).
func MakeOptionSome[T any](v T) Option[T] {
	return Option[T]{Tag: OptionSome, SomeVal: v}
}

// MakeOptionNone returns None.
func MakeOptionNone[T any]() Option[T] {
	return Option[T]{}
}

// IsSome reports whether o holds a value.
func (o Option[T]) IsSome() bool { return o.Tag == OptionSome }

// IsNone reports whether o holds no value.
func (o Option[T]) IsNone() bool { return o.Tag != OptionSome }

// IsZero reports whether o is None; encoding/json uses it for `omitzero`.
func (o Option[T]) IsZero() bool { return o.Tag != OptionSome }

// UnwrapOr returns the value of o, or def when o is None.
func (o Option[T]) UnwrapOr(def T) T {
	if o.Tag == OptionSome {
		return o.SomeVal
	}
	return def
}

// UnwrapOrElse returns the value of o, or the result of f when o is None.
func (o Option[T]) UnwrapOrElse(f func() T) T {
	if o.Tag == OptionSome {
		return o.SomeVal
	}
	return f()
}

// OrElse returns o when it is Some, otherwise the result of f.
func (o Option[T]) OrElse(f func() Option[T]) Option[T] {
	if o.Tag == OptionSome {
		return o
	}
	return f()
}

// Filter returns o when it is Some and pred holds for its value, otherwise None.
func (o Option[T]) Filter(pred func(T) bool) Option[T] {
	if o.Tag == OptionSome && pred(o.SomeVal) {
		return o
	}
	return Option[T]{}
}

// Take returns the current value of *o and leaves None in its place.
func (o *Option[T]) Take() Option[T] {
	old := *o
	*o = Option[T]{}
	return old
}

// String prints o in Lisette syntax: None, Some(3), Some("hi").
func (o Option[T]) String() string {
	if o.Tag != OptionSome {
		return "None"
	}
	var b strings.Builder
	b.WriteString("Some(")
	writeValue(&b, o.SomeVal)
	b.WriteByte(')')
	return b.String()
}

// MarshalJSON encodes None as null and Some(v) as the encoding of v.
func (o Option[T]) MarshalJSON() ([]byte, error) {
	if o.Tag != OptionSome {
		return []byte("null"), nil
	}
	return json.Marshal(o.SomeVal)
}

// UnmarshalJSON decodes null as None and any other value as Some of its decoding into T.
func (o *Option[T]) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		*o = Option[T]{}
		return nil
	}
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		return err
	}
	*o = Option[T]{Tag: OptionSome, SomeVal: v}
	return nil
}

// OptionMap returns Some(f(v)) for Some(v), and None for None.
func OptionMap[T, U any](o Option[T], f func(T) U) Option[U] {
	if o.Tag == OptionSome {
		return Option[U]{Tag: OptionSome, SomeVal: f(o.SomeVal)}
	}
	return Option[U]{}
}

// OptionMapOr returns f(v) for Some(v), and def for None.
func OptionMapOr[T, U any](o Option[T], def U, f func(T) U) U {
	if o.Tag == OptionSome {
		return f(o.SomeVal)
	}
	return def
}

// OptionMapOrElse returns f(v) for Some(v), and def() for None.
func OptionMapOrElse[T, U any](o Option[T], def func() U, f func(T) U) U {
	if o.Tag == OptionSome {
		return f(o.SomeVal)
	}
	return def()
}

// OptionAndThen returns f(v) for Some(v), and None for None.
func OptionAndThen[T, U any](o Option[T], f func(T) Option[U]) Option[U] {
	if o.Tag == OptionSome {
		return f(o.SomeVal)
	}
	return Option[U]{}
}

// OptionOkOr returns Ok(v) for Some(v), and Err(err) for None.
func OptionOkOr[T, E any](o Option[T], err E) Result[T, E] {
	if o.Tag == OptionSome {
		return Result[T, E]{Tag: ResultOk, OkVal: o.SomeVal}
	}
	return Result[T, E]{Tag: ResultErr, ErrVal: err}
}

// OptionOkOrElse returns Ok(v) for Some(v), and Err(f()) for None.
func OptionOkOrElse[T, E any](o Option[T], f func() E) Result[T, E] {
	if o.Tag == OptionSome {
		return Result[T, E]{Tag: ResultOk, OkVal: o.SomeVal}
	}
	return Result[T, E]{Tag: ResultErr, ErrVal: f()}
}

// OptionZip returns Some((a, b)) when both are Some, otherwise None.
func OptionZip[T, U any](o Option[T], other Option[U]) Option[Tuple2[T, U]] {
	if o.Tag == OptionSome && other.Tag == OptionSome {
		return Option[Tuple2[T, U]]{Tag: OptionSome, SomeVal: Tuple2[T, U]{First: o.SomeVal, Second: other.SomeVal}}
	}
	return Option[Tuple2[T, U]]{}
}

// OptionFlatten turns Some(Some(v)) into Some(v) and every other case into None.
func OptionFlatten[T any](o Option[Option[T]]) Option[T] {
	if o.Tag == OptionSome {
		return o.SomeVal
	}
	return Option[T]{}
}
