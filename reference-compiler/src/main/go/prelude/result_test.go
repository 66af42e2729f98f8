package lisette

import (
	"errors"
	"fmt"
	"strconv"
	"testing"
)

func TestResultTagString(t *testing.T) {
	tests := []struct {
		tag  ResultTag
		want string
	}{
		{ResultOk, "Ok"},
		{ResultErr, "Err"},
		{ResultTag(9), "ResultTag(9)"},
	}
	for _, tt := range tests {
		if got := tt.tag.String(); got != tt.want {
			t.Errorf("ResultTag(%d).String() = %q, want %q", uint8(tt.tag), got, tt.want)
		}
	}
}

func TestResultZeroValueIsErr(t *testing.T) {
	var r Result[int, error]
	if ResultErr != 0 || r.IsOk() || !r.IsErr() {
		t.Fatalf("zero Result = %#v, want Err", r)
	}
	if got := r.String(); got != "Err(<nil>)" {
		t.Errorf("zero Result prints %s", got)
	}
}

func TestResultConstructorsAndPredicates(t *testing.T) {
	boom := errors.New("boom")
	tests := []struct {
		name     string
		r        Result[int, error]
		ok, err  bool
		okOpt    Option[int]
		errOpt   Option[error]
		unwrapOr int
	}{
		{"ok", MakeResultOk[int, error](3), true, false, MakeOptionSome(3), MakeOptionNone[error](), 3},
		{"ok zero", MakeResultOk[int, error](0), true, false, MakeOptionSome(0), MakeOptionNone[error](), 0},
		{"err", MakeResultErr[int](boom), false, true, MakeOptionNone[int](), MakeOptionSome(boom), -1},
		{"err nil", MakeResultErr[int, error](nil), false, true, MakeOptionNone[int](), MakeOptionSome[error](nil), -1},
		{"invalid tag counts as err", Result[int, error]{Tag: 5, ErrVal: boom}, false, true, MakeOptionNone[int](), MakeOptionSome(boom), -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.IsOk(); got != tt.ok {
				t.Errorf("IsOk = %v", got)
			}
			if got := tt.r.IsErr(); got != tt.err {
				t.Errorf("IsErr = %v", got)
			}
			if got := tt.r.Ok(); got != tt.okOpt {
				t.Errorf("Ok() = %v, want %v", got, tt.okOpt)
			}
			if got := tt.r.Err(); got != tt.errOpt {
				t.Errorf("Err() = %v, want %v", got, tt.errOpt)
			}
			if got := tt.r.UnwrapOr(-1); got != tt.unwrapOr {
				t.Errorf("UnwrapOr(-1) = %v, want %v", got, tt.unwrapOr)
			}
		})
	}
}

func TestResultUnwrapOrElse(t *testing.T) {
	tests := []struct {
		r    Result[int, string]
		want int
	}{
		{MakeResultOk[int, string](3), 3},
		{MakeResultErr[int]("four"), 4},
	}
	for _, tt := range tests {
		if got := tt.r.UnwrapOrElse(func(e string) int { return len(e) }); got != tt.want {
			t.Errorf("%v.UnwrapOrElse = %d, want %d", tt.r, got, tt.want)
		}
	}
}

type codeErr struct{ code int }

func (e *codeErr) Error() string { return "code " + strconv.Itoa(e.code) }

