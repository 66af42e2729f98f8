// Package rules exercises the mapping rules of bindgen. Each declaration is checked by
// bindgen_test.go.
package rules

import (
	"errors"
	"io"
	"text/template"
	"unsafe"

	"fix/other"
	othertpl "fix/other/template"
)

// Prims takes every primitive.
//
// This second paragraph is not copied.
func Prims(a int, b int8, c uint64, d float32, e complex128, f bool, g string, h byte, i rune, j uintptr) float64 {
	return 0
}

// Containers takes slices, maps and channels.
func Containers(s []int, m map[string][]byte, c chan int, r <-chan string, w chan<- bool) {}

// Array returns an array.
func Array() [4]byte { return [4]byte{} }

// ArrayParam takes an array.
func ArrayParam(a [4]byte) {}

// Any takes and returns empty interfaces.
func Any(v any, w interface{}) any { return nil }

// Variadic takes a variadic parameter.
func Variadic(format string, args ...any) {}

// Callback takes a function.
func Callback(f func(int, error) (string, error), g func(*Thing) bool) {}

// Generic keeps its type parameters; comparable is dropped.
func Generic[T any, K comparable](xs []T, k K) map[K]T { return nil }

// CoreType substitutes S ~[]E.
func CoreType[S ~[]E, E any](s S) S { return s }

// Bounded has a method bound.
func Bounded[T io.Reader](r T) T { return r }

// Ordered has a type-set constraint.
func Ordered[T int | string](a T) T { return a }

// ValueErr returns (T, error).
func ValueErr() (int, error) { return 0, nil }

// TwoErr returns (T1, T2, error).
func TwoErr() (int, string, error) { return 0, "", nil }

// FiveErr returns five values and an error.
func FiveErr() (a, b, c, d, e int, err error) { return }

// SixErr returns six values and an error.
func SixErr() (a, b, c, d, e, f int, err error) { return }

// LoneErr returns a lone error.
func LoneErr() error { return nil }

// NewErr constructs an error (override direct_error).
func NewErr(msg string) error { return errors.New(msg) }

// Cause returns nil for none (override nilable_error).
func Cause(err error) error { return nil }

// CommaOK returns (T, bool) with an unnamed bool.
func CommaOK() (string, bool) { return "", false }

// NamedOK returns (T, ok bool).
func NamedOK() (v string, ok bool) { return }

// Flag returns (T, bool) where the bool is a flag (named).
func Flag() (v float64, exact bool) { return }

// FlagOverride returns (T, bool) where the bool is a flag (override).
func FlagOverride() (int, bool) { return 0, false }

// Tuple returns three values.
func Tuple() (int, string, float64) { return 0, "", 0 }

// Six returns six values.
func Six() (int, int, int, int, int, int) { return 0, 0, 0, 0, 0, 0 }

// PtrParam takes and returns pointers.
func PtrParam(p *Thing) *Thing { return p }

// LookupThing may return nil (name heuristic).
func LookupThing(name string) *Thing { return nil }

// Find may return nil (override nilable_return).
func Find(name string) *Thing { return nil }

// LookupAlways never returns nil (override non_nilable_return).
func LookupAlways(name string) *Thing { return &Thing{} }

// IfaceResult returns an interface.
func IfaceResult() io.Reader { return nil }

// IfaceNil may return nil (override nilable_return).
func IfaceNil() io.Reader { return nil }

// PtrElems has pointers in containers.
func PtrElems(xs []*Thing, m map[string]*Thing) []*Thing { return nil }

// Fill writes into dst (heuristic).
func Fill(dst []byte) {}

// AppendTo only appends to dst.
func AppendTo(dst []byte) []byte { return dst }

// SortInts sorts in place (override mutates_param).
func SortInts(xs []int) {}

// Log is called for its effect (override allow_unused_result).
func Log(msg string) (int, error) { return 0, nil }

// ReadAll reads until the end (override partial_result).
func ReadAll(r io.Reader) (int, error) { return 0, nil }

