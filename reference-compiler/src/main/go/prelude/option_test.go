package lisette

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"testing"
)

func TestOptionTagString(t *testing.T) {
	tests := []struct {
		tag  OptionTag
		want string
	}{
		{OptionNone, "None"},
		{OptionSome, "Some"},
		{OptionTag(7), "OptionTag(7)"},
	}
	for _, tt := range tests {
		if got := tt.tag.String(); got != tt.want {
			t.Errorf("OptionTag(%d).String() = %q, want %q", uint8(tt.tag), got, tt.want)
		}
	}
}

func TestOptionZeroValueIsNone(t *testing.T) {
	var o Option[int]
	if !o.IsNone() || o.IsSome() || o.Tag != OptionNone || OptionNone != 0 {
		t.Fatalf("zero Option = %#v, want None", o)
	}
	if o != MakeOptionNone[int]() {
		t.Fatalf("zero Option != MakeOptionNone")
	}
}

func TestOptionConstructorsAndPredicates(t *testing.T) {
	tests := []struct {
		name       string
		o          Option[int]
		some, none bool
		zero       bool
	}{
		{"some", MakeOptionSome(3), true, false, false},
		{"some zero payload", MakeOptionSome(0), true, false, false},
		{"none", MakeOptionNone[int](), false, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.o.IsSome(); got != tt.some {
				t.Errorf("IsSome = %v, want %v", got, tt.some)
			}
			if got := tt.o.IsNone(); got != tt.none {
				t.Errorf("IsNone = %v, want %v", got, tt.none)
			}
			if got := tt.o.IsZero(); got != tt.zero {
				t.Errorf("IsZero = %v, want %v", got, tt.zero)
			}
		})
	}
	if o := MakeOptionSome("x"); o.Tag != OptionSome || o.SomeVal != "x" {
		t.Errorf("MakeOptionSome(\"x\") = %#v", o)
	}
}

func TestOptionUnwrapOr(t *testing.T) {
	tests := []struct {
		o    Option[int]
		def  int
		want int
	}{
		{MakeOptionSome(3), 9, 3},
		{MakeOptionSome(0), 9, 0},
		{MakeOptionNone[int](), 9, 9},
	}
	for _, tt := range tests {
		if got := tt.o.UnwrapOr(tt.def); got != tt.want {
			t.Errorf("%v.UnwrapOr(%d) = %d, want %d", tt.o, tt.def, got, tt.want)
		}
	}
}

func TestOptionUnwrapOrElse(t *testing.T) {
	tests := []struct {
		o          Option[int]
		want       int
		wantCalled bool
	}{
		{MakeOptionSome(3), 3, false},
		{MakeOptionNone[int](), 42, true},
	}
	for _, tt := range tests {
		called := false
		got := tt.o.UnwrapOrElse(func() int { called = true; return 42 })
		if got != tt.want || called != tt.wantCalled {
			t.Errorf("%v.UnwrapOrElse = %d (called %v), want %d (called %v)", tt.o, got, called, tt.want, tt.wantCalled)
		}
	}
}

func TestOptionOrElse(t *testing.T) {
	tests := []struct {
		o, alt, want Option[int]
		wantCalled   bool
	}{
		{MakeOptionSome(1), MakeOptionSome(2), MakeOptionSome(1), false},
		{MakeOptionNone[int](), MakeOptionSome(2), MakeOptionSome(2), true},
		{MakeOptionNone[int](), MakeOptionNone[int](), MakeOptionNone[int](), true},
	}
	for _, tt := range tests {
		called := false
		got := tt.o.OrElse(func() Option[int] { called = true; return tt.alt })
		if got != tt.want || called != tt.wantCalled {
			t.Errorf("%v.OrElse(%v) = %v (called %v), want %v", tt.o, tt.alt, got, called, tt.want)
		}
	}
}

func TestOptionFilter(t *testing.T) {
	even := func(n int) bool { return n%2 == 0 }
	tests := []struct {
		o, want Option[int]
	}{
		{MakeOptionSome(4), MakeOptionSome(4)},
		{MakeOptionSome(3), MakeOptionNone[int]()},
		{MakeOptionNone[int](), MakeOptionNone[int]()},
	}
	for _, tt := range tests {
		if got := tt.o.Filter(even); got != tt.want {
			t.Errorf("%v.Filter(even) = %v, want %v", tt.o, got, tt.want)
		}
	}
}

