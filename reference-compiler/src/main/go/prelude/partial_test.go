package lisette

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"testing"
)

func TestPartialTagString(t *testing.T) {
	tests := []struct {
		tag  PartialTag
		want string
	}{
		{PartialOk, "Ok"},
		{PartialErr, "Err"},
		{PartialBoth, "Both"},
		{PartialTag(8), "PartialTag(8)"},
	}
	for _, tt := range tests {
		if got := tt.tag.String(); got != tt.want {
			t.Errorf("PartialTag(%d).String() = %q, want %q", uint8(tt.tag), got, tt.want)
		}
	}
}

func TestPartialZeroValueIsErr(t *testing.T) {
	var p Partial[int, error]
	if PartialErr != 0 || !p.IsErr() || p.IsOk() || p.IsBoth() {
		t.Fatalf("zero Partial = %#v, want Err", p)
	}
}

func TestPartialConstructorsAndAccessors(t *testing.T) {
	tests := []struct {
		name             string
		p                Partial[int, error]
		ok, err, both    bool
		okOpt            Option[int]
		errOpt           Option[error]
		unwrapOr, orElse int
	}{
		{"ok", MakePartialOk[int, error](4), true, false, false, MakeOptionSome(4), MakeOptionNone[error](), 4, 4},
		{"err", MakePartialErr[int](io.ErrUnexpectedEOF), false, true, false, MakeOptionNone[int](), MakeOptionSome(io.ErrUnexpectedEOF), -1, 14},
		{"both", MakePartialBoth(3, io.EOF), false, false, true, MakeOptionSome(3), MakeOptionSome(io.EOF), 3, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.p.IsOk() != tt.ok || tt.p.IsErr() != tt.err || tt.p.IsBoth() != tt.both {
				t.Errorf("IsOk/IsErr/IsBoth = %v/%v/%v, want %v/%v/%v",
					tt.p.IsOk(), tt.p.IsErr(), tt.p.IsBoth(), tt.ok, tt.err, tt.both)
			}
			if got := tt.p.Ok(); got != tt.okOpt {
				t.Errorf("Ok() = %v, want %v", got, tt.okOpt)
			}
			if got := tt.p.Err(); got != tt.errOpt {
				t.Errorf("Err() = %v, want %v", got, tt.errOpt)
			}
			if got := tt.p.UnwrapOr(-1); got != tt.unwrapOr {
				t.Errorf("UnwrapOr(-1) = %v, want %v", got, tt.unwrapOr)
			}
			if got := tt.p.UnwrapOrElse(func(e error) int { return len(e.Error()) }); got != tt.orElse {
				t.Errorf("UnwrapOrElse = %v, want %v", got, tt.orElse)
			}
		})
	}
}

func TestPartialString(t *testing.T) {
	tests := []struct {
		v    fmt.Stringer
		want string
	}{
		{MakePartialOk[int, error](1), "Partial.Ok(1)"},
		{MakePartialErr[int](errors.New("bad")), `Partial.Err("bad")`},
		{MakePartialBoth(3, io.EOF), `Partial.Both(3, "EOF")`},
		{MakePartialBoth("ab", "note"), `Partial.Both("ab", "note")`},
	}
	for _, tt := range tests {
		if got := tt.v.String(); got != tt.want {
			t.Errorf("String() = %s, want %s", got, tt.want)
		}
	}
}

func TestPartialMap(t *testing.T) {
	tests := []struct {
		p    Partial[int, string]
		want Partial[string, string]
	}{
		{MakePartialOk[int, string](1), MakePartialOk[string, string]("1")},
		{MakePartialErr[int]("e"), MakePartialErr[string]("e")},
		{MakePartialBoth(2, "e"), MakePartialBoth("2", "e")},
	}
	for _, tt := range tests {
		if got := PartialMap(tt.p, strconv.Itoa); got != tt.want {
			t.Errorf("PartialMap(%v) = %v, want %v", tt.p, got, tt.want)
		}
	}
}

func TestPartialMapErr(t *testing.T) {
	tests := []struct {
		p    Partial[int, string]
		want Partial[int, int]
	}{
		{MakePartialOk[int, string](1), MakePartialOk[int, int](1)},
		{MakePartialErr[int]("abc"), MakePartialErr[int](3)},
		{MakePartialBoth(2, "ab"), MakePartialBoth(2, 2)},
	}
	for _, tt := range tests {
		if got := PartialMapErr(tt.p, func(e string) int { return len(e) }); got != tt.want {
			t.Errorf("PartialMapErr(%v) = %v, want %v", tt.p, got, tt.want)
		}
	}
}
