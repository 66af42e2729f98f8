package lisette

import (
	"errors"
	"testing"
)

func TestFormatValue(t *testing.T) {
	var nilErr *codeErr
	tests := []struct {
		name string
		v    any
		want string
	}{
		{"string", "hi", `"hi"`},
		{"string escapes", "tab\there\u00e9\x00", "\"tab\\there\u00e9\\x00\""},
		{"int", 42, "42"},
		{"negative float", -1.5, "-1.5"},
		{"bool", false, "false"},
		{"rune is a number", 'a', "97"},
		{"error", errors.New("e\"1"), `"e\"1"`},
		{"typed nil error", error(nilErr), "<nil>"},
		{"nil", nil, "<nil>"},
		{"stringer", stringerT{1}, "S1"},
		{"option", MakeOptionSome("s"), `Some("s")`},
		{"slice", []int{1, 2}, "[1 2]"},
		{"unit", struct{}{}, "()"},
		{"unit result", MakeResultOk[struct{}, string](struct{}{}), "Ok(())"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatValue(tt.v); got != tt.want {
				t.Errorf("FormatValue(%#v) = %s, want %s", tt.v, got, tt.want)
			}
		})
	}
}