func TestResultString(t *testing.T) {
	var nilCodeErr *codeErr
	tests := []struct {
		name string
		v    fmt.Stringer
		want string
	}{
		{"ok int", MakeResultOk[int, error](1), "Ok(1)"},
		{"ok string", MakeResultOk[string, error]("a"), `Ok("a")`},
		{"err error", MakeResultErr[int](errors.New(`bad "x"`)), `Err("bad \"x\"")`},
		{"err custom error", MakeResultErr[int, error](&codeErr{7}), `Err("code 7")`},
		{"err typed nil error", MakeResultErr[int, error](nilCodeErr), `Err(<nil>)`},
		{"err string", MakeResultErr[int]("nope"), `Err("nope")`},
		{"err int", MakeResultErr[int](404), `Err(404)`},
		{"ok unit", MakeResultOk[struct{}, error](struct{}{}), `Ok(())`},
		{"ok option", MakeResultOk[Option[int], error](MakeOptionSome(2)), `Ok(Some(2))`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.String(); got != tt.want {
				t.Errorf("String() = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestResultMap(t *testing.T) {
	tests := []struct {
		r    Result[int, string]
		want Result[string, string]
	}{
		{MakeResultOk[int, string](5), MakeResultOk[string, string]("5")},
		{MakeResultErr[int]("e"), MakeResultErr[string]("e")},
	}
	for _, tt := range tests {
		if got := ResultMap(tt.r, strconv.Itoa); got != tt.want {
			t.Errorf("ResultMap(%v) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestResultMapErr(t *testing.T) {
	tests := []struct {
		r    Result[int, string]
		want Result[int, int]
	}{
		{MakeResultOk[int, string](5), MakeResultOk[int, int](5)},
		{MakeResultErr[int]("abc"), MakeResultErr[int](3)},
	}
	for _, tt := range tests {
		if got := ResultMapErr(tt.r, func(e string) int { return len(e) }); got != tt.want {
			t.Errorf("ResultMapErr(%v) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestResultMapOr(t *testing.T) {
	tests := []struct {
		r    Result[int, string]
		want string
	}{
		{MakeResultOk[int, string](5), "5"},
		{MakeResultErr[int]("e"), "default"},
	}
	for _, tt := range tests {
		if got := ResultMapOr(tt.r, "default", strconv.Itoa); got != tt.want {
			t.Errorf("ResultMapOr(%v) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestResultAndThen(t *testing.T) {
	half := func(n int) Result[int, string] {
		if n%2 != 0 {
			return MakeResultErr[int]("odd")
		}
		return MakeResultOk[int, string](n / 2)
	}
	tests := []struct {
		r, want Result[int, string]
	}{
		{MakeResultOk[int, string](8), MakeResultOk[int, string](4)},
		{MakeResultOk[int, string](3), MakeResultErr[int]("odd")},
		{MakeResultErr[int]("first"), MakeResultErr[int]("first")},
	}
	for _, tt := range tests {
		if got := ResultAndThen(tt.r, half); got != tt.want {
			t.Errorf("ResultAndThen(%v) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestResultOrElse(t *testing.T) {
	recoverShort := func(e string) Result[int, int] {
		if len(e) < 3 {
			return MakeResultOk[int, int](0)
		}
		return MakeResultErr[int](len(e))
	}
	tests := []struct {
		r    Result[int, string]
		want Result[int, int]
	}{
		{MakeResultOk[int, string](8), MakeResultOk[int, int](8)},
		{MakeResultErr[int]("ab"), MakeResultOk[int, int](0)},
		{MakeResultErr[int]("abcd"), MakeResultErr[int](4)},
	}
	for _, tt := range tests {
		if got := ResultOrElse(tt.r, recoverShort); got != tt.want {
			t.Errorf("ResultOrElse(%v) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

// TestResultPropagationShape checks the shape the code generator emits for `?`.
func TestResultPropagationShape(t *testing.T) {
	parse := func(s string) Result[int, error] {
		n, err := strconv.Atoi(s)
		if err != nil {
			return MakeResultErr[int](err)
		}
		return MakeResultOk[int, error](n)
	}
	double := func(s string) Result[int, error] {
		tmp := parse(s)
		if tmp.Tag != ResultOk {
			return MakeResultErr[int](tmp.ErrVal)
		}
		return MakeResultOk[int, error](tmp.OkVal * 2)
	}
	if got := double("21"); got != MakeResultOk[int, error](42) {
		t.Errorf("double(21) = %v", got)
	}
	if got := double("x"); !got.IsErr() || got.String() != `Err("strconv.Atoi: parsing \"x\": invalid syntax")` {
		t.Errorf("double(x) = %v", got)
	}
}

func TestResultMethodsDoNotAllocate(t *testing.T) {
	r := MakeResultOk[int, error](3)
	n := testing.AllocsPerRun(100, func() {
		_ = r.Ok().UnwrapOr(0) + ResultMapOr(r, 0, func(v int) int { return v })
		_ = ResultMap(r, func(v int) int { return v + 1 }).IsOk()
	})
	if n != 0 {
		t.Errorf("allocs = %v, want 0", n)
	}
}
