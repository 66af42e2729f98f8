package lisette

import (
	"io"
	"testing"
	"unsafe"
)

func TestIsNilInterface(t *testing.T) {
	var (
		nilPtr   *int
		nilMap   map[string]int
		nilSlice []int
		nilFunc  func()
		nilChan  chan int
		nilErr   *codeErr
		nilUnsaf unsafe.Pointer
		nilIface io.Reader
		x        int
	)
	tests := []struct {
		name string
		v    any
		want bool
	}{
		{"untyped nil", nil, true},
		{"nil interface", nilIface, true},
		{"typed nil pointer", nilPtr, true},
		{"typed nil map", nilMap, true},
		{"typed nil slice", nilSlice, true},
		{"typed nil func", nilFunc, true},
		{"typed nil chan", nilChan, true},
		{"typed nil error", error(nilErr), true},
		{"nil unsafe.Pointer", nilUnsaf, true},
		{"pointer", &x, false},
		{"empty map", map[string]int{}, false},
		{"empty slice", []int{}, false},
		{"zero int", 0, false},
		{"empty string", "", false},
		{"zero struct", struct{}{}, false},
		{"None", MakeOptionNone[int](), false},
	}
	for _, tt := range tests {
		if got := IsNilInterface(tt.v); got != tt.want {
			t.Errorf("%s: IsNilInterface = %v, want %v", tt.name, got, tt.want)
		}
	}
}
