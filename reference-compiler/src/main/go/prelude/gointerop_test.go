package lisette

import (
	"errors"
	"io"
	"strconv"
	"testing"
)

func TestResultOfConvertsGoResults(t *testing.T) {
	if r := ResultOf(strconv.Atoi("12")); r.Tag != ResultOk || r.OkVal != 12 {
		t.Fatalf("Atoi(12): %v", r)
	}
	if r := ResultOf(strconv.Atoi("x")); r.Tag != ResultErr || r.ErrVal == nil {
		t.Fatalf("Atoi(x): %v", r)
	}
	boom := errors.New("boom")
	if r := ResultOfErr(boom); r.Tag != ResultErr || r.ErrVal != boom {
		t.Fatalf("ResultOfErr(boom): %v", r)
	}
	if r := ResultOfErr(nil); r.Tag != ResultOk {
		t.Fatalf("ResultOfErr(nil): %v", r)
	}
	if r := ResultOf2(1, "a", nil); r.Tag != ResultOk || r.OkVal.First != 1 || r.OkVal.Second != "a" {
		t.Fatalf("ResultOf2: %v", r)
	}
	if r := ResultOf3(1, 2, 3, boom); r.Tag != ResultErr {
		t.Fatalf("ResultOf3: %v", r)
	}
	if r := ResultOf4(1, 2, 3, 4, nil); r.Tag != ResultOk || r.OkVal.Fourth != 4 {
		t.Fatalf("ResultOf4: %v", r)
	}
}

func TestResultOfPtrTurnsNilWithoutErrorIntoErr(t *testing.T) {
	var none *int
	if r := ResultOfPtr(none, nil); r.Tag != ResultErr || r.ErrVal.Error() != "unexpected nil" {
		t.Fatalf("nil, nil: %v", r)
	}
	x := 3
	if r := ResultOfPtr(&x, nil); r.Tag != ResultOk || *r.OkVal != 3 {
		t.Fatalf("&x, nil: %v", r)
	}
}

func TestPartialOfDistinguishesTheThreeCases(t *testing.T) {
	if p := PartialOf(4, nil); p.Tag != PartialOk || p.OkVal != 4 {
		t.Fatalf("4, nil: %v", p)
	}
	if p := PartialOf(0, io.EOF); p.Tag != PartialErr {
		t.Fatalf("0, EOF: %v", p)
	}
	if p := PartialOf(2, io.ErrUnexpectedEOF); p.Tag != PartialBoth || p.OkVal != 2 {
		t.Fatalf("2, short: %v", p)
	}
	if p := PartialOf([]byte(nil), io.EOF); p.Tag != PartialErr {
		t.Fatalf("nil slice, EOF: %v", p)
	}
	if n, err := PartialToGo(PartialOf(2, io.EOF)); n != 2 || err != io.EOF {
		t.Fatalf("PartialToGo: %v %v", n, err)
	}
}

func TestOptionsOfGoValues(t *testing.T) {
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	if o := OptionOf(v, ok); o.Tag != OptionSome || o.SomeVal != 1 {
		t.Fatalf("OptionOf(1, true): %v", o)
	}
	var p *int
	if o := OptionNilable(p); o.Tag != OptionNone {
		t.Fatalf("nil pointer: %v", o)
	}
	var e error = (*strconv.NumError)(nil)
	if o := OptionNilable(e); o.Tag != OptionNone {
		t.Fatalf("typed nil in an interface: %v", o)
	}
	if Nilable(MakeOptionNone[*int]()) != nil || *Nilable(MakeOptionSome(&v)) != 1 {
		t.Fatal("Nilable")
	}
	if o := AssertType[int](any(5)); o.Tag != OptionSome || o.SomeVal != 5 {
		t.Fatalf("AssertType[int](5): %v", o)
	}
	if o := AssertType[string](any(5)); o.Tag != OptionNone {
		t.Fatalf("AssertType[string](5): %v", o)
	}
	if o := AssertType[int](nil); o.Tag != OptionNone {
		t.Fatalf("AssertType[int](nil): %v", o)
	}
}

func TestResultsHandedBackToGo(t *testing.T) {
	if v, err := ResultToGo(MakeResultOk[int, error](7)); v != 7 || err != nil {
		t.Fatal("ResultToGo ok")
	}
	boom := errors.New("boom")
	if _, err := ResultToGo(MakeResultErr[int, error](boom)); err != boom {
		t.Fatal("ResultToGo err")
	}
	if err := ResultToGoErr(MakeResultErr[struct{}, error](boom)); err != boom {
		t.Fatal("ResultToGoErr")
	}
	if a, b, err := ResultToGo2(MakeResultOk[Tuple2[int, string], error](MakeTuple2(1, "x"))); a != 1 || b != "x" || err != nil {
		t.Fatal("ResultToGo2")
	}
	if _, _, _, err := ResultToGo3(MakeResultErr[Tuple3[int, int, int], error](boom)); err != boom {
		t.Fatal("ResultToGo3")
	}
	if a, b := TupleToGo2(MakeTuple2(1, 2)); a != 1 || b != 2 {
		t.Fatal("TupleToGo2")
	}
	if a, b, c := TupleToGo3(MakeTuple3(1, 2, 3)); a+b+c != 6 {
		t.Fatal("TupleToGo3")
	}
	x := 1
	got := MapConvert(map[string]*int{"a": &x, "b": nil}, OptionNilable[*int])
	if got["a"].Tag != OptionSome || got["b"].Tag != OptionNone {
		t.Fatalf("MapConvert: %v", got)
	}
}
