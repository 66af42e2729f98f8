package main

import (
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Store struct {
	keys      []string
	not_found error
}

func (v Store) String() string {
	return "Store { keys: " + lisette.FormatValue(v.keys) + ", not_found: " + lisette.FormatValue(v.not_found) + " }"
}

func (self Store) Lookup(key string) lisette.Result[int, error] {
	for i, k := range self.keys {
		if k == key {
			return lisette.MakeResultOk[int, error](i)
		}
	}
	return lisette.MakeResultErr[int, error](self.not_found)
}

func main() {
	not_found := errors.New("not found")
	store := Store{keys: []string{"a", "b"}, not_found: not_found}
	subject := store.Lookup("b")
	if subject.Tag == lisette.ResultOk {
		i := subject.OkVal
		fmt.Println("b at", i)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
	subject2 := store.Lookup("z")
	if subject2.Tag == lisette.ResultOk {
		i := subject2.OkVal
		fmt.Println("z at", i)
	} else {
		e := subject2.ErrVal
		fmt.Println(fmt.Sprintf("z: %v", e), e == not_found, e == errors.New("not found"))
	}
	fmt.Println(errors.Is(not_found, not_found), errors.Is(errors.New("x"), errors.New("x")))
}