func TestOptionTake(t *testing.T) {
	tests := []struct {
		o, want Option[string]
	}{
		{MakeOptionSome("a"), MakeOptionSome("a")},
		{MakeOptionNone[string](), MakeOptionNone[string]()},
	}
	for _, tt := range tests {
		o := tt.o
		if got := o.Take(); got != tt.want {
			t.Errorf("Take() = %v, want %v", got, tt.want)
		}
		if o != (Option[string]{}) {
			t.Errorf("after Take() o = %#v, want zero None (payload cleared)", o)
		}
	}
}

type stringerT struct{ n int }

func (s stringerT) String() string { return "S" + strconv.Itoa(s.n) }

func TestOptionString(t *testing.T) {
	tests := []struct {
		name string
		v    fmt.Stringer
		want string
	}{
		{"int", MakeOptionSome(3), "Some(3)"},
		{"none", MakeOptionNone[int](), "None"},
		{"string quoted", MakeOptionSome("hi"), `Some("hi")`},
		{"string escapes", MakeOptionSome("a\"b\n"), `Some("a\"b\n")`},
		{"empty string", MakeOptionSome(""), `Some("")`},
		{"nested", MakeOptionSome(MakeOptionSome("x")), `Some(Some("x"))`},
		{"nested none", MakeOptionSome(MakeOptionNone[int]()), `Some(None)`},
		{"error", MakeOptionSome(errors.New("boom")), `Some("boom")`},
		{"nil error", MakeOptionSome[error](nil), `Some(<nil>)`},
		{"stringer", MakeOptionSome(stringerT{4}), `Some(S4)`},
		{"float", MakeOptionSome(2.5), `Some(2.5)`},
		{"slice", MakeOptionSome([]int{1, 2}), `Some([1 2])`},
		{"tuple", MakeOptionSome(MakeTuple2(1, "a")), `Some((1, "a"))`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.String(); got != tt.want {
				t.Errorf("String() = %s, want %s", got, tt.want)
			}
			if got := fmt.Sprint(tt.v); got != tt.want {
				t.Errorf("Sprint = %s, want %s", got, tt.want)
			}
		})
	}
}

func TestOptionMarshalJSON(t *testing.T) {
	tests := []struct {
		name string
		v    json.Marshaler
		want string
	}{
		{"none", MakeOptionNone[int](), "null"},
		{"some int", MakeOptionSome(3), "3"},
		{"some string", MakeOptionSome("hi"), `"hi"`},
		{"some struct", MakeOptionSome(struct{ A int }{1}), `{"A":1}`},
		{"nested some none", MakeOptionSome(MakeOptionNone[int]()), "null"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.v.MarshalJSON()
			if err != nil || string(got) != tt.want {
				t.Errorf("MarshalJSON = %s, %v; want %s", got, err, tt.want)
			}
			got, err = json.Marshal(tt.v)
			if err != nil || string(got) != tt.want {
				t.Errorf("json.Marshal = %s, %v; want %s", got, err, tt.want)
			}
		})
	}
	if _, err := json.Marshal(MakeOptionSome(make(chan int))); err == nil {
		t.Error("marshalling Some(chan) should fail")
	}
}

func TestOptionUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		start   Option[int]
		want    Option[int]
		wantErr bool
	}{
		{"null", "null", MakeOptionSome(5), MakeOptionNone[int](), false},
		{"value", "7", MakeOptionNone[int](), MakeOptionSome(7), false},
		{"zero value", "0", MakeOptionNone[int](), MakeOptionSome(0), false},
		{"type error keeps old", `"x"`, MakeOptionSome(5), MakeOptionSome(5), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.start
			err := o.UnmarshalJSON([]byte(tt.in))
			if (err != nil) != tt.wantErr || o != tt.want {
				t.Errorf("UnmarshalJSON(%s) = %v, err %v; want %v, err %v", tt.in, o, err, tt.want, tt.wantErr)
			}
		})
	}
}

