package lisette

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

var errSentinel = errors.New("sentinel failure")

func TestRecoverBlockOk(t *testing.T) {
	r := RecoverBlock(func() int { return 42 })
	if r != MakeResultOk[int, PanicValue](42) {
		t.Errorf("RecoverBlock = %v, want Ok(42)", r)
	}
	u := RecoverBlock(func() struct{} { return struct{}{} })
	if !u.IsOk() {
		t.Errorf("unit RecoverBlock = %v", u)
	}
}

func TestRecoverBlockPanics(t *testing.T) {
	var nilMap map[string]int
	tests := []struct {
		name      string
		f         func() int
		message   string
		isError   bool
		wantErrIs error
	}{
		{"string", func() int { panic("boom") }, "boom", false, nil},
		{"error", func() int { panic(errSentinel) }, "sentinel failure", true, errSentinel},
		{"wrapped error", func() int { panic(fmt.Errorf("ctx: %w", errSentinel)) }, "ctx: sentinel failure", true, errSentinel},
		{"int", func() int { panic(42) }, "42", false, nil},
		{"struct", func() int { panic(struct{ A int }{1}) }, "{1}", false, nil},
		{"stringer", func() int { panic(stringerT{2}) }, "S2", false, nil},
		{"index out of range", func() int { xs := []int{}; i := 3; return xs[i] }, "runtime error: index out of range [3] with length 0", true, nil},
		{"nil map write", func() int { nilMap["a"] = 1; return 0 }, "assignment to entry in nil map", true, nil},
		{"panic(nil)", func() int { panic(nil) }, "panic called with nil argument", true, nil},
		{"nested panic value", func() int {
			inner := RecoverBlock(func() int { panic("inner") })
			panic(inner.ErrVal)
		}, "inner", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := RecoverBlock(tt.f)
			if !r.IsErr() {
				t.Fatalf("RecoverBlock = %v, want Err", r)
			}
			pv := r.ErrVal
			if got := pv.Message(); !strings.Contains(got, tt.message) {
				t.Errorf("Message() = %q, want it to contain %q", got, tt.message)
			}
			if got := pv.String(); got != pv.Message() {
				t.Errorf("String() = %q, want Message()", got)
			}
			asErr := pv.AsError()
			if asErr.IsSome() != tt.isError {
				t.Errorf("AsError() = %v, want IsSome %v", asErr, tt.isError)
			}
			if tt.wantErrIs != nil && !errors.Is(asErr.UnwrapOr(nil), tt.wantErrIs) {
				t.Errorf("AsError() = %v, want it to wrap %v", asErr, tt.wantErrIs)
			}
			if tt.isError {
				if got := asErr.SomeVal.Error(); got != pv.Message() {
					t.Errorf("Error() = %q but Message() = %q", got, pv.Message())
				}
			}
			if !strings.Contains(pv.StackTrace(), "goroutine ") || !strings.Contains(pv.StackTrace(), "panic_test.go") {
				t.Errorf("StackTrace() lacks the panicking frame:\n%s", pv.StackTrace())
			}
		})
	}
}

func TestPanicValueRuntimeErrorIsRuntimeError(t *testing.T) {
	r := RecoverBlock(func() int { var p *int; return *p })
	var re runtime.Error
	if !errors.As(r.ErrVal.AsError().UnwrapOr(nil), &re) {
		t.Errorf("nil dereference should surface a runtime.Error, got %v", r)
	}
}

func TestPanicValueValue(t *testing.T) {
	tests := []any{"s", 3, errSentinel}
	for _, v := range tests {
		r := RecoverBlock(func() int { panic(v) })
		if got := r.ErrVal.Value(); got != v {
			t.Errorf("Value() = %#v, want %#v", got, v)
		}
	}
}

func TestPanicValueZero(t *testing.T) {
	var pv PanicValue
	if pv.Message() != "<nil>" || pv.AsError().IsSome() || pv.StackTrace() != "" || pv.Value() != nil {
		t.Errorf("zero PanicValue = %q, %v, %q", pv.Message(), pv.AsError(), pv.StackTrace())
	}
}

func TestPanicValueTypedNilError(t *testing.T) {
	var ce *codeErr
	r := RecoverBlock(func() int { panic(ce) })
	if got := r.ErrVal.Message(); got != "<nil>" {
		t.Errorf("Message() of typed-nil error = %q, want <nil>", got)
	}
	if !r.ErrVal.AsError().IsSome() {
		t.Error("a typed-nil error is still an error value")
	}
}

func TestRecoverBlockResultString(t *testing.T) {
	r := RecoverBlock(func() int { panic("bad") })
	if got := r.String(); got != "Err(bad)" {
		t.Errorf("String() = %s", got)
	}
}

func TestRecoverBlockGoexitIsNotRecovered(t *testing.T) {
	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		RecoverBlock(func() int { runtime.Goexit(); return 0 })
		done <- false // not reached: Goexit keeps unwinding
	}()
	if !<-done {
		t.Error("RecoverBlock stopped runtime.Goexit")
	}
}

type codedErr struct{ code int }

func (e codedErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func TestPanicValueMessageExact(t *testing.T) {
	xs := []int{1, 2, 3}
	tests := []struct {
		name string
		f    func() string
		want string
	}{
		{"string as-is", func() string { panic("disk full") }, "disk full"},
		{"error via Error()", func() string { panic(codedErr{7}) }, "code 7"},
		{"runtime error text", func() string { i := 5; return fmt.Sprint(xs[i]) }, "runtime error: index out of range [5] with length 3"},
		{"integer divide", func() string { d := 0; return fmt.Sprint(10 / d) }, "runtime error: integer divide by zero"},
		{"float with %v", func() string { panic(2.5) }, "2.5"},
		{"slice with %v", func() string { panic([]int{1, 2}) }, "[1 2]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := RecoverBlock(tt.f)
			if !r.IsErr() {
				t.Fatalf("RecoverBlock = %v, want Err", r)
			}
			if got := r.ErrVal.Message(); got != tt.want {
				t.Errorf("Message() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPanicValueStackTraceHasPanicSite(t *testing.T) {
	r := RecoverBlock(func() int { return panicsHere() })
	if !strings.Contains(r.ErrVal.StackTrace(), "panicsHere") {
		t.Errorf("StackTrace() lacks the panicking function:\n%s", r.ErrVal.StackTrace())
	}
}

func panicsHere() int { panic("here") }

func TestRecoverBlockNested(t *testing.T) {
	outer := RecoverBlock(func() string {
		inner := RecoverBlock(func() int { panic("inner") })
		if !inner.IsErr() || inner.ErrVal.Message() != "inner" {
			t.Errorf("inner = %v", inner)
		}
		return "outer ok"
	})
	if outer != MakeResultOk[string, PanicValue]("outer ok") {
		t.Errorf("outer = %v", outer)
	}
}