// Unsafe takes an unsafe.Pointer.
func Unsafe(p unsafe.Pointer) {}

// Hidden returns an unexported type.
func Hidden() hidden { return hidden{} }

type hidden struct{}

// Other uses a type of another package.
func Other(t other.T, k other.Kind) *other.T { return nil }

// Collide uses two packages named template.
func Collide(a *othertpl.T, b *template.Template) {}

// Skipped is skipped by an override.
func Skipped() {}

// AnonStruct returns an anonymous struct.
func AnonStruct() struct{ X int } { return struct{ X int }{} }

// Done returns a channel of empty structs.
func Done() <-chan struct{} { return nil }

// Keywords has parameter names that are Lisette keywords or uppercase.
func Keywords(fn int, match string, X bool, _ int) {}

// Thing is a struct with exported and unexported fields.
type Thing struct {
	// Name is a name.
	Name   string
	Next   *Thing
	R      io.Reader
	F      func()
	Err    error
	Arr    [3]int
	Anon   struct{ X int }
	Always *Thing
	hidden int
}

// Value has a value receiver.
func (t Thing) Value() int { return 0 }

// SetName has a pointer receiver.
func (t *Thing) SetName(n string) {}

// Unwrap is unwrap-style.
func (t *Thing) Unwrap() error { return nil }

// Opaque has no exported fields.
type Opaque struct{ x int }

// Level is an iota enum.
type Level int

// The levels.
const (
	Low Level = iota
	Mid
	High
	// Top duplicates High.
	Top = High
)

// Big needs uint64.
const Big = 1 << 63

// Huge overflows uint64.
const Huge = 1 << 64

// Pi is untyped float.
const Pi = 3.14

// Greeting is untyped string.
const Greeting = "hi"

// Color is a named string type.
type Color string

// Red is a Color.
const Red Color = "red\n\"x\""

// Ratio is a named float type.
type Ratio float64

// Half is a Ratio.
const Half Ratio = 0.5

// Default is a package variable.
var Default = &Thing{}

// ErrX is an error variable.
var ErrX = errors.New("x")

// Order is a variable of an unexported type that implements Orderer.
var Order = order{}

type order struct{}

func (order) First() int  { return 0 }
func (order) Second() int { return 0 }

// Orderer is implemented by order.
type Orderer interface {
	First() int
	Second() int
}

// Reader implements io.Reader and io.Writer.
type Reader struct{}

// Read implements io.Reader.
func (r *Reader) Read(p []byte) (int, error) { return 0, nil }

// Write implements io.Writer.
func (r *Reader) Write(p []byte) (int, error) { return 0, nil }

// Close closes.
func (r *Reader) Close() error { return nil }

// Embeds embeds a pointer and an interface.
type Embeds struct {
	*Thing
	io.Writer
}

// Iface embeds io.Reader and has its own method.
type Iface interface {
	io.Reader
	// M is a method.
	M(x int) (string, error)
}

// Sealed has an unexported method.
type Sealed interface {
	M()
	seal()
}

// Handler is a func type with a method.
type Handler func(w io.Writer, code int)

// Serve calls h.
func (h Handler) Serve() {}

// Names is a slice type without methods.
type Names []string

// Box is generic.
type Box[T any] struct {
	Val T
}

// Get uses a differently named receiver type parameter.
func (b *Box[U]) Get() U { return b.Val }

// Table is a named array type.
type Table [4]int

// Number is a type-set constraint.
type Number interface{ ~int | ~float64 }

// Alias is an alias of another package's type.
type Alias = other.T

// Empty has no fields.
type Empty struct{}

// Result is named like a prelude type.
type Result struct{ N int }

// Exec returns a Result.
func Exec() (Result, error) { return Result{}, nil }

// Die never returns (override never_returns).
func Die(code int) {}

// Encode accepts nil options (override nilable_param).
func Encode(w io.Writer, o *Thing) {}