type jsonHolder struct {
	Name  Option[string]     `json:"name,omitempty,omitzero"`
	Age   Option[int]        `json:"age,omitempty,omitzero"`
	Tags  Option[[]string]   `json:"tags,omitempty,omitzero"`
	Inner Option[jsonInner]  `json:"inner,omitempty,omitzero"`
	Kept  Option[float64]    `json:"kept"`
	Ptr   Option[*jsonInner] `json:"ptr,omitempty,omitzero"`
}

type jsonInner struct {
	X Option[int] `json:"x,omitempty,omitzero"`
}

func TestOptionJSONRoundTripInStruct(t *testing.T) {
	tests := []struct {
		name string
		in   jsonHolder
		want string
	}{
		{"all none", jsonHolder{}, `{"kept":null}`},
		{
			"all some",
			jsonHolder{
				Name:  MakeOptionSome("ann"),
				Age:   MakeOptionSome(0),
				Tags:  MakeOptionSome([]string{"a"}),
				Inner: MakeOptionSome(jsonInner{X: MakeOptionSome(1)}),
				Kept:  MakeOptionSome(1.5),
				Ptr:   MakeOptionSome(&jsonInner{}),
			},
			`{"name":"ann","age":0,"tags":["a"],"inner":{"x":1},"kept":1.5,"ptr":{}}`,
		},
		{"inner none", jsonHolder{Inner: MakeOptionSome(jsonInner{})}, `{"inner":{},"kept":null}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if string(data) != tt.want {
				t.Fatalf("Marshal = %s, want %s", data, tt.want)
			}
			var back jsonHolder
			if err := json.Unmarshal(data, &back); err != nil {
				t.Fatal(err)
			}
			again, err := json.Marshal(back)
			if err != nil || string(again) != tt.want {
				t.Fatalf("round trip = %s, %v; want %s", again, err, tt.want)
			}
			if back.Name != tt.in.Name || back.Age != tt.in.Age || back.Inner != tt.in.Inner || back.Kept != tt.in.Kept {
				t.Errorf("round trip = %+v, want %+v", back, tt.in)
			}
		})
	}
}

func TestOptionUnmarshalExplicitNullOverwrites(t *testing.T) {
	h := jsonHolder{Age: MakeOptionSome(3)}
	if err := json.Unmarshal([]byte(`{"age":null,"name":"bo"}`), &h); err != nil {
		t.Fatal(err)
	}
	if h.Age.IsSome() || h.Name != MakeOptionSome("bo") {
		t.Errorf("got %+v, want age None and name Some(bo)", h)
	}
	if err := json.Unmarshal([]byte(`{"age":"old"}`), &h); err == nil {
		t.Error("want a type error for a string age")
	}
}

func TestOptionMap(t *testing.T) {
	tests := []struct {
		o    Option[int]
		want Option[string]
	}{
		{MakeOptionSome(3), MakeOptionSome("3")},
		{MakeOptionNone[int](), MakeOptionNone[string]()},
	}
	for _, tt := range tests {
		if got := OptionMap(tt.o, strconv.Itoa); got != tt.want {
			t.Errorf("OptionMap(%v) = %v, want %v", tt.o, got, tt.want)
		}
	}
}

func TestOptionMapOr(t *testing.T) {
	tests := []struct {
		o    Option[int]
		want string
	}{
		{MakeOptionSome(3), "3"},
		{MakeOptionNone[int](), "none"},
	}
	for _, tt := range tests {
		if got := OptionMapOr(tt.o, "none", strconv.Itoa); got != tt.want {
			t.Errorf("OptionMapOr(%v) = %q, want %q", tt.o, got, tt.want)
		}
	}
}

func TestOptionMapOrElse(t *testing.T) {
	tests := []struct {
		o           Option[int]
		want        string
		wantDefault bool
	}{
		{MakeOptionSome(3), "3", false},
		{MakeOptionNone[int](), "none", true},
	}
	for _, tt := range tests {
		called := false
		got := OptionMapOrElse(tt.o, func() string { called = true; return "none" }, strconv.Itoa)
		if got != tt.want || called != tt.wantDefault {
			t.Errorf("OptionMapOrElse(%v) = %q (default called %v), want %q", tt.o, got, called, tt.want)
		}
	}
}

func TestOptionAndThen(t *testing.T) {
	parse := func(s string) Option[int] {
		n, err := strconv.Atoi(s)
		if err != nil {
			return MakeOptionNone[int]()
		}
		return MakeOptionSome(n)
	}
	tests := []struct {
		o    Option[string]
		want Option[int]
	}{
		{MakeOptionSome("12"), MakeOptionSome(12)},
		{MakeOptionSome("x"), MakeOptionNone[int]()},
		{MakeOptionNone[string](), MakeOptionNone[int]()},
	}
	for _, tt := range tests {
		if got := OptionAndThen(tt.o, parse); got != tt.want {
			t.Errorf("OptionAndThen(%v) = %v, want %v", tt.o, got, tt.want)
		}
	}
}

func TestOptionOkOr(t *testing.T) {
	tests := []struct {
		o    Option[int]
		want Result[int, string]
	}{
		{MakeOptionSome(1), MakeResultOk[int, string](1)},
		{MakeOptionNone[int](), MakeResultErr[int]("missing")},
	}
	for _, tt := range tests {
		if got := OptionOkOr(tt.o, "missing"); got != tt.want {
			t.Errorf("OptionOkOr(%v) = %v, want %v", tt.o, got, tt.want)
		}
	}
}

func TestOptionOkOrElse(t *testing.T) {
	tests := []struct {
		o          Option[int]
		want       Result[int, string]
		wantCalled bool
	}{
		{MakeOptionSome(1), MakeResultOk[int, string](1), false},
		{MakeOptionNone[int](), MakeResultErr[int]("missing"), true},
	}
	for _, tt := range tests {
		called := false
		got := OptionOkOrElse(tt.o, func() string { called = true; return "missing" })
		if got != tt.want || called != tt.wantCalled {
			t.Errorf("OptionOkOrElse(%v) = %v (called %v), want %v", tt.o, got, called, tt.want)
		}
	}
}

func TestOptionZip(t *testing.T) {
	tests := []struct {
		a    Option[int]
		b    Option[string]
		want Option[Tuple2[int, string]]
	}{
		{MakeOptionSome(1), MakeOptionSome("a"), MakeOptionSome(MakeTuple2(1, "a"))},
		{MakeOptionSome(1), MakeOptionNone[string](), MakeOptionNone[Tuple2[int, string]]()},
		{MakeOptionNone[int](), MakeOptionSome("a"), MakeOptionNone[Tuple2[int, string]]()},
		{MakeOptionNone[int](), MakeOptionNone[string](), MakeOptionNone[Tuple2[int, string]]()},
	}
	for _, tt := range tests {
		if got := OptionZip(tt.a, tt.b); got != tt.want {
			t.Errorf("OptionZip(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestOptionFlatten(t *testing.T) {
	tests := []struct {
		o    Option[Option[int]]
		want Option[int]
	}{
		{MakeOptionSome(MakeOptionSome(1)), MakeOptionSome(1)},
		{MakeOptionSome(MakeOptionNone[int]()), MakeOptionNone[int]()},
		{MakeOptionNone[Option[int]](), MakeOptionNone[int]()},
	}
	for _, tt := range tests {
		if got := OptionFlatten(tt.o); got != tt.want {
			t.Errorf("OptionFlatten(%v) = %v, want %v", tt.o, got, tt.want)
		}
	}
}

func TestOptionMethodsDoNotAllocate(t *testing.T) {
	o := MakeOptionSome(3)
	n := testing.AllocsPerRun(100, func() {
		_ = o.UnwrapOr(1) + OptionMapOr(o, 0, func(v int) int { return v * 2 })
		_ = OptionZip(o, o).Filter(func(Tuple2[int, int]) bool { return true })
	})
	if n != 0 {
		t.Errorf("allocs = %v, want 0", n)
	}
}

func ExampleOption_String() {
	fmt.Println(MakeOptionSome("hi"), MakeOptionSome(3), MakeOptionNone[int]())
	// Output: Some("hi") Some(3) None
}
