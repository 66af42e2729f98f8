package lisette

import "testing"

func TestMarshalVariants(t *testing.T) {
	tests := []struct {
		name string
		got  func() ([]byte, error)
		want string
	}{
		{"unit", func() ([]byte, error) { return MarshalUnitVariant("Idle") }, `"Idle"`},
		{"one", func() ([]byte, error) { return MarshalTupleVariant("Circle", 1.5) }, `{"Circle":1.5}`},
		{"several", func() ([]byte, error) { return MarshalTupleVariant("Moved", 1, "a") }, `{"Moved":[1,"a"]}`},
		{"struct", func() ([]byte, error) { return MarshalStructVariant("R", []string{"w", "h"}, 3, 4) }, `{"R":{"w":3,"h":4}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := tt.got()
			if err != nil || string(b) != tt.want {
				t.Errorf("got %s, %v; want %s", b, err, tt.want)
			}
		})
	}
}

func TestUnmarshalVariants(t *testing.T) {
	name, payload, err := UnmarshalVariant([]byte(`"Idle"`))
	if err != nil || name != "Idle" || payload != nil {
		t.Fatalf("unit: %q %s %v", name, payload, err)
	}
	if err := UnmarshalTuplePayload(name, payload); err != nil {
		t.Fatalf("unit payload: %v", err)
	}
	name, payload, err = UnmarshalVariant([]byte(`{"Moved": [1, "a"]}`))
	if err != nil || name != "Moved" {
		t.Fatalf("tuple: %q %v", name, err)
	}
	var n int
	var s string
	if err := UnmarshalTuplePayload(name, payload, &n, &s); err != nil || n != 1 || s != "a" {
		t.Fatalf("tuple payload: %d %q %v", n, s, err)
	}
	if err := UnmarshalTuplePayload(name, payload, &n); err == nil {
		t.Fatalf("an array into one int must fail")
	}
	_, payload, _ = UnmarshalVariant([]byte(`{"R": {"h": 4, "w": 3}}`))
	var w, h int
	if err := UnmarshalStructPayload("R", payload, []string{"w", "h"}, &w, &h); err != nil || w != 3 || h != 4 {
		t.Fatalf("struct payload: %d %d %v", w, h, err)
	}
	if err := UnmarshalStructPayload("R", payload, []string{"w", "d"}, &w, &h); err == nil {
		t.Fatalf("a missing field must fail")
	}
	for _, bad := range []string{`3`, `{}`, `{"A": 1, "B": 2}`} {
		if _, _, err := UnmarshalVariant([]byte(bad)); err == nil {
			t.Errorf("%s: want an error", bad)
		}
	}
}

func TestUnknownVariant(t *testing.T) {
	if got := UnknownVariant("Shape", "Cube").Error(); got != `lisette: Shape has no variant "Cube"` {
		t.Errorf("got %s", got)
	}
}
